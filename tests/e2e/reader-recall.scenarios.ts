/**
 * The reader marks what the HTML version of the same Kamerstuk marks. Every seed is served as a
 * Kamerstuk page and, printed to PDF by Chromium (seed-pdfs.ts: running heads, page numbers,
 * footnote marks; 001 and 003 in two hyphenated columns), where the Tweede Kamer and
 * officielebekendmakingen.nl serve their PDFs. The reader draws every page; its terms are
 * compared with the page's, per mission (or choice of missions): recall at least 98 %, and no
 * term the page lacks unless listed below with its reason.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PageTermsResponse } from '../../lib/messages/protocol';
import { type PdfLayout, SEED_FILES, type SeedFile, seedHtmlPage, seedPdfs } from './fixtures/seed-pdfs';
import type { Driver } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { drawEveryPage } from './harness/reader-pages';
import { testCertificate } from './harness/test-certificate';

const KAMER = 'www.tweedekamer.nl';
const OFFICIAL = 'zoek.officielebekendmakingen.nl';

const LAYOUT: Record<SeedFile, PdfLayout> = {
  '000_da575aca147779fa.txt': 'one-column',
  '001_538d6e1628be61ba.txt': 'two-columns',
  '002_5e9d0aff90d9eb0c.txt': 'one-column',
  '003_8869f228b444c97d.txt': 'two-columns',
  '004_f473ee7f7c9a3f46.txt': 'one-column',
};

/**
 * Terms the reader finds more often than the HTML page, with the reason. Keyed by seed, then by
 * term key (termKey), the number of extra marks allowed.
 */
const MERGED_LINES =
  'one entry or heading per line with no more space between them than between the lines of a paragraph: ' +
  'the PDF shows no paragraph break there, so the reader reads those lines as one paragraph where the HTML ' +
  'version has one per line, and a name takes its context (or a shared stem its mission) from the lines around it';
const EXPLAINED_EXTRAS: Partial<Record<SeedFile, Record<string, { extra: number; reason: string }>>> = {
  '002_5e9d0aff90d9eb0c.txt': { nmi: { extra: 1, reason: `a question and its answer: ${MERGED_LINES}` } },
  '003_8869f228b444c97d.txt': { oir: { extra: 1, reason: `the Bijlage tables: ${MERGED_LINES}` } },
};

const MIN_RECALL = 0.98;

type Term = PageTermsResponse['terms'][number];

/** A term as compared: its mission or term id, or the missions a shared stem may stand for. */
function termKey(term: Term): string {
  return term.id ?? `?${[...(term.candidates ?? [])].sort().join('|')}`;
}

function counts(terms: readonly Term[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const term of terms) out.set(termKey(term), (out.get(termKey(term)) ?? 0) + 1);
  return out;
}

export type Comparison = {
  recall: number;
  found: number;
  expected: number;
  extras: Map<string, number>;
  missing: Map<string, number>;
};

export function compare(reader: readonly Term[], html: readonly Term[]): Comparison {
  const got = counts(reader);
  const want = counts(html);
  let expected = 0;
  let found = 0;
  for (const [key, n] of want) {
    expected += n;
    found += Math.min(n, got.get(key) ?? 0);
  }
  const extras = new Map<string, number>();
  for (const [key, n] of got) if (n > (want.get(key) ?? 0)) extras.set(key, n - (want.get(key) ?? 0));
  const missing = new Map<string, number>();
  for (const [key, n] of want) if (n > (got.get(key) ?? 0)) missing.set(key, n - (got.get(key) ?? 0));
  return { recall: expected === 0 ? 1 : found / expected, found, expected, extras, missing };
}

export type RecallSetup = { launch: (port: number) => Promise<Driver>; https: boolean };

export function readerRecallScenarios({ launch, https }: RecallSetup): void {
  const server = new FixtureServer();
  let driver: Driver;
  const pdfUrl = (seed: SeedFile) => {
    const n = seed.slice(0, 3);
    // Two seeds where officielebekendmakingen.nl serves its PDFs, the rest as Tweede Kamer downloads.
    const [host, path] =
      Number(n) % 2 === 1 ? [OFFICIAL, `/kst-29521-${n}.pdf`] : [KAMER, `/downloads/document?id=2025D00${n}`];
    return { host, path, url: `${https ? 'https' : 'http'}://${host}${path}` };
  };
  const htmlPath = (seed: SeedFile) => `/kamerstukken/detail?id=seed-${seed.slice(0, 3)}`;

  beforeAll(async () => {
    const pdfs = await seedPdfs(SEED_FILES.map((seed) => ({ seed, layout: LAYOUT[seed] })));
    for (const seed of SEED_FILES) {
      const { host, path } = pdfUrl(seed);
      const body = pdfs.get(`${seed}:${LAYOUT[seed]}`) as Buffer;
      server.route(host, path, { body, contentType: 'application/pdf' });
      server.route(KAMER, htmlPath(seed), seedHtmlPage(seed));
    }
    if (https) server.acceptTunnels(testCertificate([KAMER, OFFICIAL]));
    await server.start();
    driver = await launch(server.port);
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
    await server.stop();
  });

  it.each(SEED_FILES)(
    'seed %s: the reader marks what its HTML version marks',
    async (seed) => {
      const htmlUrl = server.url(KAMER, htmlPath(seed));
      const htmlTab = await driver.open(htmlUrl);
      const html = (await driver.pageTerms(htmlUrl)).terms;
      await htmlTab.close();

      const { url } = pdfUrl(seed);
      const reader = await driver.openExtensionPage(
        `/reader.html?url=${encodeURIComponent(url)}`,
        '.mw-page .textLayer span',
      );
      const pages = await drawEveryPage(reader);
      const href = await reader.evaluate(() => location.href, undefined);
      const read = (await driver.pageTerms(href)).terms;
      // Where the underlines lie: each range's text, and whether it spans two spans of the layer.
      const ranges = await reader.evaluate(() => {
        const out: { text: string; split: boolean }[] = [];
        for (const [name, highlight] of CSS.highlights)
          if (name !== 'missiewijzer-active')
            for (const range of highlight)
              out.push({ text: range.toString(), split: range.startContainer !== (range as Range).endContainer });
        return out;
      }, undefined);
      await reader.close();

      // Every underline starts and ends on the glyphs of a name (not on a space, a hyphen or a mark).
      const offGlyphs = ranges.filter((r) => !/^[\p{L}\p{N}].*[\p{L}\p{N})]$|^[\p{L}\p{N}]$/su.test(r.text));
      expect(offGlyphs).toEqual([]);

      const result = compare(read, html);
      const explained = EXPLAINED_EXTRAS[seed] ?? {};
      const unexplained = [...result.extras].filter(([key, n]) => n > (explained[key]?.extra ?? 0));
      console.info(
        `${driver.name} ${seed} (${LAYOUT[seed]}, ${pages} pages): recall ${(100 * result.recall).toFixed(1)} % ` +
          `(${result.found}/${result.expected}), missing ${JSON.stringify(Object.fromEntries(result.missing))}, ` +
          `extras ${JSON.stringify(Object.fromEntries(result.extras))}`,
      );
      expect(result.expected).toBeGreaterThan(0);
      expect(result.recall).toBeGreaterThanOrEqual(MIN_RECALL);
      expect(unexplained).toEqual([]);
    },
    180_000,
  );

  it('logs no console error', () => {
    expect(driver.errors.unexpected()).toEqual([]);
  });
}
