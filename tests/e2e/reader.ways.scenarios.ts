/**
 * The ways into the PDF reader, written once and run in Chromium and Firefox ESR: the setting that
 * sends a Tweede Kamer PDF opened on the site to the reader (and its link back to the original,
 * which must open the PDF itself, by click and by middle click), the context menu on a link, a
 * file from disk chosen or dropped, a PDF on a site the extension may not read (nothing fetched
 * until the user allows it), and the Kamerstuk line. The PDFs are printed when the test runs.
 *
 * Whether the browser navigated to a PDF or the reader fetched it is told apart at the fixture
 * server: a navigation asks for text/html, the reader's fetch does not. A navigation the redirect
 * catches never reaches the server at all.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { documents } from '../../data/dataset';
import { READER_MENU_ID } from '../../lib/background/context-menu';
import { MESSAGES } from '../../lib/i18n/messages';
import { page as htmlPage } from './fixtures/html';
import { makeReaderPdfs } from './fixtures/reader-pdfs';
import { kamerstukLetterPdf } from './fixtures/seed-pdfs';
import type { Driver, DriverPage } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { OTHER_SITE } from './harness/hosts';
import { cardState } from './harness/in-page';
import { screenshotPath } from './harness/screenshots';
import { testCertificate } from './harness/test-certificate';
import { waitFor } from './harness/wait-for';

const KAMER = 'www.tweedekamer.nl';
const OFFICIAL = 'zoek.officielebekendmakingen.nl';
/** The letter the Kamerstukken name as Kamerstuk 29521, nr. 493: its address shows its own text. */
const LETTER = documents.find((d) => d.kamerstuk?.dossier === '29521' && d.kamerstuk.number === '493');
const KST = '/kst-29521-493.pdf';
const ON = '/downloads/document?id=redirect-on';
const OFF = '/downloads/document?id=redirect-off';
const MENU = '/downloads/document?id=menu';
const ELSEWHERE = '/stukken/rapport.pdf';
const FRAMED = '/downloads/document?id=framed';
/** The tests choose Dutch on the options page, as a user would; the browser may speak English. */
const t = MESSAGES.nl;

const readerPath = (url: string) => `/reader.html?url=${encodeURIComponent(url)}`;

export type ReaderWaysSetup = {
  launch: (port: number) => Promise<Driver>;
  /** Serve over https: Firefox's extension pages upgrade every http request (see reader.scenarios.ts). */
  https: boolean;
  /** Write docs/screenshots/reader-light.png from this browser. */
  screenshot?: boolean;
  /**
   * The browser grants an optional permission the extension asks for without showing its prompt
   * (Firefox with `extensions.webextOptionalPermissionPrompts` off), so the test can click the
   * reader's button and see what the user sees once they allow the site.
   */
  grantsWithoutPrompt?: boolean;
};

/** The page's address, or '' while it is between documents. */
const hrefOf = (page: DriverPage) => page.evaluate(() => location.href, undefined).catch(() => '');

const pagesShown = (page: DriverPage) =>
  waitFor(
    'the pages drawn',
    () => page.evaluate(() => !!document.querySelector('.mw-page .textLayer span'), undefined).catch(() => false),
    20_000,
  );

