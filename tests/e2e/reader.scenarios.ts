/**
 * The PDF reader, written once and run in Chromium and Firefox ESR: a Kamerstuk printed to PDF at
 * test time is served where the Tweede Kamer and officielebekendmakingen.nl serve theirs, opened
 * in reader.html, and read by the same page session as a web page — its text layer underlined,
 * pages drawn as they come near, a name split over two text runs found, the card opened by
 * hovering. A PDF that cannot be shown gives its message and a link to the original. The reader
 * asks for the PDF once and for nothing else.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MESSAGES } from '../../lib/i18n/messages';
import { makeReaderPdfs } from './fixtures/reader-pdfs';
import type { Driver, DriverPage } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { cardState } from './harness/in-page';
import { testCertificate } from './harness/test-certificate';
import { waitFor } from './harness/wait-for';

const KAMER = 'www.tweedekamer.nl';
const OFFICIAL = 'zoek.officielebekendmakingen.nl';
const DOCUMENT = '/downloads/document?id=2025D12345';
const KST = '/kst-29521-493.pdf';
/** Fetched on purpose and answered 404: the browser logs that as an error of the page. */
const MISSING = '/downloads/document?id=missing';

const readerPath = (url: string) => `/reader.html?url=${encodeURIComponent(url)}`;

/** Every highlighted range's text, and whether it spans more than one text node. */
function highlighted(page: DriverPage): Promise<{ text: string; split: boolean }[]> {
  return page.evaluate(() => {
    const out: { text: string; split: boolean }[] = [];
    for (const [name, highlight] of CSS.highlights)
      if (name !== 'missiewijzer-active')
        for (const range of highlight)
          out.push({ text: range.toString(), split: range.startContainer !== (range as Range).endContainer });
    return out;
  }, undefined);
}

/** The reader's strings in the language it shows (the browser's, by default). */
async function messagesOf(page: DriverPage) {
  const lang = await page.evaluate(() => document.documentElement.lang, undefined);
  return MESSAGES[lang === 'en' ? 'en' : 'nl'];
}

const texts = async (page: DriverPage) => new Set((await highlighted(page)).map((h) => h.text));

export type ReaderSetup = {
  launch: (port: number) => Promise<Driver>;
  /**
   * Serve the PDFs over https. Firefox's extension pages upgrade every http request to https (its
   * default MV3 policy has upgrade-insecure-requests), as the official sites are https anyway.
   */
  https: boolean;
};

