/**
 * One page load per run, in a fresh tab: with the extension, the annotator's slices, the page's
 * long tasks and the heap once it is done; without it, the same page's long tasks and heap, and
 * the baselines, each on its own fresh load (cold, as the content script is on every page).
 */
import type { Page } from 'playwright-core';
import type { BenchAlias } from './aliases';
import { type BaselineResult, runFloor, runMarkJs, runNaiveRegExps } from './baselines';
import type { BenchBrowser } from './browser';
import { frameCostMs } from './frame-cost';
import { type HeapUsage, heapAfterGc } from './heap';
import { inPage } from './in-page';
import { pageTermsOf } from './page-terms';
import { type Interval, longTaskStats, overlapping, readTimeline, sliceStats, waitForQuiet } from './page-timeline';

export type LoadRun = {
  /** Slices of ours (all of them, or those after `phaseMark` when given). */
  slices: ReturnType<typeof sliceStats>;
  longTasks: ReturnType<typeof longTaskStats>;
  /** Long tasks that overlap the span of our slices (with the extension only). */
  longTasksDuringOurs: ReturnType<typeof longTaskStats>;
  terms: number;
  complete: boolean;
  heap: HeapUsage | null;
  /** The page once settled: elements, characters of text, paragraphs. */
  page: { elements: number; textChars: number; paragraphs: number };
  /** Median rendering cost of a frame in which the page changes one text node (ms). */
  frameCostMs: number | null;
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
    let complete = false;
    if (withExtension) {
      const answer = await pageTermsOf(browser.context, page.url());
      terms = answer.terms.length;
      complete = answer.complete;
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
      longTasks: longTaskStats(tasks),
      longTasksDuringOurs: longTaskStats(during),
      terms,
      complete,
      heap,
      page: pageStats,
      frameCostMs: frames.length ? (frames[frames.length >> 1] as number) : null,
    };
  } finally {
    await page.close();
  }
}

export type Baseline = 'mark.js' | 'naive' | 'floor';

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
    return await inPage(page, runFloor, undefined);
  } finally {
    await page.close();
  }
}
