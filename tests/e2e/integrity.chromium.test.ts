/**
 * Page integrity on generated pages, in real Chromium with the built extension: fast-check builds
 * 120 pages (seeded, so every run serves the same ones) with nested blocks and inline elements,
 * mission names whole and split over elements, in skipped zones, editable regions and open
 * shadow roots, entities, emoji and right-to-left text. On every page:
 *
 * - the DOM (with every open shadow root) and the text are exactly as the page made them, apart
 *   from the one host element once a card opened (some pages open one by hovering);
 * - page-terms equals the reference matcher run over the lines the page model says a reader sees,
 *   and every highlighted range lies in eligible text and reads as its term;
 * - a reload (after scrolling, so the visible part is read first) gives the same terms;
 * - removing elements drops their terms (and joins what they separated);
 * - pausing removes every highlight and listener (hovering opens nothing), and un-pausing reads
 *   the page again to the same result.
 *
 * Text in shadow roots is not read (SECURITY.md, "What the extension does with a page"): the
 * model expects nothing from it, and the tests fail if that ever changes.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { expectedTerms, type PageModel, pageArb, removableIds, renderPage } from './fixtures/generated-pages';
import type { ChromiumSession } from './harness/chromium';
import { chromiumDriver, type Driver } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import type { SimpleTerm } from './harness/reference-terms';
import { waitFor } from './harness/wait-for';

const SEED = 20_251_123;
const PAGES = 120;
// Small batches: each is one test with its own timeout, and a loaded machine stays within it.
const BATCH = 10;
const HOST = 'www.tweedekamer.nl';

type Plan = { hover: boolean; fragment: number | null; scroll: number; remove: number[] };

const models = fc.sample(pageArb, { seed: SEED, numRuns: PAGES });
const plans: Plan[] = fc.sample(
  fc.record({
    hover: fc.boolean(),
    fragment: fc.option(fc.nat(), { freq: 3 }),
    scroll: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.array(fc.nat(), { maxLength: 3 }),
  }),
  { seed: SEED + 1, numRuns: PAGES },
);

type Api = typeof browser;
type Snapshot = { html: string; text: string; shadows: (string | null)[] };
type Inspection = {
  now: Snapshot;
  before: Snapshot;
  hosts: number;
  ranges: { text: string; eligible: boolean }[];
  names: string[];
};

/** Main world: the page's snapshot now and at DOMContentLoaded, and every range of our highlights. */
function inspect(page: Page): Promise<Inspection> {
  return page.evaluate(() => {
    const w = window as unknown as { __snapshot(): Snapshot; __before: Snapshot };
    const SKIPPED =
      'script,style,noscript,textarea,input,select,option,code,pre,template,iframe,object,canvas,svg,math';
    const eligible = (node: Node): boolean => {
      if (node.nodeType !== Node.TEXT_NODE || node.getRootNode() !== document) return false;
      for (let el = node.parentElement; el; el = el.parentElement) {
        if (el.matches(SKIPPED) || el.isContentEditable || el.localName === 'missiewijzer-ui') return false;
      }
      return true;
    };
    const ranges: { range: AbstractRange; name: string }[] = [];
    const names: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      names.push(name);
      if (!name.startsWith('missiewijzer-') || name === 'missiewijzer-active') continue;
      for (const range of highlight) ranges.push({ range, name });
    }
    const live = ranges.map(({ range }) => {
      const r = document.createRange();
      r.setStart(range.startContainer, range.startOffset);
      r.setEnd(range.endContainer, range.endOffset);
      return r;
    });
    live.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return {
      now: w.__snapshot(),
      before: w.__before,
      hosts: document.querySelectorAll('missiewijzer-ui').length,
      names,
      ranges: live.map((r) => {
        // Every text node the range touches must be readable text.
        const walker = document.createTreeWalker(r.commonAncestorContainer, NodeFilter.SHOW_TEXT);
        let ok = eligible(r.startContainer) && eligible(r.endContainer);
        for (let t = walker.currentNode as Node | null; t; t = walker.nextNode()) {
          if (t.nodeType === Node.TEXT_NODE && r.intersectsNode(t) && (t as Text).data.length > 0) {
            const touches = !(t === r.endContainer && r.endOffset === 0);
            if (touches && !eligible(t)) ok = false;
          }
        }
        return { text: r.toString(), eligible: ok };
      }),
    };
  });
}

