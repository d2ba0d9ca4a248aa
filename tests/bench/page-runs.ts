/**
 * One page load per run, in a fresh tab: with the extension, the annotator's slices, the page's
 * long tasks and the heap once it is done; without it, the same page's long tasks and heap, and
 * the baselines, each on its own fresh load (cold, as the content script is on every page).
 */
import type { Page } from 'playwright-core';
import type { PageTermsResponse } from '../../lib/messages/protocol';
import type { BenchAlias } from './aliases';
import { type BaselineResult, runFloor, runMarkJs, runNaiveRegExps } from './baselines';
import type { BenchBrowser } from './browser';
import { runContentScriptFloor } from './floor-extension';
import { frameCostMs } from './frame-cost';
import { type HeapUsage, heapAfterGc } from './heap';
import { inPage } from './in-page';
import { pageTermsOf } from './page-terms';
import { type Interval, longTaskStats, overlapping, readTimeline, sliceStats, waitForQuiet } from './page-timeline';

export type LoadRun = {
  /** Slices of ours at load (all of them, or those after `phaseMark` when given). */
  slices: ReturnType<typeof sliceStats>;
  /** With the extension: the slices that read the rest of the page once page-terms asked for every term. */
  rest: ReturnType<typeof sliceStats> | null;
  /** Terms marked at load, before page-terms asked. */
  termsAtLoad: number;
  longTasks: ReturnType<typeof longTaskStats>;
  /** Long tasks that overlap the span of our slices (with the extension only). */
  longTasksDuringOurs: ReturnType<typeof longTaskStats>;
  /** Terms on the whole page, and whether the annotator reported the page read to the end. */
  terms: number;
  complete: boolean;
  heap: HeapUsage | null;
  /** The page once settled: elements, characters of text, paragraphs. */
  page: { elements: number; textChars: number; paragraphs: number };
  /** Median rendering cost of a frame in which the page changes one text node (ms). */
  frameCostMs: number | null;
  /** With the extension: the longest slice the annotator itself counted (page-terms), load and rest. */
  longestReportedMs: number;
};

export type LoadOptions = {
  /** Only slices that start after this page mark count (e.g. 'feed:start'). */
  phaseMark?: string;
  /** A window global the page sets when its own work is done (e.g. '__feedDone'). */
  readyGlobal?: string;
  heap?: boolean;
  frameCost?: boolean;
};

async function settle(page: Page, withExtension: boolean, options: LoadOptions): Promise<void> {
  if (withExtension) {
    await waitForQuiet(page, { quietMs: 500, readyGlobal: options.readyGlobal ?? '' });
  } else {
    // No slices to wait for: the page's own work, then the same quiet period.
    await waitForQuiet(page, { quietMs: 500, expectSlices: false, readyGlobal: options.readyGlobal ?? '' });
  }
}

export async function loadRun(
  browser: BenchBrowser,
  url: string,
  withExtension: boolean,
  options: LoadOptions = {},
): Promise<LoadRun> {
  const { page, cdp } = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, withExtension, options);
    const timeline = await readTimeline(page, options.phaseMark ? [options.phaseMark] : []);
    const from = options.phaseMark ? (timeline.marks[options.phaseMark] ?? 0) : 0;
    const slices = timeline.slices.filter((s) => s.start >= from);
    const tasks = timeline.longTasks.filter((t) => t.start + t.duration >= from);
    const stats = sliceStats(slices);
    const first = slices[0] as Interval | undefined;
    const during = first ? overlapping(tasks, first.start, first.start + stats.spanMs) : [];
    let terms = 0;
    let termsAtLoad = 0;
    let complete = false;
    let rest: LoadRun['rest'] = null;
    let longestReportedMs = 0;
    if (withExtension) {
      // Asking for every term (as the popup does) reads the rest of the page: ask until it is read.
      const askedAt = timeline.now;
      const { first, last } = await readToEnd(browser, page);
      termsAtLoad = first.terms.length;
      terms = last.terms.length;
      complete = last.complete;
      longestReportedMs = last.longestSliceMs;
      await settle(page, true, {});
      rest = sliceStats((await readTimeline(page)).slices.filter((s) => s.start >= askedAt));
    }
    const pageStats = await page.evaluate(() => ({
      elements: document.getElementsByTagName('*').length,
      textChars: document.body.textContent?.length ?? 0,
      paragraphs: document.getElementsByTagName('p').length,
    }));
    const frames = options.frameCost ? (await frameCostMs(page)).sort((a, b) => a - b) : [];
    const heap = options.heap ? await heapAfterGc(cdp) : null;
    return {
      slices: stats,
      rest,
      termsAtLoad,
      longTasks: longTaskStats(tasks),
      longTasksDuringOurs: longTaskStats(during),
      terms,
      complete,
      heap,
      page: pageStats,
      frameCostMs: frames.length ? (frames[frames.length >> 1] as number) : null,
      longestReportedMs,
    };
  } finally {
    await page.close();
  }
}

