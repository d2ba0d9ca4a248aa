/**
 * No network requests from any extension context, written once and run in Chromium and Firefox
 * ESR. A full session — two fixture pages read, a card opened by hovering, a search in the popup
 * page, a setting changed on the options page, the demo page — and then every request the browser
 * made is compared with the pages the test itself opened: nothing else may have been asked for.
 *
 * How requests are recorded is the browser's: Chromium writes a net log of every request of
 * every context (pages, extension pages, the service worker) with its initiator; Firefox sends
 * every http and https request through the fixture server as its proxy, which logs each one
 * (a `CONNECT` for https, then the requests inside the tunnel). A deliberate request from an
 * extension page at the end proves that the recording sees extension contexts.
 *
 * The PDF reader is the one extension context that asks for something: the PDF it was asked to
 * open, exactly once, and nothing else.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEARCH_INPUT_ID } from '../../components/popup/SearchBox';
import { page as htmlPage } from './fixtures/html';
import { makeReaderPdfs } from './fixtures/reader-pdfs';
import type { Driver } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { OTHER_SITE } from './harness/hosts';
import { cardState, pointOf } from './harness/in-page';
import { testCertificate } from './harness/test-certificate';
import { waitFor } from './harness/wait-for';

/** One request as the browser's recording shows it: `METHOD url`, and who asked where known. */
export type SeenRequest = { request: string; initiator?: string };

export type NetworkRecording = {
  launch(server: FixtureServer): Promise<Driver>;
  /** Every request of the session, once the browser has been closed (Chromium writes its log then). */
  collect(server: FixtureServer, driver: Driver): Promise<SeenRequest[]>;
  /** Requests the browser makes for itself (not from a page or an extension context), to leave out. */
  browserOwn(request: SeenRequest): boolean;
  /** Serve the reader's PDF over https (Firefox's extension pages upgrade http); the launch must accept the test certificate. */
  pdfOverHttps: boolean;
};

const PDF_HOST = 'www.tweedekamer.nl';
const PDF_PATH = '/netwerk/stuk.pdf';

const PROBE = `http://${OTHER_SITE}/deliberate-probe`;

export function networkScenario(recording: NetworkRecording): void {
  const server = new FixtureServer();
  let driver: Driver;
  let seen: SeenRequest[] = [];

  beforeAll(async () => {
    const pdfs = await makeReaderPdfs();
    server.route(PDF_HOST, PDF_PATH, { body: pdfs.kamerstuk, contentType: 'application/pdf' });
    if (recording.pdfOverHttps) server.acceptTunnels(testCertificate([PDF_HOST]));
    await server.start();
    driver = await recording.launch(server);
  }, 120_000);
  afterAll(async () => {
    await server.stop();
  });

  it('makes no request but the fixture pages the test opened, in a full session', async () => {
    const pages = [
      ['www.tweedekamer.nl', '/netwerk/kamerstuk', '<main><p>De bijdrage aan UNIFIL en UNTSO loopt door.</p></main>'],
      ['nos.nl', '/netwerk/nieuws', '<main><p>KFOR blijft in Kosovo; EUFOR Althea ook.</p></main>'],
    ] as const;
    for (const [host, path, body] of pages) server.route(host, path, htmlPage('Netwerk', body));
    server.route(OTHER_SITE, '/deliberate-probe', { body: 'ok', contentType: 'text/plain' });
    const opened = pages.map(([host, path]) => server.url(host, path));

    // Pages read, and a card opened by hovering (its data comes from the background).
    const article = await driver.open(opened[0] as string);
    await driver.pageTerms(opened[0] as string);
    const news = await driver.open(opened[1] as string);
    await driver.pageTerms(opened[1] as string);
    const at = await pointOf(article, 'UNTSO');
    await article.mouseMove(at.x, at.y);
    await waitFor('the card', async () => (await cardState(article)).open);
    expect((await cardState(article)).text).toContain('UNTSO');

    // A search in the popup page.
    const popup = await driver.openExtensionPage('/popup.html', `#${SEARCH_INPUT_ID}`);
    await popup.evaluate((id) => (document.getElementById(id) as HTMLInputElement).focus(), SEARCH_INPUT_ID);
    if (!popup.type) throw new Error('this driver cannot type');
    await popup.type('Interim Force');
    await waitFor('search results', () =>
      popup.evaluate(() => (document.body.textContent ?? '').includes('UNIFIL'), undefined),
    );

    // A setting changed on the options page: the open tab follows it.
    const options = await driver.openExtensionPage('/options.html', 'input[name="underline"][value="clear"]');
    await options.evaluate(
      () => (document.querySelector('input[name="underline"][value="clear"]') as HTMLInputElement).click(),
      undefined,
    );
    await waitFor('the page to switch to the clear underline', () =>
      article.evaluate(() => CSS.highlights.has('missiewijzer-mission-clear'), undefined),
    );

    // The demo page, with its own card.
    const demo = await driver.openExtensionPage('/demo.html', 'article p');
    const demoAt = await pointOf(demo, 'UNTSO');
    await demo.mouseMove(demoAt.x, demoAt.y);
    await waitFor('the demo card', async () => (await cardState(demo)).open);

    // A PDF in the reader.
    const pdfUrl = `${recording.pdfOverHttps ? 'https' : 'http'}://${PDF_HOST}${PDF_PATH}`;
    const reader = await driver.openExtensionPage(
      `/reader.html?url=${encodeURIComponent(pdfUrl)}`,
      '.mw-page .textLayer span',
    );

    // Time for anything sent late (a prefetch, a beacon on unload).
    await new Promise((r) => setTimeout(r, 1500));
    for (const p of [article, news, demo, options, reader]) await p.close();
    expect(driver.errors.unexpected()).toEqual([]);

    // The probe: one request from an extension page, which the recording must see.
    await popup.evaluate(
      (url) =>
        fetch(url).then(
          () => undefined,
          () => undefined,
        ),
      PROBE,
    );
    await new Promise((r) => setTimeout(r, 500));
    seen = await recording.collect(server, driver);

    // The recordings write the PDF's request as http://… also where it went through an https tunnel.
    const pdfRequest = `GET http://${PDF_HOST}${PDF_PATH}`;
    const tunnel = `CONNECT ${PDF_HOST}:443`;
    const allowed = new Set([
      ...opened.flatMap((u) => [`GET ${u}`, `GET ${new URL(u).origin}/favicon.ico`]),
      pdfRequest,
      ...(recording.pdfOverHttps ? [tunnel] : []),
    ]);
    const isProbe = (r: SeenRequest) =>
      r.request.includes('deliberate-probe') || r.request.includes(`CONNECT ${OTHER_SITE}`);
    const own = seen.filter((r) => recording.browserOwn(r) && !isProbe(r));
    if (own.length > 0) console.log(`browser's own requests, left out:\n${own.map((r) => r.request).join('\n')}`);
    const unexpected = seen.filter((r) => !recording.browserOwn(r) && !isProbe(r) && !allowed.has(r.request));
    expect(unexpected).toEqual([]);
    // The reader asked for its PDF, once.
    expect(seen.filter((r) => r.request.includes(PDF_PATH)).map((r) => r.request)).toEqual([pdfRequest]);
    // Every page the test opened is in the recording: it records what this session did.
    for (const u of opened) expect(seen.map((r) => r.request)).toContain(`GET ${u}`);
    expect(seen.filter(isProbe).length, 'the deliberate request from an extension page').toBeGreaterThan(0);
  });
}
