/**
 * The benchmark's measures, as a bench build takes them (the unit tests build with the flag on;
 * tests/e2e/production-bundle.test.ts checks a normal build leaves them out): a slice from its
 * start to its end, and a card from the intent delay's end to after the next paint.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  benchMeasure,
  benchMeasureAfterPaint,
  CARD_PAINTED_MEASURE,
  SLICE_MEASURE,
} from '../../../lib/dom/bench-marks';

afterEach(() => {
  performance.clearMeasures();
  vi.useRealTimers();
});

describe('benchMeasure', () => {
  it('measures from start to end', () => {
    const start = performance.now();
    benchMeasure(SLICE_MEASURE, start, start + 5);
    const [entry] = performance.getEntriesByName(SLICE_MEASURE);
    expect(entry?.startTime).toBe(start);
    expect(entry?.duration).toBe(5);
  });

  it('measures to now when no end is given', () => {
    const start = performance.now() - 20;
    benchMeasure(SLICE_MEASURE, start);
    const [entry] = performance.getEntriesByName(SLICE_MEASURE);
    expect(entry?.startTime).toBe(start);
    expect(entry?.duration).toBeGreaterThanOrEqual(20);
  });
});

describe('benchMeasureAfterPaint', () => {
  it('measures only in a task after the next animation frame', () => {
    // Timers only: the measure goes to the real Performance timeline.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const start = performance.now();
    benchMeasureAfterPaint(window, CARD_PAINTED_MEASURE, start);
    expect(performance.getEntriesByName(CARD_PAINTED_MEASURE)).toHaveLength(0);
    vi.advanceTimersToNextFrame();
    expect(performance.getEntriesByName(CARD_PAINTED_MEASURE)).toHaveLength(0);
    vi.advanceTimersByTime(1);
    const [entry] = performance.getEntriesByName(CARD_PAINTED_MEASURE);
    expect(entry?.startTime).toBe(start);
  });
});
