/**
 * The PDF reader's benchmark (`npm run bench:reader`): a Kamerstuk of over 150 pages (seeds 001
 * and 003, printed by Chromium) opened in reader.html in Chromium and Firefox ESR, with the built
 * extensions. Measured: the time to the first marked page, then every page drawn and read (the
 * annotator's longest slice, the marks), and in Chromium the main thread's total task time and the
 * heap after a forced GC. Writes tests/bench/READER-RESULTS.md.
 */
import { writeFileSync } from 'node:fs';
import { compileMatcher, findMatches } from '../../lib/matcher';
import { longKamerstukPdf, seedParagraphs } from '../e2e/fixtures/seed-pdfs';
import { chromiumDriver, type Driver, type DriverPage, firefoxDriver, playwrightPage } from '../e2e/harness/driver';
import { FixtureServer } from '../e2e/harness/fixture-server';
import { drawEveryPage } from '../e2e/harness/reader-pages';
import { missionInput } from '../e2e/harness/reference-terms';
import { testCertificate } from '../e2e/harness/test-certificate';
import { heapAfterGc } from './heap';
import { table } from './markdown';

const HOST = 'www.tweedekamer.nl';
const PATH = '/downloads/document?id=2025D99999';
const MIN_PAGES = 150;
const POLL_MS = 20;

type Figures = {
  browser: string;
  pages: number;
  firstMarkedMs: number;
  allReadMs: number;
  longestSliceMs: number;
  marks: number;
  missions: number;
  mainThreadMs: number | null;
  heapMB: number | null;
};