const simple = (terms: SimpleTerm[]) => terms.map(({ id, text }) => ({ id, text }));

describe('Chromium: page integrity on generated pages', () => {
  const server = new FixtureServer();
  let driver: Driver & { session: ChromiumSession };

  const url = (i: number) => server.url(HOST, `/gen/${i}`);
  const setPaused = (paused: boolean) =>
    driver.session.serviceWorker.evaluate(async (value) => {
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(settings as object | undefined), paused: value } });
    }, paused);

  beforeAll(async () => {
    await server.start();
    models.forEach((model, i) => {
      server.route(HOST, `/gen/${i}`, renderPage(model, `Gegenereerde pagina ${i}`));
    });
    driver = await chromiumDriver(server.port);
  });
  afterAll(async () => {
    await driver?.close();
    await server.stop();
  });

  /** page-terms equals the model's expectation, and the highlights agree with it range by range. */
  async function expectTerms(page: Page, i: number, expected: SimpleTerm[], address = url(i)): Promise<void> {
    let actual: SimpleTerm[] = [];
    await waitFor(
      `page ${i}: page-terms to equal the reference`,
      async () => {
        actual = simple((await driver.pageTerms(address)).terms);
        return JSON.stringify(actual) === JSON.stringify(expected);
      },
      10_000,
    ).catch(() => undefined);
    expect(actual, `page ${i}: page-terms`).toEqual(expected);
    const state = await inspect(page);
    expect(
      state.ranges.map((r) => r.text),
      `page ${i}: highlighted ranges`,
    ).toEqual(
      // A name wrapped over a <br> or an empty block is one term; the range's text has no line break.
      expected.map((t) => t.text.replace(/\n/gu, '')),
    );
    expect(
      state.ranges.filter((r) => !r.eligible),
      `page ${i}: ranges outside readable text`,
    ).toEqual([]);
  }

  async function expectUnchanged(page: Page, i: number, hosts: number): Promise<void> {
    const state = await inspect(page);
    expect(state.now.html, `page ${i}: DOM`).toBe(state.before.html);
    expect(state.now.text, `page ${i}: text`).toBe(state.before.text);
    expect(state.now.shadows, `page ${i}: shadow roots`).toEqual(state.before.shadows);
    expect(state.hosts, `page ${i}: our host elements`).toBe(hosts);
  }

  /** Centre of the first box of a highlighted range, scrolled into view (main world, where a user would point). */
  const firstTermPoint = (page: Page) =>
    page.evaluate(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('missiewijzer-') || name === 'missiewijzer-active') continue;
        for (const range of highlight) {
          const r = document.createRange();
          r.setStart(range.startContainer, range.startOffset);
          r.setEnd(range.endContainer, range.endOffset);
          (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
          const rect = r.getClientRects()[0];
          if (rect && rect.width > 2) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    });

  const cardOpen = (page: Page) =>
    page.evaluate(
      () =>
        !!document.querySelector('missiewijzer-ui')?.shadowRoot?.querySelector('.mw-layer')?.matches(':popover-open'),
    );

  const batches = Array.from({ length: Math.ceil(PAGES / BATCH) }, (_, b) => b);

  it.each(batches)('batch %i', async (b) => {
    const indices = Array.from({ length: BATCH }, (_, j) => b * BATCH + j).filter((i) => i < PAGES);
    const model = (i: number) => models[i] as PageModel;
    const plan = (i: number) => plans[i] as Plan;
    const firstUrl = (i: number) => {
      const at = plan(i).fragment;
      return at === null ? url(i) : `${url(i)}#k${at % Math.max(model(i).k, 1)}`;
    };

    // Load, and compare with the model.
    const pages = new Map<number, Page>();
    await Promise.all(
      indices.map(async (i) => {
        const page = await driver.session.newPage();
        pages.set(i, page);
        await page.goto(firstUrl(i));
        await expectTerms(page, i, expectedTerms(model(i)), firstUrl(i));
        await expectUnchanged(page, i, 0);
      }),
    );
    const page = (i: number) => pages.get(i) as Page;

    // Hover a term on some pages: the card opens; the page still changed only by our host.
    const hovered: { i: number; at: { x: number; y: number } }[] = [];
    for (const i of indices) {
      if (!plan(i).hover || expectedTerms(model(i)).length === 0) continue;
      const p = page(i);
      await p.bringToFront();
      const at = await firstTermPoint(p);
      if (!at) continue;
      await p.mouse.move(at.x, at.y);
      await waitFor(`page ${i}: the card to open`, () => cardOpen(p));
      await expectUnchanged(p, i, 1);
      await p.keyboard.press('Escape');
      await waitFor(`page ${i}: the card to close`, async () => !(await cardOpen(p)));
      await p.mouse.move(1, 1);
      hovered.push({ i, at: (await firstTermPoint(p)) ?? at });
    }
    expect(hovered.length, 'pages where a card opened').toBeGreaterThan(0);

    // Reload after scrolling: the visible part is read first, the result is the same.
    await Promise.all(
      indices.map(async (i) => {
        const p = page(i);
        await p.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f), plan(i).scroll);
        await p.reload();
        await expectTerms(p, i, expectedTerms(model(i)), p.url());
        await expectUnchanged(p, i, 0);
      }),
    );

    // Remove elements: their terms go, and text they separated is read as one line.
    const removed = new Map<number, Set<number>>();
    await Promise.all(
      indices.map(async (i) => {
        const ids = removableIds(model(i));
        if (plan(i).remove.length === 0 || ids.length === 0) return;
        const gone = new Set(plan(i).remove.map((n) => ids[n % ids.length] as number));
        removed.set(i, gone);
        const p = page(i);
        await p.evaluate(
          (list) => {
            for (const k of list) document.getElementById(`k${k}`)?.remove();
          },
          [...gone],
        );
        await expectTerms(p, i, expectedTerms(model(i), gone), p.url());
      }),
    );

    // Pause: every highlight and listener goes. Hovering where a card opened before opens nothing.
    for (const { i } of hovered) {
      const p = page(i);
      await p.bringToFront();
      hovered[hovered.findIndex((h) => h.i === i)] = { i, at: (await firstTermPoint(p)) ?? { x: 0, y: 0 } };
    }
    await setPaused(true);
    await Promise.all(
      indices.map(async (i) => {
        const p = page(i);
        await waitFor(`page ${i}: our highlights to go`, async () =>
          (await inspect(p)).names.every((n) => !n.startsWith('missiewijzer-')),
        );
        expect((await inspect(p)).hosts).toBe(0);
        if (!removed.has(i)) await expectUnchanged(p, i, 0);
      }),
    );
    // One page per batch: each costs a wait well past the hover-intent delay.
    for (const { i, at } of hovered.slice(0, 1)) {
      const p = page(i);
      await p.bringToFront();
      await p.mouse.move(at.x, at.y);
      await p.mouse.move(at.x + 1, at.y);
      // Far longer than the hover-intent delay: a listener left behind would have opened the card.
      await new Promise((r) => setTimeout(r, 800));
      expect(await cardOpen(p), `page ${i}: card after pausing`).toBe(false);
      expect((await inspect(p)).hosts, `page ${i}: host after pausing`).toBe(0);
      await p.mouse.move(1, 1);
    }

    // Un-pause: every page is read again, to the same result.
    await setPaused(false);
    await Promise.all(
      indices.map(async (i) => {
        const p = page(i);
        await expectTerms(p, i, expectedTerms(model(i), removed.get(i)), p.url());
        await p.close();
      }),
    );
  });

  it('logged no console error in any context', () => {
    expect(driver.errors.unexpected()).toEqual([]);
  });
});
