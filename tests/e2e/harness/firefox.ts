/**
 * Launches Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) with the built extension
 * installed temporarily, every http(s) request sent through the fixture server (which then
 * answers for the real host names), and console errors collected from every context.
 *
 * BiDi does not report errors of moz-extension:// pages, so errors are read from Firefox's own
 * output instead (the devtools.console.stdout prefs print console calls and uncaught errors of
 * every context, extension pages and content scripts included).
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ConsoleErrors } from './console-errors';

export const FIREFOX_BUILD = resolve('.output/firefox-mv3');
export const GECKO_ID = 'missiewijzer@missiewijzer.nl';
/** Preset so extension pages have a known moz-extension:// origin. */
export const FIREFOX_EXTENSION_UUID = '6f1c1d0e-6a34-4f5e-9d3c-2b8f6a0e4c11';

export type FirefoxSession = {
  browser: Browser;
  extensionOrigin: string;
  errors: ConsoleErrors;
  newPage(): Promise<Page>;
  /** A new tab showing an extension page, once `readySelector` is in it. */
  openExtensionPage(path: string, readySelector: string): Promise<Page>;
  close(): Promise<void>;
};

const ERROR_LINE = /^(JavaScript error: |console\.error: )(.*)$/u;
/**
 * Firefox's own internals (the remote agent, resource:// modules, window actors that only
 * privileged browser code can use) log errors that are not ours.
 */
const FIREFOX_INTERNAL = /(chrome|resource):\/\/|JSWindowActor(Child|Parent)|^console\.error: RSLoader:/u;

export async function launchFirefox(
  port: number,
  extensionDir = FIREFOX_BUILD,
  /** Pages and extension UI in the dark colour scheme, as with a dark system theme. */
  scheme: 'light' | 'dark' = 'light',
  /** Accept any certificate: for a fixture server that ends https tunnels with a test certificate. */
  acceptInsecureCerts = false,
  /** More prefs for this test's Firefox. */
  extraPrefs: Record<string, unknown> = {},
): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    acceptInsecureCerts,
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    // Lets the services.settings.server pref below take effect in a release build.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      // 0 = dark: what prefers-color-scheme reports to pages and extension UI.
      ...(scheme === 'dark' ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
      // Firefox's own Remote Settings sync would otherwise tunnel to mozilla.com through the proxy
      // all session: off, so the proxy's log holds only what pages and the extension ask for.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      ...extraPrefs,
    },
  });
  const errors = new ConsoleErrors();
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      const match = ERROR_LINE.exec(line);
      if (match && !FIREFOX_INTERNAL.test(line)) errors.add('firefox', match[2] ?? line);
    });
  }
  await browser.installExtension(extensionDir);
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  return {
    browser,
    extensionOrigin,
    errors,
    newPage: () => browser.newPage(),
    openExtensionPage: async (path, readySelector) => {
      const page = await browser.newPage();
      await showExtensionPage(page, `${extensionOrigin}${path}`, readySelector);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * page.goto on a moz-extension:// URL never resolves in Firefox, and a query sent while the tab
 * is still switching from about:blank can fail inside the BiDi agent; so start the navigation,
 * then poll until the tab shows that page with the selector in it.
 */
export async function showExtensionPage(page: Page, url: string, readySelector: string): Promise<void> {
  void page.goto(url).catch(() => {});
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    // page.url() stays about:blank for extension pages: ask the document itself.
    const ready = await page
      .evaluate(
        (u, s) => location.href.startsWith(u) && document.readyState !== 'loading' && !!document.querySelector(s),
        url,
        readySelector,
      )
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not show ${readySelector}`);
}
