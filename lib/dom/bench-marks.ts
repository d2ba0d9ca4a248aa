/**
 * DOM: the measures the benchmark (tests/bench) reads from the page's Performance timeline. Only a
 * bench build takes them: `MW_BENCH=1` makes wxt.config.ts define `__MW_BENCH__` as true. In any
 * other build it is false, and the bundler leaves these calls, their timers and their names out.
 */

/** Compile-time constant (Vite `define`): true in a bench build only. */
declare const __MW_BENCH__: boolean;

/** A slice of our work on the page (reading, marking, setting up). */
export const SLICE_MEASURE = 'missiewijzer:slice';
/** Hover-intent delay end → the card is in the DOM. */
export const CARD_SHOWN_MEASURE = 'missiewijzer:card-shown';
/** Hover-intent delay end → the card is painted. */
export const CARD_PAINTED_MEASURE = 'missiewijzer:card-painted';

/** Measures `name` from `start` to `end` (now, if left out), in a bench build only. */
export function benchMeasure(name: string, start: number, end?: number): void {
  if (!__MW_BENCH__) return;
  performance.measure(name, { start, end: end ?? performance.now() });
}

/**
 * Measures `name` from `start` to after the next paint (a task queued from the next animation
 * frame runs after that frame's paint), in a bench build only: it costs two timers.
 */
export function benchMeasureAfterPaint(view: Window, name: string, start: number): void {
  if (!__MW_BENCH__) return;
  view.requestAnimationFrame(() => view.setTimeout(() => benchMeasure(name, start), 0));
}
