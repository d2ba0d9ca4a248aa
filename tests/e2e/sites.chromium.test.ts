/**
 * The options page, sites outside the default list, and the explain page, in real Chromium with
 * the built extension.
 *
 * Granting a host permission headless: `chrome.permissions.request` opens a browser dialog that
 * nothing can click in headless Chromium (the promise never settles). What works is what a user
 * does on chrome://extensions → Details → Site access: the harness calls
 * `chrome.developerPrivate.addHostPermission(id, pattern)` from the chrome://extensions page.
 * That alone does not make the permission active, but it records the user's consent, so the
 * options page's own `permissions.request` (the unchanged code path, from a real click) then
 * resolves `true` at once, without a dialog, and fires `permissions.onAdded`.
 * `developerPrivate.removeHostPermission` is the user withdrawing the site in the browser
 * (fires `permissions.onRemoved` in the background).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { explainUrlFor } from '../../lib/background/context-menu';
import { CONTENT_SCRIPT_FILES, scriptFor, scriptIdFor } from '../../lib/background/registered-sites';
import { sitePermissionPattern } from '../../lib/sites/custom-sites';
import { otherSitePage } from './fixtures/articles';
import type { ChromiumSession } from './harness/chromium';
import { chromiumDriver, type Driver } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { OTHER_SITE } from './harness/hosts';
import { waitFor } from './harness/wait-for';

/** What the options page makes of `www.example-blog.org`. */
const SITE = 'example-blog.org';
const PATTERN = sitePermissionPattern(SITE);

type Api = typeof browser;
type StoredSettings = { enabledSites?: string[]; underline?: string } | undefined;

