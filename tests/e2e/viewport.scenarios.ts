/**
 * On a page with many terms only those near the viewport are in the registered highlights
 * (lib/dom/term-highlights.ts), in Chromium and Firefox ESR alike: what is registered follows
 * scrolling, page-terms still lists every term, and the term the keyboard steps to is underlined.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_FILES } from '../../data/schema';
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
  let total = 0;

  beforeAll(async () => {
    await server.start();
    const all = SEED_FILES.map((f) => readFileSync(join('seeds', f), 'utf8')).join('\n\n');
    server.route('www.tweedekamer.nl', '/lang', kamerstukPage('Lang', all.repeat(Math.ceil(600_000 / all.length))));
    driver = await launch(server.port);
    page = await driver.open(url());
    total = (await driver.pageTerms(url())).terms.length;
  });
  afterAll(async () => {
    await driver?.close();
    await server.stop();
  });

  it('registers only the terms within a screen of the viewport, while page-terms has them all', async () => {
    expect(total).toBeGreaterThan(1000);
    await waitFor('terms near the top to be registered', async () => (await registered(page)).count > 0);
    const state = await registered(page);
    expect(state.count).toBeLessThan(total / 10);
    // One screen of margin, and a little for a range the observer has not yet let go.
    expect(state.farthest).toBeLessThanOrEqual(1.5);
  });

  it('follows scrolling', async () => {
    // Halfway down, to the first paragraph naming UNIFIL: terms are sparse in places.
    await page.evaluate(() => {
      const half = document.documentElement.scrollHeight / 2;
      const target = [...document.querySelectorAll('p')].find(
        (p) => p.getBoundingClientRect().top + scrollY > half && (p.textContent ?? '').includes('UNIFIL'),
      );
      target?.scrollIntoView({ block: 'center' });
    }, undefined);
    await waitFor('the registered terms to follow the scroll', async () => {
      const now = await registered(page);
      return now.count > 0 && now.farthest <= 1.5;
    });
    expect((await driver.pageTerms(url())).terms.length).toBe(total);
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

  it('logged no console error in any context', () => {
    expect(driver.errors.unexpected()).toEqual([]);
  });
}
