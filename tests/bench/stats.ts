/** Summaries of repeated runs: median with min and max, never a mean (one slow run would skew it). */
export type Summary = { median: number; min: number; max: number; runs: number };

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, runs: sorted.length };
}

/** `12.3 (11.8–13.0)` with `digits` decimals. */
export function formatSummary(s: Summary, digits = 1, unit = ''): string {
  if (s.runs === 0) return 'n/a';
  const f = (v: number) => `${v.toFixed(digits)}${unit}`;
  return `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

/** Ratio of two medians, e.g. ours / mark.js. */
export function ratio(a: Summary, b: Summary): number {
  return a.median / b.median;
}