describe('Chromium: sites outside the default list, the options page and the explain page', () => {
  const server = new FixtureServer();
  let driver: Driver & { session: ChromiumSession };
  let session: ChromiumSession;
  let extensionsPage: Page;
  const url = () => server.url(OTHER_SITE, '/post');

  beforeAll(async () => {
    await server.start();
    server.route(OTHER_SITE, '/post', otherSitePage);
    driver = await chromiumDriver(server.port);
    session = driver.session;
    extensionsPage = await session.newPage();
    await extensionsPage.goto('chrome://extensions/');
  });
  afterAll(async () => {
    await driver?.close();
    await server.stop();
  });

  /** The user allows the site on chrome://extensions (Details → Site access). */
  const allowInBrowser = () =>
    extensionsPage.evaluate(
      ([id, pattern]) =>
        (
          globalThis as unknown as {
            chrome: { developerPrivate: { addHostPermission(i: string, p: string): Promise<void> } };
          }
        ).chrome.developerPrivate.addHostPermission(id, pattern),
      [session.extensionId, PATTERN] as const,
    );
  /** The user withdraws the site there. */
  const withdrawInBrowser = () =>
    extensionsPage.evaluate(
      ([id, pattern]) =>
        (
          globalThis as unknown as {
            chrome: { developerPrivate: { removeHostPermission(i: string, p: string): Promise<void> } };
          }
        ).chrome.developerPrivate.removeHostPermission(id, pattern),
      [session.extensionId, PATTERN] as const,
    );

  const registeredIds = () =>
    session.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      return (await api.scripting.getRegisteredContentScripts()).map((s) => s.id);
    });
  const storedSettings = () =>
    session.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      return (await api.storage.local.get('settings')).settings as StoredSettings;
    });
  const granted = () =>
    session.serviceWorker.evaluate(
      (pattern) => (globalThis as unknown as { chrome: Api }).chrome.permissions.contains({ origins: [pattern] }),
      PATTERN,
    );

  async function openOptions(): Promise<Page> {
    const page = await session.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.waitForSelector('h1');
    return page;
  }

  /** Highlights the content script made in this page (the registry is shared with the page). */
  const highlightCount = (page: Page) => page.evaluate(() => CSS.highlights.size);

  /** Loads the page again and proves no content script marks it. */
  async function expectNotMarkedAfterReload(page: Page) {
    await page.reload();
    await page.waitForSelector('p');
    // Long enough for the content script to have read this small page, had it been injected.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await highlightCount(page)).toBe(0);
  }

  /** Types the host into the options page and clicks the add button, as a user would. */
  async function enableThroughOptions(options: Page) {
    await options.fill('#mw-site-input', OTHER_SITE);
    await options.click('.mw-add-site button[type="submit"]');
    await options.waitForSelector(`.mw-removable button[aria-label*="${SITE}"]`);
    await waitFor('the content script to be registered', async () =>
      (await registeredIds()).includes(scriptIdFor(SITE)),
    );
  }

  it('registers the content script files the build ships', () => {
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as {
      content_scripts: { js: string[]; css: string[] }[];
      optional_host_permissions: string[];
    };
    expect(manifest.content_scripts[0]?.js).toEqual([...CONTENT_SCRIPT_FILES.js]);
    expect(manifest.content_scripts[0]?.css).toEqual([...CONTENT_SCRIPT_FILES.css]);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  });

  it('leaves the other site alone until it is switched on', async () => {
    const page = await session.newPage();
    await page.goto(url());
    await page.waitForSelector('p');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await highlightCount(page)).toBe(0);
    expect(await granted()).toBe(false);
    await page.close();
  });

  it('switches the site on from the options page, marks its terms, and stops after switching it off', async () => {
    await allowInBrowser();
    const options = await openOptions();
    await enableThroughOptions(options);
    expect((await storedSettings())?.enabledSites).toEqual([SITE]);
    expect(await granted()).toBe(true);
    // What the browser reports back is what the background asked for, so a later sync keeps it.
    const registered = await session.serviceWorker.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const [script] = await api.scripting.getRegisteredContentScripts({ ids: [id] });
      return script && { id: script.id, matches: script.matches, js: script.js, css: script.css, runAt: script.runAt };
    }, scriptIdFor(SITE));
    expect(registered).toEqual(scriptFor(SITE));

    const page = await session.newPage();
    await page.goto(url());
    const result = await driver.pageTerms(url());
    expect(result.terms.map((t) => t.id)).toEqual(['unifil', 'kfor']);
    expect(await highlightCount(page)).toBeGreaterThan(0);

    // Switch off from the options page: setting, registration and permission all go.
    await options.click(`.mw-removable button[aria-label*="${SITE}"]`);
    await waitFor(
      'the content script to be unregistered',
      async () => !(await registeredIds()).includes(scriptIdFor(SITE)),
    );
    expect((await storedSettings())?.enabledSites).toEqual([]);
    await waitFor('the permission to be given back', async () => !(await granted()));
    // The open tab stops at once (it watches the settings) …
    await waitFor('the open tab to remove its marks', async () => (await highlightCount(page)) === 0);
    // … and a reload gets no content script.
    await expectNotMarkedAfterReload(page);
    await page.close();
    await options.close();
  });

  it('drops the site when the user withdraws its permission in the browser', async () => {
    await allowInBrowser();
    const options = await openOptions();
    await enableThroughOptions(options);
    const page = await session.newPage();
    await page.goto(url());
    await driver.pageTerms(url());
    expect(await highlightCount(page)).toBeGreaterThan(0);

    await withdrawInBrowser();
    await waitFor('the background to drop the site from the settings', async () => {
      const settings = await storedSettings();
      return settings?.enabledSites?.length === 0;
    });
    await waitFor(
      'the content script to be unregistered',
      async () => !(await registeredIds()).includes(scriptIdFor(SITE)),
    );
    // The options page follows the settings.
    await options.waitForSelector(`.mw-removable button[aria-label*="${SITE}"]`, { state: 'detached' });
    await expectNotMarkedAfterReload(page);
    await page.close();
    await options.close();
  });

  it('renders the options page and keeps the underline style after a reload', async () => {
    const options = await openOptions();
    expect(await options.locator('fieldset > legend').count()).toBeGreaterThanOrEqual(7);
    expect(await options.locator('input[name="site"]').count()).toBeGreaterThan(20);
    expect(await options.isChecked('input[name="underline"][value="subtle"]')).toBe(true);
    await options.check('input[name="underline"][value="clear"]');
    await waitFor('the underline style to be saved', async () => (await storedSettings())?.underline === 'clear');
    await options.reload();
    await options.waitForSelector('h1');
    expect(await options.isChecked('input[name="underline"][value="clear"]')).toBe(true);
    expect(await options.isChecked('input[name="underline"][value="subtle"]')).toBe(false);
    await options.close();
  });

  it("opens the explain page from the context menu's handler for UNIFIL, and it shows UNIFIL", async () => {
    // A context menu cannot be clicked headless; the test opens the URL the click handler opens
    // (openExplainPage: tabs.create with explainUrlFor), from the background, as the handler does.
    const base = await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: Api }).chrome.runtime.getURL('/'),
    );
    const target = explainUrlFor('UNIFIL', base) as string;
    expect(target).toBe(`chrome-extension://${session.extensionId}/explain.html?q=UNIFIL`);
    const opened = session.context.waitForEvent('page', (p) => p.url() === target);
    await session.serviceWorker.evaluate(
      (u) => (globalThis as unknown as { chrome: Api }).chrome.tabs.create({ url: u }),
      target,
    );
    const page = await opened;
    await page.waitForSelector('[data-explain-result]');
    expect(await page.getAttribute('[data-explain-result]', 'data-explain-result')).toBe('mission:unifil');
    expect(await page.locator('main').textContent()).toContain('UNIFIL');
    await page.close();
  });

  it.each([
    ['POLAD', 'term:polad', 'POLAD'],
    ['qqqzzzxxx', 'none', 'qqqzzzxxx'],
  ])('the explain page for %j shows %s', async (selection, result, text) => {
    const page = await session.newPage();
    await page.goto(explainUrlFor(selection, `chrome-extension://${session.extensionId}/`) as string);
    await page.waitForSelector('[data-explain-result]');
    expect(await page.getAttribute('[data-explain-result]', 'data-explain-result')).toBe(result);
    expect(await page.locator('main').textContent()).toContain(text);
    await page.close();
  });

  it('logged no error', () => {
    expect(driver.errors.unexpected()).toEqual([]);
  });
});
