/**
 * What the page's own performance timeline says. In Chromium the content script's user-timing
 * entries land in the page's timeline (one Performance object per window, shared by the main
 * and the isolated world), so `performance.getEntriesByName('missiewijzer:slice')` evaluated in
 * the main world returns every slice the annotator measured. The long tasks come from the
 * observer each fixture installs at the top of its <head>.
 */
import { SLICE_MEASURE } from '../../lib/dom/bench-marks';
import { type EvalPage, inPage } from './in-page';

export type Interval = { start: number; duration: number };

export type Timeline = { slices: Interval[]; longTasks: Interval[]; marks: Record<string, number>; now: number };

export function readTimeline(page: EvalPage, markNames: string[] = []): Promise<Timeline> {
  return inPage(
    page,
    ([name, marks]: readonly [string, string[]]) => {
      const slices = performance.getEntriesByName(name).map((e) => ({ start: e.startTime, duration: e.duration }));
      const longTasks = (window as unknown as { __longtasks?: Interval[] }).__longtasks ?? [];
      const found: Record<string, number> = {};
      for (const m of marks) {
        const entry = performance.getEntriesByName(m)[0];
        if (entry) found[m] = entry.startTime;
      }
      return { slices, longTasks: [...longTasks], marks: found, now: performance.now() };
    },
    [SLICE_MEASURE, markNames] as const,
  );
}

/**
 * Waits until the annotator has been quiet for `quietMs` (no slice ended since) and, if given,
 * `ready` holds in the page. Polled from outside at a slow rate: each poll is a tiny task.
 */
export async function waitForQuiet(
  page: EvalPage,
  { quietMs = 500, timeoutMs = 30_000, expectSlices = true, readyGlobal = '' } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await inPage(
      page,
      ([name, ready]: readonly [string, string]) => {
        const entries = performance.getEntriesByName(name);
        const last = entries[entries.length - 1];
        const isReady = ready === '' || !!(window as unknown as Record<string, unknown>)[ready];
        return {
          count: entries.length,
          lastEnd: last ? last.startTime + last.duration : 0,
          now: performance.now(),
          ready: isReady && document.readyState === 'complete',
        };
      },
      [SLICE_MEASURE, readyGlobal] as const,
    );
    const sinceLast = state.now - state.lastEnd;
    if (state.ready && (!expectSlices || state.count > 0) && sinceLast >= quietMs) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`page did not go quiet within ${timeoutMs} ms`);
}

export type SliceStats = { count: number; sumMs: number; longestMs: number; spanMs: number };

export function sliceStats(slices: Interval[]): SliceStats {
  if (slices.length === 0) return { count: 0, sumMs: 0, longestMs: 0, spanMs: 0 };
  const first = slices[0] as Interval;
  const last = slices[slices.length - 1] as Interval;
  return {
    count: slices.length,
    sumMs: slices.reduce((s, x) => s + x.duration, 0),
    longestMs: Math.max(...slices.map((x) => x.duration)),
    spanMs: last.start + last.duration - first.start,
  };
}

export type LongTaskStats = { count: number; sumMs: number; longestMs: number };

export function longTaskStats(tasks: Interval[]): LongTaskStats {
  return {
    count: tasks.length,
    sumMs: tasks.reduce((s, x) => s + x.duration, 0),
    longestMs: tasks.length ? Math.max(...tasks.map((x) => x.duration)) : 0,
  };
}

/** Tasks that overlap [from, to]. */
export function overlapping(tasks: Interval[], from: number, to: number): Interval[] {
  return tasks.filter((t) => t.start < to && t.start + t.duration > from);
}