/** Waits until the reader shows a mark; the time since `since`, polled every POLL_MS. */
async function firstMark(reader: DriverPage, since: number): Promise<number> {
  for (;;) {
    const marked = await reader.evaluate(() => {
      for (const [name, highlight] of CSS.highlights)
        if (name !== 'missiewijzer-active' && highlight.size > 0) return true;
      return false;
    }, undefined);
    if (marked) return performance.now() - since;
    if (performance.now() - since > 120_000) throw new Error('no page was marked within 2 minutes');
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** Every page drawn and read: pages, wall time, and the session's answer to page-terms. */
async function readAll(driver: Driver, reader: DriverPage, since: number) {
  // tsx names inner functions with a `__name` helper the page lacks (see in-page.ts): a no-op one.
  await reader.evaluate(() => {
    (globalThis as { __name?: unknown }).__name ??= (f: unknown) => f;
  }, undefined);
  const pages = await drawEveryPage(reader);
  const href = await reader.evaluate(() => location.href, undefined);
  const answer = await driver.pageTerms(href);
  return { pages, allReadMs: performance.now() - since, answer };
}

async function chromiumRun(port: number, url: string): Promise<Figures> {
  // Headless Chromium may stop drawing frames (RESULTS.md, "Headless Chromium's frame stall"); the
  // reader draws a page when an IntersectionObserver, run with the frames, sees it near. On a quiet
  // machine the flag cut drawing every page from 183 s to 12 s with about the same main-thread time.
  const driver = await chromiumDriver(port, ['--disable-frame-rate-limit']);
  try {
    const tab = await driver.session.newPage();
    const cdp = await driver.session.context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    const since = performance.now();
    await tab.goto(`chrome-extension://${driver.session.extensionId}/reader.html?url=${encodeURIComponent(url)}`);
    const reader = playwrightPage(tab);
    const firstMarkedMs = await firstMark(reader, since);
    const { pages, allReadMs, answer } = await readAll(driver, reader, since);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const taskSeconds = metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
    const heap = await heapAfterGc(cdp);
    return {
      browser: `Chromium ${driver.session.context.browser()?.version() ?? ''}`.trim(),
      pages,
      firstMarkedMs,
      allReadMs,
      longestSliceMs: answer.longestSliceMs ?? Number.NaN,
      marks: answer.terms.length,
      missions: new Set(answer.terms.map((t) => t.id)).size,
      mainThreadMs: taskSeconds * 1000,
      heapMB: heap.totalMB,
    };
  } finally {
    await driver.close();
  }
}

async function firefoxRun(port: number, url: string): Promise<Figures> {
  const driver = await firefoxDriver(port, undefined, true);
  try {
    const since = performance.now();
    const reader = await driver.openExtensionPage(`/reader.html?url=${encodeURIComponent(url)}`, '.mw-reader-title');
    const firstMarkedMs = await firstMark(reader, since);
    const { pages, allReadMs, answer } = await readAll(driver, reader, since);
    return {
      browser: 'Firefox ESR',
      pages,
      firstMarkedMs,
      allReadMs,
      longestSliceMs: answer.longestSliceMs ?? Number.NaN,
      marks: answer.terms.length,
      missions: new Set(answer.terms.map((t) => t.id)).size,
      // Neither is reachable through WebDriver BiDi.
      mainThreadMs: null,
      heapMB: null,
    };
  } finally {
    await driver.close();
  }
}

/** The missions the HTML versions of seeds 001 and 003 mark, one paragraph per line: what the reader should come near. */
function htmlMarks(): number {
  const matcher = compileMatcher(missionInput);
  let count = 0;
  for (const seed of ['001_538d6e1628be61ba.txt', '003_8869f228b444c97d.txt'] as const) {
    for (const p of seedParagraphs(seed).split('\n')) {
      const text = p
        .replace(/<[^>]+>/gu, '')
        .replace(/&lt;/gu, '<')
        .replace(/&gt;/gu, '>')
        .replace(/&amp;/gu, '&');
      count += findMatches(matcher, text).length;
    }
  }
  return count;
}

const ms = (n: number | null) => (n === null ? 'not measured' : `${Math.round(n)} ms`);

async function main(): Promise<void> {
  const pdf = await longKamerstukPdf();
  const server = new FixtureServer();
  server.route(HOST, PATH, { body: pdf, contentType: 'application/pdf' });
  server.acceptTunnels(testCertificate([HOST]));
  await server.start();
  const figures: Figures[] = [];
  try {
    figures.push(await chromiumRun(server.port, `http://${HOST}${PATH}`));
    figures.push(await firefoxRun(server.port, `https://${HOST}${PATH}`));
  } finally {
    await server.stop();
  }
  for (const f of figures) {
    if (f.pages < MIN_PAGES) throw new Error(`${f.browser}: ${f.pages} pages, fewer than ${MIN_PAGES}`);
    console.info(JSON.stringify(f));
  }
  const [a, b] = figures as [Figures, Figures];
  const expected = htmlMarks();
  for (const f of figures) {
    if (Math.abs(f.marks - expected) > 0.05 * expected)
      throw new Error(`${f.browser}: ${f.marks} marks, the HTML versions have ${expected}: not plausible`);
  }
  // Both browsers read the same PDF with the same matcher: they must find the same marks.
  const agree = a.marks === b.marks;
  const report = `# PDF reader benchmark

Written by \`npm run bench:reader\` (tests/bench/run-reader-bench.ts) on ${new Date().toISOString().slice(0, 10)}.
One PDF of ${a.pages} A4 pages: seeds 001 and 003 one after the other, printed by Chromium in a
20 pt type with a running head and page numbers (about ${Math.round(pdf.length / 1024)} KB). It is opened in
reader.html with the built extension, from a mapped www.tweedekamer.nl; then the reader is scrolled
through every page at its smallest zoom until each page is drawn, and the page session is asked for
every term. Times are wall-clock from opening the reader; the first mark is polled every ${POLL_MS} ms.

${table(
  ['', ...figures.map((f) => f.browser)],
  [
    ['pages', ...figures.map((f) => String(f.pages))],
    ['first marked page', ...figures.map((f) => ms(f.firstMarkedMs))],
    ['every page drawn and read', ...figures.map((f) => ms(f.allReadMs))],
    ["annotator's longest slice", ...figures.map((f) => ms(f.longestSliceMs))],
    ['main-thread task time, whole run', ...figures.map((f) => ms(f.mainThreadMs))],
    [
      'heap after GC (JS + DOM)',
      ...figures.map((f) => (f.heapMB === null ? 'not measured' : `${f.heapMB.toFixed(1)} MB`)),
    ],
    ['marks / missions and terms marked', ...figures.map((f) => `${f.marks} / ${f.missions}`)],
  ],
)}

The HTML versions of the two seeds (one paragraph per line) have ${expected} marks; each browser's
count is checked to lie within 5 % of that. The two browsers ${agree ? 'mark the same number of terms' : 'DO NOT mark the same number of terms'}. The
main-thread time includes drawing every page (PDF.js's canvas and text layer), not only reading it.
Firefox's main-thread time and heap are not reachable through WebDriver BiDi and are not measured.
Chromium runs with \`--disable-frame-rate-limit\`, as the page benchmark does: without it headless
Chromium may draw about one frame a second (RESULTS.md, "Headless Chromium's frame stall").
`;
  writeFileSync('tests/bench/READER-RESULTS.md', report);
  console.info(report);
}

await main();
