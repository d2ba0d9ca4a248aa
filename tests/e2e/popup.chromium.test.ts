/**
 * The toolbar popup in real Chromium with the built extension.
 *
 * The search is tested on popup.html opened in a tab (Playwright drives it like any page). What
 * the popup does with the active tab cannot be tested that way: in a tab, "the active tab" is the
 * popup's own. So those tests open the real popup, as the toolbar button does, over a window whose
 * only tab shows a fixture page (harness/action-popup.ts: action.openPopup for that window, then
 * the DevTools Protocol). The popup's own code then asks the browser for the active tab, messages
 * its content script and closes itself, with no test-only path in the extension.
 *
 * The popup speaks the language the user chose: the tests choose Dutch on the options page,
 * where a user would, while the browser itself runs in English.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { missions } from '../../data/dataset';
import type { PageTermsResponse } from '../../lib/messages/protocol';
import { newsArticle } from './fixtures/articles';
import { page as htmlPage } from './fixtures/html';
import { UNIFIL_UNTSO_PARAGRAPHS } from './fixtures/progress-report';
import { type ActionPopup, openActionPopup, openInNewWindow } from './harness/action-popup';
import type { ChromiumSession } from './harness/chromium';
import { chromiumDriver, type Driver, type DriverPage, playwrightPage } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { cardState } from './harness/in-page';
import { screenshotPath } from './harness/screenshots';
import { waitFor } from './harness/wait-for';

type Api = typeof browser;
type StoredSettings = { disabledSites?: string[]; paused?: boolean; language?: string } | undefined;

/** The UNIFIL and UNTSO sections of the 2025 progress report, and a sentence where EUBAM names no one mission. */
const kamerstuk = htmlPage(
  'Kamerstuk',
  `<main><h1>Voortgangsrapportage</h1>${UNIFIL_UNTSO_PARAGRAPHS}
<p>De EUBAM-missies werken aan de grenzen van de Europese Unie en daarbuiten.</p>
<p style="margin-top:80vh">Nederland draagt ook bij aan KFOR.</p></main>`,
);
/** The smallest PDF a viewer accepts: one empty page. */
const PDF = `%PDF-1.1
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]>>endobj
trailer<</Root 1 0 R>>
%%EOF`;

const HOST = 'www.tweedekamer.nl';
const byId = new Map(missions.map((m) => [m.id, m]));

/** Counts per mission id in order of first mention, and the undecided stems, straight from page-terms. */
function expectedEntries(result: PageTermsResponse): { text: string; count: number; button: boolean }[] {
  const counts = new Map<string, { text: string; count: number; button: boolean }>();
  for (const term of result.terms) {
    if (term.kind !== 'mission') continue;
    const key = term.id ?? `stem:${term.text}`;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else
      counts.set(key, { text: term.id ? (byId.get(term.id)?.acronym ?? '?') : term.text, count: 1, button: !!term.id });
  }
  return [...counts.values()];
}