/** The centre of the first element matching `selector`, in viewport coordinates. */
const centreOf = (page: DriverPage, selector: string) =>
  page.evaluate((s) => {
    const r = (document.querySelector(s) as HTMLElement).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);

/** The session rules of the extension, asked from one of its pages. */
const sessionRules = (page: DriverPage) =>
  page.evaluate(async () => {
    type Dnr = { declarativeNetRequest: { getSessionRules(): Promise<{ action: { type: string } }[]> } };
    const g = globalThis as unknown as { browser?: Dnr; chrome: Dnr };
    const rules = await (g.browser ?? g.chrome).declarativeNetRequest.getSessionRules();
    return rules.map((r) => r.action.type);
  }, undefined);

export function readerWaysScenarios({ launch, https, screenshot, grantsWithoutPrompt }: ReaderWaysSetup): void {
  const server = new FixtureServer();
  const files = mkdtempSync(join(tmpdir(), 'mw-reader-files-'));
  let driver: Driver;
  let options: DriverPage;
  let pdfBase64 = '';
  const urlOf = (host: string, path: string) => `${https ? 'https' : 'http'}://${host}${path}`;
  /** Requests for `path` on `host`: the reader's fetches and the browser's navigations. */
  const asked = (host: string, path: string) => {
    const all = server.requests.filter((r) => r.host === host && r.path === path && r.method === 'GET');
    return { fetched: all.filter((r) => !r.navigation).length, navigated: all.filter((r) => r.navigation).length };
  };
  const readerPrefix = () => `${driver.extensionOrigin}/reader.html`;

  beforeAll(async () => {
    const pdfs = await makeReaderPdfs();
    pdfBase64 = pdfs.kamerstuk.toString('base64');
    const pdf = { body: pdfs.kamerstuk, contentType: 'application/pdf' };
    for (const path of [ON, OFF, MENU, FRAMED]) server.route(KAMER, path, pdf);
    if (!LETTER?.kamerstuk) throw new Error('no source is Kamerstuk 29521, nr. 493');
    const letter = await kamerstukLetterPdf({ doc: LETTER.doc, title: LETTER.title.nl, kamerstuk: LETTER.kamerstuk });
    server.route(OFFICIAL, KST, { body: letter, contentType: 'application/pdf' });
    server.route(OTHER_SITE, ELSEWHERE, pdf);
    server.route(
      KAMER,
      '/stukken',
      htmlPage(
        'Stukken',
        `<main><p><a id="on" href="${ON}">Voortgangsrapportage (pdf)</a></p><p><a id="off" href="${OFF}">Brief (pdf)</a></p></main>`,
      ),
    );
    writeFileSync(join(files, 'kst-lokaal.pdf'), pdfs.kamerstuk);
    writeFileSync(join(files, 'notities.html'), '<!doctype html><p>Geen pdf</p>');
    if (https) server.acceptTunnels(testCertificate([KAMER, OFFICIAL, OTHER_SITE]));
    await server.start();
    driver = await launch(server.port);
    options = await driver.openExtensionPage('/options.html', 'input[name="pdfsInReader"]');
    await options.evaluate(
      () => (document.querySelector('input[name="language"][value="nl"]') as HTMLInputElement).click(),
      undefined,
    );
    await waitFor('the options page in Dutch', () =>
      options.evaluate(() => document.documentElement.lang === 'nl', undefined),
    );
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
    await server.stop();
    rmSync(files, { recursive: true, force: true });
  });

  it('with the setting on, sends a Tweede Kamer PDF to the reader; its link to the original opens the PDF itself, also by middle click', async () => {
    const setting = () =>
      options.evaluate(
        () => (document.querySelector('input[name="pdfsInReader"]') as HTMLInputElement).checked,
        undefined,
      );
    expect(await setting()).toBe(false);
    expect(await sessionRules(options)).not.toContain('redirect');
    await options.evaluate(
      () => (document.querySelector('input[name="pdfsInReader"]') as HTMLInputElement).click(),
      undefined,
    );
    await waitFor('the redirect rules', async () => (await sessionRules(options)).includes('redirect'));

    // A click on a link on the site: the tab ends in the reader, which fetched the PDF once.
    const tab = await driver.open(urlOf(KAMER, '/stukken'));
    await tab.evaluate(() => (document.getElementById('on') as HTMLAnchorElement).click(), undefined);
    await waitFor('the reader in the tab', async () => (await hrefOf(tab)).startsWith(readerPrefix()), 15_000);
    await pagesShown(tab);
    const href = new URL(await hrefOf(tab));
    expect(href.searchParams.get('url')).toBe(urlOf(KAMER, ON));
    expect(asked(KAMER, ON)).toEqual({ fetched: 1, navigated: 0 });

    // The original, by middle click: a new tab that asks the site for the PDF, and no new reader.
    const original = await centreOf(tab, '.mw-reader-original');
    await tab.click(original.x, original.y, 'middle');
    await waitFor('the original asked for by the new tab', () => asked(KAMER, ON).navigated === 1, 15_000);

    // And by click: the tab asks the site for the PDF and leaves the reader.
    await tab.click(original.x, original.y);
    await waitFor('the original asked for by the tab', () => asked(KAMER, ON).navigated === 2, 15_000);
    await waitFor('the tab off the reader', async () => {
      const now = await hrefOf(tab);
      return now !== '' && !now.startsWith(readerPrefix());
    });
    await new Promise((r) => setTimeout(r, 1000));
    // No loop: the reader was never opened again.
    expect(asked(KAMER, ON)).toEqual({ fetched: 1, navigated: 2 });
    await tab.close();
  });

  it('with the setting off, leaves a PDF link alone', async () => {
    await options.evaluate(
      () => (document.querySelector('input[name="pdfsInReader"]') as HTMLInputElement).click(),
      undefined,
    );
    await waitFor('no redirect rules', async () => !(await sessionRules(options)).includes('redirect'));
    const tab = await driver.open(urlOf(KAMER, '/stukken'));
    await tab.evaluate(() => (document.getElementById('off') as HTMLAnchorElement).click(), undefined);
    await waitFor('the PDF asked for by the tab', () => asked(KAMER, OFF).navigated === 1, 15_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await hrefOf(tab)).startsWith(readerPrefix())).toBe(false);
    expect(asked(KAMER, OFF)).toEqual({ fetched: 0, navigated: 1 });
    await tab.close();
  });

  it("opens the reader for a link from the context menu's click handler", async () => {
    const link = urlOf(KAMER, MENU);
    await driver.menuClick({ menuItemId: READER_MENU_ID, linkUrl: link });
    const reader = await driver.pageShowing(`${readerPrefix()}?url=`);
    await pagesShown(reader);
    expect(new URL(await hrefOf(reader)).searchParams.get('url')).toBe(link);
    expect(asked(KAMER, MENU)).toEqual({ fetched: 1, navigated: 0 });
    await reader.close();
  });

  it('opens a PDF file chosen with the button or dropped on the page, and says so of a file that is no PDF', async () => {
    const before = server.requests.length;
    const reader = await driver.openExtensionPage('/reader.html', '.mw-reader-problem');
    // The settings (Dutch) arrive a moment after the first paint.
    await waitFor('the reader in Dutch', () =>
      reader.evaluate(() => document.documentElement.lang === 'nl', undefined),
    );
    expect(await reader.evaluate(() => document.querySelector('.mw-reader-open')?.textContent, undefined)).toBe(
      t.reader_openFile,
    );
    await reader.setInputFiles('.mw-reader-file', join(files, 'kst-lokaal.pdf'));
    await pagesShown(reader);
    expect(await reader.evaluate(() => document.querySelector('.mw-reader-file-name')?.textContent, undefined)).toBe(
      'kst-lokaal.pdf',
    );
    expect(await reader.evaluate(() => document.querySelector('.mw-reader-original'), undefined)).toBeNull();

    await reader.setInputFiles('.mw-reader-file', join(files, 'notities.html'));
    await waitFor('the message for a file that is no PDF', () =>
      reader.evaluate(
        (text) => document.querySelector('.mw-reader-problem[role="alert"]')?.textContent?.includes(text) ?? false,
        t.reader_problem_fileNotPdf,
      ),
    );
    expect(await reader.evaluate(() => document.querySelectorAll('.mw-page').length, undefined)).toBe(0);

    // Dropped on the page: the same bytes, handed over as the browser hands a dropped file.
    await reader.evaluate(
      ({ data, name }) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name, { type: 'application/pdf' }));
        const target = document.querySelector('main') ?? document.body;
        const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true });
        target.dispatchEvent(over);
        if (!over.defaultPrevented) throw new Error('the page does not accept the drop');
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { data: pdfBase64, name: 'gesleept.pdf' },
    );
    await pagesShown(reader);
    expect(await reader.evaluate(() => document.querySelector('.mw-reader-file-name')?.textContent, undefined)).toBe(
      'gesleept.pdf',
    );
    await reader.close();
    // A file from disk is read, not fetched.
    expect(server.requests.slice(before).filter((r) => r.method !== 'CONNECT')).toEqual([]);
  });

  it('fetches nothing from a site it may not read, and offers to ask for that site', async () => {
    const url = urlOf(OTHER_SITE, ELSEWHERE);
    const reader = await driver.openExtensionPage(readerPath(url), '.mw-reader-permission');
    const shown = await reader.evaluate(
      () => ({
        text: document.querySelector('.mw-reader-permission')?.textContent ?? '',
        role: document.querySelector('.mw-reader-permission')?.getAttribute('role'),
        button: document.querySelector('.mw-reader-grant')?.textContent,
        links: [...document.querySelectorAll<HTMLAnchorElement>('.mw-reader-permission a')].map((a) => a.href),
      }),
      undefined,
    );
    expect(shown.text).toContain(t.reader_permission(OTHER_SITE));
    expect(shown.role).toBe('alert');
    expect(shown.button).toBe(t.reader_grant(OTHER_SITE));
    expect(shown.links).toEqual([url]);
    await new Promise((r) => setTimeout(r, 500));
    await reader.close();
    expect(server.requests.filter((r) => r.host === OTHER_SITE)).toEqual([]);
  });

  if (grantsWithoutPrompt)
    it('once the user allows the site with the button, fetches the PDF from it once, draws it and underlines it', async () => {
      const url = urlOf(OTHER_SITE, ELSEWHERE);
      const reader = await driver.openExtensionPage(readerPath(url), '.mw-reader-grant');
      const allowed = () =>
        reader.evaluate(
          (origin) => {
            type Permissions = { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
            const g = globalThis as unknown as { browser?: Permissions; chrome: Permissions };
            return (g.browser ?? g.chrome).permissions.contains({ origins: [origin] });
          },
          `${new URL(url).origin}/*`,
        );
      expect(await allowed()).toBe(false);
      // A real click: permissions.request needs the user's gesture.
      const button = await centreOf(reader, '.mw-reader-grant');
      await reader.click(button.x, button.y);
      await pagesShown(reader);
      expect(await allowed()).toBe(true);
      await waitFor('UNIFIL underlined in the PDF', () =>
        reader.evaluate(() => {
          for (const [name, highlight] of CSS.highlights)
            if (name !== 'missiewijzer-active')
              for (const range of highlight) if (range.toString() === 'UNIFIL') return true;
          return false;
        }, undefined),
      );
      expect(await reader.evaluate(() => document.querySelector('.mw-reader-permission'), undefined)).toBeNull();
      expect(asked(OTHER_SITE, ELSEWHERE)).toEqual({ fetched: 1, navigated: 0 });
      await reader.close();
    });

  it('names the Kamerstuk of a kst- address and links its HTML version; names none for another PDF', async () => {
    const reader = await driver.openExtensionPage(readerPath(urlOf(OFFICIAL, KST)), '.mw-page .textLayer span');
    const line = await reader.evaluate(
      () => ({
        text: document.querySelector('.mw-reader-kamerstuk')?.textContent,
        html: document.querySelector<HTMLAnchorElement>('.mw-reader-html')?.href,
        label: document.querySelector('.mw-reader-html')?.textContent,
      }),
      undefined,
    );
    expect(line).toEqual({
      text: 'Kamerstuk 29521, nr. 493',
      html: 'https://zoek.officielebekendmakingen.nl/kst-29521-493.html',
      label: t.popup_pdfLink,
    });
    // The line is the reader's own text: the pages are read (after the toolbar, in document
    // order), the toolbar's Kamerstuk line is not.
    await waitFor('a term underlined on page 1', () =>
      reader.evaluate(() => {
        const pages = document.querySelector('.mw-reader-pages');
        for (const [, highlight] of CSS.highlights)
          for (const r of highlight) if (pages?.contains(r.startContainer)) return true;
        return false;
      }, undefined),
    );
    const outsidePages = await reader.evaluate(() => {
      const pages = document.querySelector('.mw-reader-pages');
      const out: string[] = [];
      for (const [, highlight] of CSS.highlights)
        for (const r of highlight) if (!pages?.contains(r.startContainer)) out.push(r.toString());
      return out;
    }, undefined);
    expect(outsidePages).toEqual([]);
    if (screenshot) {
      await waitFor('the first page drawn', () =>
        reader.evaluate(() => !!document.querySelector('.mw-page[data-page="1"][data-drawn]'), undefined),
      );
      // The first mission named in the letter, in the middle of the window, its card open.
      const at = await reader.evaluate(() => {
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('missiewijzer-mission')) continue;
          const [range] = [...highlight] as Range[];
          range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = range?.getClientRects()[0];
          if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        throw new Error('no mission underlined');
      }, undefined);
      await reader.mouseMove(at.x, at.y);
      await waitFor('the card', async () => (await cardState(reader)).open);
      await reader.screenshot(screenshotPath('reader-light'));
    }
    await reader.close();

    const other = await driver.openExtensionPage(readerPath(urlOf(KAMER, MENU)), '.mw-page .textLayer span');
    expect(await other.evaluate(() => document.querySelector('.mw-reader-kamerstuk'), undefined)).toBeNull();
    await other.close();
  });

  it('does nothing inside a frame of a site it is reachable from', async () => {
    const src = `${driver.extensionOrigin}${readerPath(urlOf(KAMER, FRAMED))}`;
    server.route(
      KAMER,
      '/ingebed',
      htmlPage('Ingebed', `<main><iframe src="${src}" width="600" height="400"></iframe></main>`),
    );
    const page = await driver.open(urlOf(KAMER, '/ingebed'));
    if (!page.evaluateInFrame) throw new Error('this driver cannot reach frames');
    const inFrame = page.evaluateInFrame;
    // The page's one frame ('' matches any address: Firefox may report an extension frame's as about:blank).
    const app = () =>
      Promise.resolve()
        .then(() =>
          inFrame(
            '',
            () => ({
              reader: location.pathname.endsWith('/reader.html'),
              loaded: document.readyState === 'complete' && !!document.getElementById('app'),
              children: document.getElementById('app')?.childElementCount ?? -1,
            }),
            undefined,
          ),
        )
        .catch(() => null);
    await waitFor('the reader loaded in the frame', async () => (await app())?.loaded === true);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await app()).toEqual({ reader: true, loaded: true, children: 0 });
    expect(asked(KAMER, FRAMED)).toEqual({ fetched: 0, navigated: 0 });
    await page.close();
  });

  it('logs no error', () => {
    expect(driver.errors.unexpected()).toEqual([]);
  });
}

mkdirSync('test-results', { recursive: true });