export function readerScenarios({ launch, https }: ReaderSetup): void {
  const server = new FixtureServer();
  let driver: Driver;
  const urlOf = (host: string, path: string) => `${https ? 'https' : 'http'}://${host}${path}`;
  /** Requests the pages made, without the proxy tunnels (CONNECT) that carry https in Firefox. */
  const requestsTo = (host: string) => server.requests.filter((r) => r.host === host && r.method !== 'CONNECT');

  beforeAll(async () => {
    const pdfs = await makeReaderPdfs();
    const pdf = (body: Uint8Array) => ({ body, contentType: 'application/pdf' });
    server.route(KAMER, DOCUMENT, pdf(pdfs.kamerstuk));
    server.route(OFFICIAL, KST, pdf(pdfs.kamerstuk));
    server.route(KAMER, '/downloads/document?id=html', '<!doctype html><title>Geen pdf</title><p>Geen pdf</p>');
    server.route(KAMER, '/downloads/document?id=empty', pdf(new Uint8Array()));
    server.route(KAMER, '/downloads/document?id=encrypted', pdf(pdfs.encrypted));
    server.route(KAMER, '/downloads/document?id=corrupt', pdf(pdfs.corrupt));
    server.route(KAMER, '/downloads/document?id=scanned', pdf(pdfs.scanned));
    if (https) server.acceptTunnels(testCertificate([KAMER, OFFICIAL]));
    await server.start();
    driver = await launch(server.port);
  });
  afterAll(async () => {
    await driver?.close();
    await server.stop();
  });

  it('underlines the missions in the text layer, draws pages as they come near, and opens the card on hover', async () => {
    const url = urlOf(KAMER, DOCUMENT);
    const reader = await driver.openExtensionPage(readerPath(url), '.mw-page .textLayer span');
    await waitFor('UNIFIL and UNTSO underlined', async () => {
      const found = await texts(reader);
      return found.has('UNIFIL') && found.has('UNTSO');
    });
    // Only the pages near the viewport are drawn; every page has its placeholder, sized.
    const layout = await reader.evaluate(
      () => ({
        pages: document.querySelectorAll('.mw-page').length,
        drawn: document.querySelectorAll('.mw-page .textLayer').length,
        heights: [...document.querySelectorAll<HTMLElement>('.mw-page')].map((p) => p.offsetHeight),
        link: document.querySelector<HTMLAnchorElement>('.mw-reader-original')?.href,
        count: document.querySelector('.mw-reader-goto')?.textContent,
      }),
      undefined,
    );
    expect(layout.pages).toBe(4);
    expect(layout.drawn).toBeLessThan(4);
    for (const h of layout.heights) expect(h).toBeGreaterThan(800);
    expect(layout.link).toBe(url);
    expect(layout.count).toContain((await messagesOf(reader)).reader_pageOf(4));
    await waitFor('the first page drawn', () =>
      reader.evaluate(() => !!document.querySelector('.mw-page[data-page="1"][data-drawn]'), undefined),
    );
    await reader.screenshot(`test-results/reader-${driver.name}.png`);

    // Go to the last page: it is drawn, its text layer read, and the name split over two runs found.
    await reader.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('.mw-reader-goto input');
      if (!input) throw new Error('no page input');
      input.focus();
      input.select();
    }, undefined);
    if (!reader.type) throw new Error('this driver cannot type');
    await reader.type('4');
    await reader.press('Enter');
    await waitFor('the last page drawn', () =>
      reader.evaluate(() => !!document.querySelector('.mw-page[data-page="4"] .textLayer span'), undefined),
    );
    await waitFor('the split UNTSO underlined', async () =>
      (await highlighted(reader)).some((h) => h.text === 'UNTSO' && h.split),
    );
    // The name hyphenated at a line end: one underline from `EUNAVFOR` over `Ata‐` to `lanta`.
    await waitFor('EUNAVFOR Ata‐lanta underlined over its three lines', async () =>
      (await highlighted(reader)).some(
        (h) =>
          h.split &&
          /Ata[-\u2010\u00AD]\s*lanta/u.test(h.text) &&
          h.text.replace(/[\s\u00AD\u2010-]/gu, '') === 'EUNAVFORAtalanta',
      ),
    );

    // Hover over it: the same card as on a web page.
    const at = await reader.evaluate(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (name === 'missiewijzer-active') continue;
        for (const range of highlight) {
          if (range.toString() !== 'UNTSO' || range.startContainer === (range as Range).endContainer) continue;
          const r = (range as Range).getClientRects()[0] as DOMRect;
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      throw new Error('no split UNTSO');
    }, undefined);
    await reader.mouseMove(at.x, at.y);
    await waitFor('the card', async () => (await cardState(reader)).open);
    expect((await cardState(reader)).text).toContain('UNTSO');
    await reader.screenshot(`test-results/reader-card-${driver.name}.png`);

    // The Kamerstuk reference on that page: underlined, and its card links to its page.
    const reference = (t: string) => t.replace(/\s+/gu, '') === 'Kamerstuk29521,nr.493';
    await waitFor('the reference underlined', async () => (await highlighted(reader)).some((h) => reference(h.text)));
    await reader.mouseMove(1, 1);
    await waitFor('no card', async () => !(await cardState(reader)).open);
    const ref = await reader.evaluate(() => {
      const highlight = CSS.highlights.get('missiewijzer-reference-subtle');
      for (const range of highlight ?? []) {
        const r = (range as Range).getClientRects()[0] as DOMRect;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error('no reference highlighted');
    }, undefined);
    await reader.mouseMove(ref.x, ref.y);
    await waitFor('the reference card', async () =>
      (await cardState(reader)).text.includes('Kamerstuk 29521, nr. 493'),
    );
    const href = await reader.evaluate(
      () =>
        document
          .querySelector('missiewijzer-ui')
          ?.shadowRoot?.querySelector('.mw-reference-link a')
          ?.getAttribute('href') ?? null,
      undefined,
    );
    expect(href).toBe('https://zoek.officielebekendmakingen.nl/kst-29521-493.html');

    // Zoom in: the pages grow and are drawn and read again.
    const before = await reader.evaluate(
      () => document.querySelector<HTMLElement>('.mw-page')?.offsetWidth ?? 0,
      undefined,
    );
    await reader.evaluate(() => {
      const zoomIn = document.querySelectorAll<HTMLButtonElement>('.mw-reader-controls button')[1];
      zoomIn?.click();
    }, undefined);
    await waitFor('the pages zoomed', () =>
      reader.evaluate((w) => (document.querySelector<HTMLElement>('.mw-page')?.offsetWidth ?? 0) > w, before),
    );
    await waitFor('the zoomed page read again', async () => (await texts(reader)).has('UNTSO'));
    await reader.close();

    // The PDF was asked for exactly once.
    expect(requestsTo(KAMER).filter((r) => r.path === DOCUMENT)).toHaveLength(1);
  });

  it('reads a PDF from officielebekendmakingen.nl, answers page-terms, and asks for the PDF once', async () => {
    const reader = await driver.openExtensionPage(readerPath(urlOf(OFFICIAL, KST)), '.mw-page .textLayer span');
    await waitFor('UNIFIL and UNTSO underlined', async () => {
      const found = await texts(reader);
      return found.has('UNIFIL') && found.has('UNTSO');
    });
    // The popup's "on this page" asks the reader's tab as it asks a content script.
    const href = await reader.evaluate(() => location.href, undefined);
    const reported = new Set((await driver.pageTerms(href)).terms.map((term) => term.text));
    expect(reported).toContain('UNIFIL');
    expect(reported).toContain('UNTSO');
    await reader.close();
    expect(requestsTo(OFFICIAL).map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${KST}`]);
  });

  it.each([
    [MISSING, 'reader_problem_fetchFailed'],
    ['/downloads/document?id=html', 'reader_problem_notPdf'],
    ['/downloads/document?id=empty', 'reader_problem_empty'],
    ['/downloads/document?id=encrypted', 'reader_problem_encrypted'],
    ['/downloads/document?id=corrupt', 'reader_problem_corrupt'],
  ] as const)('shows why %s cannot be read (%s), with a link to the original', async (path, key) => {
    const url = urlOf(KAMER, path);
    const reader = await driver.openExtensionPage(readerPath(url), '.mw-reader-problem');
    const shown = await reader.evaluate(
      () => ({
        text: document.querySelector('.mw-reader-problem')?.textContent ?? '',
        role: document.querySelector('.mw-reader-problem')?.getAttribute('role'),
        links: [...document.querySelectorAll<HTMLAnchorElement>('.mw-reader-problem a')].map((a) => a.href),
      }),
      undefined,
    );
    expect(shown.text).toContain((await messagesOf(reader))[key]);
    expect(shown.role).toBe('alert');
    expect(shown.links).toEqual([url]);
    await reader.close();
  });

  it('shows the pages of a scan, and says it has no text to read', async () => {
    const reader = await driver.openExtensionPage(
      readerPath(urlOf(KAMER, '/downloads/document?id=scanned')),
      '.mw-page canvas',
    );
    const note = await reader.evaluate(
      () => document.querySelector('.mw-reader-problem')?.textContent ?? '',
      undefined,
    );
    expect(note).toContain((await messagesOf(reader)).reader_problem_noText);
    await reader.close();
  });

  it('says so when no PDF is named', async () => {
    const reader = await driver.openExtensionPage('/reader.html', '.mw-reader-problem');
    const note = await reader.evaluate(
      () => document.querySelector('.mw-reader-problem')?.textContent ?? '',
      undefined,
    );
    expect(note).toContain((await messagesOf(reader)).reader_problem_noAddress);
    await reader.close();
  });

  it('logs no error but the deliberate 404', () => {
    // Chromium reports the failed fetch of the missing PDF as a console error of the reader page.
    expect(driver.errors.unexpected().filter((e) => !(e.includes('404') || e.includes('id=missing')))).toEqual([]);
  });
}

mkdirSync('test-results', { recursive: true });