/**
 * Asks page-terms (as the popup does), which has the annotator read the rest of the page, and
 * again every 100 ms until the answer is complete (30 s at most): the first answer and the last.
 */
export async function readToEnd(
  browser: BenchBrowser,
  page: Page,
): Promise<{ first: PageTermsResponse; last: PageTermsResponse }> {
  const first = await pageTermsOf(browser.context, page.url());
  let last = first;
  for (let i = 0; i < 300 && !last.complete; i++) {
    await page.waitForTimeout(100);
    last = await pageTermsOf(browser.context, page.url());
  }
  return { first, last };
}

export type Baseline = 'mark.js' | 'naive' | 'floor' | 'floor-cs';

export async function baselineRun(
  browser: BenchBrowser,
  url: string,
  which: Baseline,
  aliases: BenchAlias[],
): Promise<BaselineResult> {
  const { page } = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    if (which === 'mark.js') await page.addScriptTag({ path: 'node_modules/mark.js/dist/mark.min.js' });
    if (which === 'mark.js') return await inPage(page, runMarkJs, aliases);
    if (which === 'naive') return await inPage(page, runNaiveRegExps, aliases);
    if (which === 'floor-cs') return await runContentScriptFloor(page);
    return await inPage(page, runFloor, undefined);
  } finally {
    await page.close();
  }
}

export type ScrollRun = {
  /** Our slices while the page was scrolled from top to end, a screen at a time. */
  slices: ReturnType<typeof sliceStats>;
  screens: number;
  /** Whether scrolling alone had the page read to the end (page-terms asked only afterwards). */
  completeByScrolling: boolean;
};

/**
 * With the extension: the page loaded, then scrolled to its end a screen per frame and a bit (a
 * fast reader, faster than reading): the slices that read the page as it comes near.
 */
export async function scrollRun(browser: BenchBrowser, url: string, readFirst = false): Promise<ScrollRun> {
  const { page } = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, true, {});
    if (readFirst) {
      // The whole page read before the scroll: what scrolling costs without any reading.
      await readToEnd(browser, page);
      await settle(page, true, {});
    }
    const from = (await readTimeline(page)).now;
    const screens = await page.evaluate(async () => {
      let count = 0;
      // A stalled frame clock (a background tab) must not hang the benchmark.
      const deadline = performance.now() + 120_000;
      while (scrollY + innerHeight < document.documentElement.scrollHeight - 1 && performance.now() < deadline) {
        scrollBy(0, innerHeight);
        count++;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 16)));
      }
      return count;
    });
    await settle(page, true, {});
    const slices = sliceStats((await readTimeline(page)).slices.filter((s) => s.start >= from));
    const { complete } = await pageTermsOf(browser.context, page.url());
    return { slices, screens, completeByScrolling: complete };
  } finally {
    await page.close();
  }
}