describe('Chromium: the toolbar popup', () => {
  const server = new FixtureServer();
  let driver: Driver & { session: ChromiumSession };
  let session: ChromiumSession;
  let anchor: Page;
  const url = (host: string, path: string) => server.url(host, path);

  beforeAll(async () => {
    await server.start();
    server.route(HOST, '/kamerstukken/voortgang', kamerstuk);
    server.route('nos.nl', '/artikel', newsArticle);
    server.route('zoek.officielebekendmakingen.nl', '/kst-29521-493.pdf', {
      body: PDF,
      contentType: 'application/pdf',
    });
    server.route('zoek.officielebekendmakingen.nl', '/kst-29521-493.html', kamerstuk);
    driver = await chromiumDriver(server.port);
    session = driver.session;
    anchor = await session.newPage();
    await anchor.goto(`chrome-extension://${session.extensionId}/options.html`);
    await anchor.check('input[name="language"][value="nl"]');
    await waitFor('Dutch to be saved', async () => (await storedSettings())?.language === 'nl');
  });
  afterAll(async () => {
    await driver?.close();
    await server.stop();
  });

  const storedSettings = () =>
    session.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      return (await api.storage.local.get('settings')).settings as StoredSettings;
    });

  async function openPopupTab(): Promise<Page> {
    const page = await session.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.waitForSelector('#mw-search-input:focus');
    return page;
  }

  const optionTexts = (page: Page) => page.locator('[role="option"] .mw-option-acronym').allTextContents();

  describe('search, in a tab', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openPopupTab();
    });
    afterAll(async () => {
      await page.close();
    });

    it('speaks the language chosen in the settings', async () => {
      await expect(page.getAttribute('html', 'lang')).resolves.toBe('nl');
      await expect(page.locator('label[for="mw-search-input"]').textContent()).resolves.toBe(
        'Zoek een missie of afkorting',
      );
    });

    it.each([
      ['unifl', 'UNIFIL'],
      ['Bosnie', 'EUFOR Althea'],
      ['atalnta', 'EUNAVFOR Atalanta'],
    ])('finds %j with %s first', async (query, first) => {
      await page.fill('#mw-search-input', query);
      await waitFor(`results for ${query}`, async () => (await optionTexts(page))[0] === first);
    });

    it('finds both missions in Lebanon for "Libanon"', async () => {
      await page.fill('#mw-search-input', 'Libanon');
      await waitFor('UNIFIL and UNTSO', async () => {
        const found = await optionTexts(page);
        return found.includes('UNIFIL') && found.includes('UNTSO');
      });
    });

    it('opens details with the arrow keys and Enter, and Escape goes back', async () => {
      await page.fill('#mw-search-input', 'Libanon');
      await waitFor('results', async () => (await optionTexts(page)).length > 1);
      const second = (await optionTexts(page))[1] as string;
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const active = await page.getAttribute('#mw-search-input', 'aria-activedescendant');
      await expect(page.locator(`[id="${active}"] .mw-option-acronym`).textContent()).resolves.toBe(second);
      await page.keyboard.press('Enter');

      const detail = page.getByRole('region', { name: `Details van ${second}` });
      await detail.waitFor();
      await expect(detail.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      // The mission card's facts with their sources, and the timeline.
      const text = (await detail.textContent()) ?? '';
      for (const label of ['Nederlandse bijdrage', 'Rechtsbasis', 'Einde internationaal mandaat']) {
        expect(text).toContain(label);
      }
      expect(text).toMatch(/Jaarlijkse voortgangsrapportage overige missiebijdragen 2025/u);
      const timeline = detail.getByRole('img', {
        name: `Tijdlijn van ${second}: nationaal kader en einde mandaat per bron`,
      });
      await expect(timeline.locator('text', { hasText: 'vandaag' }).count()).resolves.toBe(1);

      await page.keyboard.press('Escape');
      await page.waitForSelector('#mw-search-input:focus');
      await expect(page.inputValue('#mw-search-input')).resolves.toBe('Libanon');
      await expect(page.getAttribute('#mw-search-input', 'aria-activedescendant')).resolves.toBe(active);
    });

    it('shows the UNIFIL card facts in its details', async () => {
      await page.fill('#mw-search-input', 'UNIFIL');
      await waitFor('UNIFIL first', async () => (await optionTexts(page))[0] === 'UNIFIL');
      await page.keyboard.press('Enter');
      const detail = page.getByRole('region', { name: 'Details van UNIFIL' });
      await detail.waitFor();
      const text = (await detail.textContent()) ?? '';
      expect(text).toContain(byId.get('unifil')?.name.nl);
      expect(text).toContain('Nationaal kader');
      await expect(
        detail.getByRole('link', { name: 'Kamerstuk 29521, nr. 493', exact: true }).getAttribute('href'),
      ).resolves.toBe('https://zoek.officielebekendmakingen.nl/kst-29521-493.html');
      await page.keyboard.press('Escape');
    });
  });

  describe('the real popup over a tab', () => {
    let page: Page;
    let windowId: number;
    let popup: ActionPopup;
    const kamerstukUrl = () => url(HOST, '/kamerstukken/voortgang');

    beforeAll(async () => {
      ({ page, windowId } = await openInNewWindow(session, kamerstukUrl()));
      await driver.pageTerms(kamerstukUrl());
    });

    const entries = () =>
      popup.evaluate(
        () =>
          [...document.querySelectorAll('.mw-on-page li')].map((li) => ({
            text: li.querySelector('button .mw-option-acronym')?.textContent ?? li.textContent ?? '',
            count: Number(/\((\d+) keer\)$/u.exec(li.textContent ?? '')?.[1] ?? 0),
            button: li.querySelector('button') !== null,
          })),
        undefined,
      );

    it('lists the missions of the page with the counts its content script reports', async () => {
      const result = await driver.pageTerms(kamerstukUrl());
      const expected = expectedEntries(result);
      // The fixture mentions UNIFIL and UNTSO more than once, and EUBAM without a country.
      expect(expected.filter((e) => e.button).map((e) => e.text)).toEqual(
        expect.arrayContaining(['UNIFIL', 'UNTSO', 'KFOR']),
      );
      expect(expected.some((e) => e.count > 1)).toBe(true);
      expect(expected.some((e) => !e.button && e.text === 'EUBAM')).toBe(true);

      popup = await openActionPopup(session, windowId, anchor);
      await popup.waitFor(
        'the page section',
        () => document.querySelectorAll('.mw-on-page button').length > 0,
        undefined,
      );
      const shown = await entries();
      expect(shown.map((e) => ({ ...e, text: e.button ? e.text : e.text.split(' ')[0] }))).toEqual(expected);
      const heading = await popup.evaluate(() => document.getElementById('mw-on-page-heading')?.textContent, undefined);
      expect(heading).toBe('Op deze pagina');
    });

    it('shows a mission in the tab and closes when one is chosen', async () => {
      const result = await driver.pageTerms(kamerstukUrl());
      const first = result.terms.findIndex((t) => t.id === 'untso');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const buttons = await popup.evaluate(
        () => [...document.querySelectorAll('.mw-on-page button .mw-option-acronym')].map((b) => b.textContent),
        undefined,
      );
      await popup.click(`.mw-on-page li:nth-child(${buttons.indexOf('UNTSO') + 1}) button`);
      await waitFor('the popup to close', () => popup.closed());
      const tab = asDriverPage(page);
      await waitFor('the card in the tab', async () => (await cardState(tab)).open);
      const card = await cardState(tab);
      expect(card.text).toContain(byId.get('untso')?.name.nl);
      // At its first mention: the card counts the terms of the page like page-terms does.
      expect(card.text).toContain(`Term ${first + 1} van ${result.terms.length} op deze pagina`);
      expect(card.rect && card.rect.top >= 0 && card.rect.top < (page.viewportSize()?.height ?? 720)).toBe(true);
      await page.keyboard.press('Escape');
    });

    it('offers the reader and the HTML version of a Kamerstuk PDF', async () => {
      const pdfUrl = url('zoek.officielebekendmakingen.nl', '/kst-29521-493.pdf');
      const pdf = await openInNewWindow(session, pdfUrl);
      popup = await openActionPopup(session, pdf.windowId, anchor);
      await popup.waitFor(
        'the offers',
        () => document.querySelector('.mw-pdf-offer a:not(.mw-reader-offer)') !== null,
        undefined,
      );
      const offers = await popup.evaluate(() => {
        const html = document.querySelector('.mw-pdf-offer a:not(.mw-reader-offer)') as HTMLAnchorElement;
        const reader = document.querySelector('.mw-pdf-offer a.mw-reader-offer') as HTMLAnchorElement;
        return {
          text: html.closest('p')?.textContent,
          href: html.getAttribute('href'),
          reader: reader?.textContent,
          readerHref: reader?.getAttribute('href') ?? '',
        };
      }, undefined);
      expect(offers.text).toContain('Dit is de pdf van Kamerstuk 29521, nr. 493.');
      expect(offers.href).toBe('https://zoek.officielebekendmakingen.nl/kst-29521-493.html');
      expect(offers.reader).toContain('Openen in de Missiewijzer-lezer');
      // Node's URL gives chrome-extension: addresses no origin: compare the parts as text.
      const [page, query] = offers.readerHref.split('?');
      expect(page).toBe(`chrome-extension://${session.extensionId}/reader.html`);
      expect(new URLSearchParams(query).get('url')).toBe(pdfUrl);
      await pdf.page.close();
    });

    it('switches the site off and on, and pauses everywhere', async () => {
      const newsUrl = url('nos.nl', '/artikel');
      const news = await openInNewWindow(session, newsUrl);
      await driver.pageTerms(newsUrl);
      const highlights = () => news.page.evaluate(() => CSS.highlights.size);
      expect(await highlights()).toBeGreaterThan(0);
      popup = await openActionPopup(session, news.windowId, anchor);
      const stateText = () => popup.evaluate(() => document.querySelector('.mw-site-state')?.textContent, undefined);
      await waitFor('the site state', async () => (await stateText()) === 'Missiewijzer staat aan op nos.nl.');
      await popup.waitFor(
        'the page section',
        () => document.querySelectorAll('.mw-on-page button').length > 0,
        undefined,
      );

      await popup.click('input[name="site"]');
      await waitFor(
        'nos.nl to be switched off',
        async () => (await storedSettings())?.disabledSites?.includes('nos.nl') === true,
      );
      await waitFor('the marks to go', async () => (await highlights()) === 0);
      await waitFor('the popup to say so', async () => (await stateText()) === 'Missiewijzer staat uit op nos.nl.');
      await popup.waitFor(
        'the page section to follow',
        () =>
          document.querySelector('.mw-on-page')?.textContent?.includes('Missiewijzer leest deze pagina niet.') ?? false,
        undefined,
      );

      await popup.click('input[name="site"]');
      await waitFor('nos.nl to be on again', async () => (await storedSettings())?.disabledSites?.length === 0);
      await waitFor('the marks to come back', async () => (await highlights()) > 0);
      await popup.waitFor(
        'the missions again',
        () => document.querySelectorAll('.mw-on-page button').length > 0,
        undefined,
      );

      await popup.click('input[name="paused"]');
      await waitFor('the pause to be saved', async () => (await storedSettings())?.paused === true);
      await waitFor('the marks to go', async () => (await highlights()) === 0);
      await waitFor('the popup to say so', async () => (await stateText()) === 'Missiewijzer is overal gepauzeerd.');
      await popup.click('input[name="paused"]');
      await waitFor('the pause to be lifted', async () => (await storedSettings())?.paused === false);
      await waitFor('the marks to come back', async () => (await highlights()) > 0);
      await news.page.close();
    });

    it.each([
      ['Instellingen', 'options.html'],
      ['Demo: zo werkt het', 'demo.html'],
    ])('opens %s in a tab and closes', async (name, path) => {
      popup = await openActionPopup(session, windowId, anchor);
      const target = `chrome-extension://${session.extensionId}/${path}`;
      const opened = session.context.waitForEvent('page', (p) => p.url() === target);
      const index = await popup.evaluate(
        (n) => [...document.querySelectorAll('.mw-popup-links a')].findIndex((a) => a.textContent === n),
        name,
      );
      expect(index).toBeGreaterThanOrEqual(0);
      await popup.click(`.mw-popup-links a:nth-child(${index + 1})`);
      const tab = await opened;
      await waitFor('the popup to close', () => popup.closed());
      await tab.close();
    });
  });

  describe('screenshots of the real popup, light and dark', () => {
    const kamerstukUrl = () => url(HOST, '/kamerstukken/voortgang');
    let windowId: number;

    beforeAll(async () => {
      ({ windowId } = await openInNewWindow(session, kamerstukUrl()));
      await driver.pageTerms(kamerstukUrl());
    });

    /** The popup as the browser draws it: its own window, as wide as its body and at most 600 px high. */
    async function shoot(popup: ActionPopup, name: string) {
      const { data } = await popup.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      writeFileSync(screenshotPath(name), Buffer.from(data, 'base64'));
    }

    for (const scheme of ['light', 'dark'] as const) {
      it(`shows the page's missions, results and details in ${scheme} mode`, async () => {
        const popup = await openActionPopup(session, windowId, anchor);
        await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
        await popup.waitFor(
          'the page section',
          () => document.querySelectorAll('.mw-on-page button').length > 0,
          undefined,
        );
        const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor, undefined);
        expect(background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(13, 17, 23)');
        await shoot(popup, `popup-${scheme}`);

        await popup.type('Libanon');
        await popup.waitFor('results', () => document.querySelectorAll('[role="option"]').length > 1, undefined);
        await popup.press('ArrowDown');
        await shoot(popup, `popup-search-${scheme}`);

        await popup.press('Enter');
        await popup.waitFor('the details', () => document.querySelector('.mw-detail svg') !== null, undefined);
        await shoot(popup, `popup-details-${scheme}`);
        await popup.press('Escape');
        await popup.waitFor('the search again', () => document.activeElement?.id === 'mw-search-input', undefined);
      });
    }
  });

  it('logged no console error in any context, the popup included', () => {
    expect(driver.errors.unexpected()).toEqual([]);
  });
});

/** The harness's probes (cardState) take a DriverPage; this tab came from a window the test opened. */
function asDriverPage(page: Page): DriverPage {
  return playwrightPage(page);
}
