/**
 * A long page in Chromium and Firefox ESR alike. The text is read as far as two screens below the
 * viewport at load and further as the reader comes near (lib/dom/read-ahead.ts); asking for every
 * term reads the rest. Of a page with many terms only those near the viewport are in the
 * registered highlights (lib/dom/term-highlights.ts): what is registered follows scrolling, and
 * the term the keyboard steps to is underlined.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_FILES } from '../../data/schema';
import { READ_AHEAD_SCREENS } from '../../lib/dom/read-ahead';
import { kamerstukPage } from './fixtures/html';
import type { Driver, DriverPage } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { waitFor } from './harness/wait-for';

type Registered = { count: number; farthest: number; active: { text: string; underlined: boolean } | null };

/** Main world: the registered ranges of our underline highlights, and how far the farthest lies from the viewport, in screens. */
function registered(page: DriverPage): Promise<Registered> {
  return page.evaluate(() => {
    const ranges: AbstractRange[] = [];
    const underline = new Set<string>();
    let active: AbstractRange | null = null;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('missiewijzer-')) continue;
      for (const range of highlight) {
        const key = `${range.startOffset}:${range.endOffset}:${range.startContainer.textContent}`;
        if (name === 'missiewijzer-active') active = range;
        else {
          ranges.push(range);
          underline.add(key);
        }
      }
    }
    const rect = (r: AbstractRange) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return { box: live.getBoundingClientRect(), text: live.toString() };
    };
    const h = innerHeight;
    const screensAway = (top: number) => (top < 0 ? -top / h : Math.max(0, top - h) / h);
    const farthest = Math.max(0, ...ranges.map((r) => screensAway(rect(r).box.top)));
    const a = active as AbstractRange | null;
    return {
      count: ranges.length,
      farthest,
      active: a
        ? {
            text: rect(a).text,
            underlined: underline.has(`${a.startOffset}:${a.endOffset}:${a.startContainer.textContent}`),
          }
        : null,
    };
  }, undefined);
}

export function viewportScenarios(launch: (port: number) => Promise<Driver>): void {
  const server = new FixtureServer();
  let driver: Driver;
  let page: DriverPage;
  const url = () => server.url('www.tweedekamer.nl', '/lang');

  beforeAll(async () => {
    await server.start();
    const all = SEED_FILES.map((f) => readFileSync(join('seeds', f), 'utf8')).join('\n\n');
    const long = kamerstukPage('Lang', all.repeat(Math.ceil(600_000 / all.length)));
    server.route('www.tweedekamer.nl', '/lang', long);
    server.route('www.tweedekamer.nl', '/lang-vers', long);
    driver = await launch(server.port);
    page = await driver.open(url());
  });
  afterAll(async () => {
    await driver?.close();
    await server.stop();
  });

  it('marks the terms near the top at load, and reads on to those far down when the reader jumps there', async () => {
    await waitFor('terms near the top to be registered', async () => (await registered(page)).count > 0);
    // At load the text is read to two screens below the viewport, and every term read is registered
    // (few terms cost the browser little).
    expect((await registered(page)).farthest).toBeLessThanOrEqual(READ_AHEAD_SCREENS + 0.5);
    // Three quarters down, to a paragraph naming UNIFIL: the screen is read first.
    const target = await page.evaluate(() => {
      const at = document.documentElement.scrollHeight * 0.75;
      const paragraph = [...document.querySelectorAll('p')].find(
        (p) => p.getBoundingClientRect().top + scrollY > at && (p.textContent ?? '').includes('UNIFIL'),
      );
      paragraph?.scrollIntoView({ block: 'center' });
      paragraph?.setAttribute('data-target', '');
      return !!paragraph;
    }, undefined);
    expect(target).toBe(true);
    await waitFor('UNIFIL in the paragraph scrolled to, registered', () =>
      page.evaluate(() => {
        const paragraph = document.querySelector('[data-target]');
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('missiewijzer-')) continue;
          for (const range of highlight) {
            if (paragraph?.contains(range.startContainer) && range.toString() === 'UNIFIL') return true;
          }
        }
        return false;
      }, undefined),
    );
    // With the page read down to here (well over a thousand terms), only those near the viewport stay registered.
    await waitFor('the registered terms to follow the jump', async () => {
      const now = await registered(page);
      return now.count > 0 && now.farthest <= 1.5;
    });
  });

  it('has not read past the reader until every term is asked for; then reads it all', async () => {
    const first = await driver.pageTermsOnce(url());
    expect(first.complete).toBe(false);
    const all = await driver.pageTerms(url());
    expect(all.complete).toBe(true);
    expect(all.terms.length).toBeGreaterThan(1000);
    // The page was read down to a little past three quarters; the rest has terms of its own.
    expect(first.terms.length).toBeLessThan(all.terms.length);
    const texts = new Set(all.terms.map((t) => t.text));
    expect(first.terms.filter((t) => !texts.has(t.text))).toEqual([]);
    const state = await registered(page);
    expect(state.count).toBeLessThan(all.terms.length / 10);
    expect(state.farthest).toBeLessThanOrEqual(1.5);
  });

  it('underlines the term the keyboard steps to, far down the page', async () => {
    await page.evaluate(() => window.scrollTo(0, 0), undefined);
    for (let i = 0; i < 3; i++) await driver.sendToTab(url(), { type: 'command', command: 'previous-term' });
    await waitFor('the card of a term near the end', async () => (await registered(page)).active !== null);
    // Underlined at once; what was registered at the top goes once the observer reports the scroll.
    expect((await registered(page)).active?.underlined).toBe(true);
    await waitFor('the terms at the top to be let go', async () => (await registered(page)).farthest <= 1.5);
    await page.press('Escape');
  });

  it('steps back from the top to the last term of a page not yet read to the end', async () => {
    const freshUrl = server.url('www.tweedekamer.nl', '/lang-vers');
    const fresh = await driver.open(freshUrl);
    try {
      await waitFor('terms near the top to be registered', async () => (await registered(fresh)).count > 0);
      await driver.sendToTab(freshUrl, { type: 'command', command: 'previous-term' });
      await waitFor('the card of a term', async () => (await registered(fresh)).active !== null);
      // The active term lies in the last screen of the page, after every other term.
      const place = await fresh.evaluate(() => {
        const active = CSS.highlights.get('missiewijzer-active');
        const range = active ? ([...active][0] as AbstractRange) : null;
        if (!range) return null;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const end = document.createRange();
        end.selectNodeContents(document.body);
        end.setStart(live.endContainer, live.endOffset);
        return {
          fromEnd: document.documentElement.scrollHeight - (live.getBoundingClientRect().top + scrollY),
          screen: innerHeight,
          after: end.toString(),
        };
      }, undefined);
      expect(place).not.toBeNull();
      expect(place?.fromEnd).toBeLessThan(place?.screen ?? 0);
      const all = await driver.pageTerms(freshUrl);
      const lastTerm = all.terms[all.terms.length - 1]?.text ?? '';
      // No later occurrence of the last term in the text after the active one.
      expect(place?.after.includes(lastTerm)).toBe(false);
      await fresh.press('Escape');
    } finally {
      await fresh.close();
    }
  });

  it('logged no console error in any context', () => {
    expect(driver.errors.unexpected()).toEqual([]);
  });
}
