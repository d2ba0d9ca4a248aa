/**
 * In-page detection, written once and run in Chromium and Firefox ESR: every mission name on
 * a page is marked (page-terms equals the slow reference matcher on the same text), nothing
 * else is, and the page's DOM and text stay exactly as they were.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_FILES } from '../../data/schema';
import { FALSE_FRIEND_PAGES, MISSION_NEWS } from '../support/news-fixtures';
import { dynamicPage, newsArticle, newsPage, otherSitePage, sportsPage } from './fixtures/articles';
import { kamerstukPage } from './fixtures/html';
import type { Driver, DriverPage } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { OTHER_SITE } from './harness/hosts';
import { readingTexts, referenceTerms } from './harness/reference-terms';
import { waitFor } from './harness/wait-for';

const simple = (terms: { id: string | null; text: string }[]) => terms.map(({ id, text }) => ({ id, text }));

async function expectUnchanged(page: DriverPage): Promise<void> {
  const state = await page.evaluate(() => {
    const before = (window as unknown as { __before: { html: string; text: string } }).__before;
    return { before, html: document.documentElement.outerHTML, text: document.body.textContent };
  }, undefined);
  expect(state.html).toBe(state.before.html);
  expect(state.text).toBe(state.before.text);
}

export function detectionScenarios(launch: (port: number) => Promise<Driver>): void {
  const server = new FixtureServer();
  let driver: Driver;

  beforeAll(async () => {
    await server.start();
    driver = await launch(server.port);
  });
  afterAll(async () => {
    await driver?.close();
    await server.stop();
  });

  describe('on each seed rendered as a Kamerstuk page', () => {
    it.each(SEED_FILES.map((f) => [f]))('%s: page-terms equals the reference matcher, DOM untouched', async (file) => {
      const path = `/kst-${file.slice(0, 3)}.html`;
      server.route(
        'zoek.officielebekendmakingen.nl',
        path,
        kamerstukPage(file, readFileSync(join('seeds', file), 'utf8')),
      );
      const url = server.url('zoek.officielebekendmakingen.nl', path);
      const page = await driver.open(url);
      const result = await driver.pageTerms(url);
      const expected = referenceTerms(await readingTexts(page));
      expect(expected.length).toBeGreaterThan(10);
      expect(simple(result.terms)).toEqual(expected);
      await expectUnchanged(page);
      await page.close();
    });
  });

  it('marks a news article the way a reader expects, and only its reading text', async () => {
    server.route('nos.nl', '/artikel/missies', newsArticle);
    const url = server.url('nos.nl', '/artikel/missies');
    const page = await driver.open(url);
    const result = await driver.pageTerms(url);
    expect(simple(result.terms)).toEqual(referenceTerms(await readingTexts(page)));
    const texts = result.terms.map((t) => `${t.id}:${t.text}`);
    // Split over <b> and <i>, compound, plural, NBSP, soft hyphen, one-capital spelling:
    expect(texts).toEqual(
      expect.arrayContaining([
        'unifil:Unifil',
        'eunavfor-aspides:EUNAVFOR\u00a0Aspides',
        'eunavfor-atalanta:EUNAVFOR Atalanta',
        'untso:UNTSO',
        'vpd:VPD',
        'sole:SOLE',
        'eunavfor-aspides:EUNAV\u00adFOR Aspides',
        'kfor:KFOR',
        'minusma:Minusma',
      ]),
    );
    // Nothing from <pre>, <textarea> or contenteditable:
    expect(result.terms.filter((t) => t.text === 'UNTSO')).toHaveLength(1);
    expect(result.terms.filter((t) => t.text === 'UNIFIL')).toHaveLength(1);
    await expectUnchanged(page);
    await page.close();
  });

  it('leaves Atalanta the football club and the English word "sole" alone', async () => {
    server.route('www.nu.nl', '/sport/atalanta', sportsPage);
    const url = server.url('www.nu.nl', '/sport/atalanta');
    const page = await driver.open(url);
    const result = await driver.pageTerms(url);
    expect(result.terms).toEqual([]);
    await expectUnchanged(page);
    await page.close();
  });

  it.each(FALSE_FRIEND_PAGES.map((p) => [p.title, p]))(
    'marks nothing where a name means something else: %s',
    async (_, news) => {
      server.route(news.host, news.path, newsPage(news));
      const url = server.url(news.host, news.path);
      const page = await driver.open(url);
      const result = await driver.pageTerms(url);
      expect(result.terms).toEqual([]);
      await expectUnchanged(page);
      await page.close();
    },
  );

  it('marks bare names that have context of their own', async () => {
    server.route(MISSION_NEWS.host, MISSION_NEWS.path, newsPage(MISSION_NEWS));
    const url = server.url(MISSION_NEWS.host, MISSION_NEWS.path);
    const page = await driver.open(url);
    const result = await driver.pageTerms(url);
    expect(simple(result.terms)).toEqual(referenceTerms(await readingTexts(page)));
    expect(result.terms.map((t) => [t.text, t.id])).toEqual(MISSION_NEWS.expected);
    await expectUnchanged(page);
    await page.close();
  });

  it('follows a page that adds, removes and edits text after load', async () => {
    server.route('www.rtl.nl', '/live', dynamicPage);
    const url = server.url('www.rtl.nl', '/live');
    const page = await driver.open(url);
    await waitFor('the page to finish its changes', () =>
      page.evaluate(() => document.getElementById('item-6') !== null, undefined),
    );
    // Mutations are read in slices after they happen: wait until page-terms reflects the final text.
    const expected = referenceTerms(await readingTexts(page));
    let actual: { id: string | null; text: string }[] = [];
    await waitFor('page-terms to match the final text', async () => {
      actual = simple((await driver.pageTerms(url)).terms);
      return JSON.stringify(actual) === JSON.stringify(expected);
    });
    expect(actual).toEqual(expected);
    expect(actual.map((t) => t.id)).not.toContain('kfor');
    expect(actual.map((t) => t.id)).toContain('emasoh');
    await page.close();
  });

  it('does nothing on a site outside the default list', async () => {
    server.route(OTHER_SITE, '/post', otherSitePage);
    const url = server.url(OTHER_SITE, '/post');
    const page = await driver.open(url);
    await new Promise((r) => setTimeout(r, 500));
    await expect(driver.pageTermsOnce(url)).rejects.toThrow();
    await expectUnchanged(page);
    await page.close();
  });

  it('reads a 1 MB Kamerstuk page in slices (reports the longest)', async () => {
    const all = SEED_FILES.map((f) => readFileSync(join('seeds', f), 'utf8')).join('\n\n');
    const big = all.repeat(Math.ceil(1_000_000 / all.length));
    server.route('www.tweedekamer.nl', '/groot', kamerstukPage('1 MB', big));
    const url = server.url('www.tweedekamer.nl', '/groot');
    const page = await driver.open(url);
    const result = await driver.pageTerms(url);
    expect(result.terms.length).toBeGreaterThan(1000);
    console.log(
      `[${driver.name}] 1 MB page: ${result.terms.length} terms, longest slice ${result.longestSliceMs.toFixed(1)} ms`,
    );
    await page.close();
  });

  it('logged no console error in any context', () => {
    expect(driver.errors.unexpected()).toEqual([]);
  });
}
