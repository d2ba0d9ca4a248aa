/**
 * The slice scheduler on a fake clock: `performance.now()` advances only as the work says it
 * spent time, and the turn between slices (setTimeout, or scheduler.yield where there is one) is
 * a fake timer the test lets run.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SliceScheduler } from '../../../lib/dom/slice-scheduler';

let now = 0;

beforeEach(() => {
  now = 0;
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  vi.spyOn(performance, 'measure').mockImplementation(() => undefined as unknown as PerformanceMeasure);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Work of `steps` steps of `ms` each, recording the deadline it was given at every step. */
function steps(log: string[], name: string, count: number, ms: number) {
  let left = count;
  return (deadline: number) => {
    for (;;) {
      now += ms;
      left--;
      log.push(`${name}@${now}/${deadline}`);
      if (left === 0) return false;
      if (now >= deadline) return true;
    }
  };
}

/** Lets the slices run until the queue is empty. */
async function drain(scheduler: SliceScheduler): Promise<void> {
  for (let i = 0; i < 100 && !scheduler.idle; i++) await vi.advanceTimersToNextTimerAsync();
}

describe('SliceScheduler', () => {
  it('runs the first slice at once, and yields to the page between slices', async () => {
    const log: string[] = [];
    const scheduler = new SliceScheduler(6);
    scheduler.add(steps(log, 'a', 5, 4));
    // The first slice ran synchronously: until its deadline (6 ms), then it yielded.
    expect(log).toEqual(['a@4/6', 'a@8/6']);
    expect(scheduler.idle).toBe(false);
    expect(scheduler.slices).toBe(1);
    // Nothing more until the page has had its turn.
    await Promise.resolve();
    expect(log).toHaveLength(2);
    await drain(scheduler);
    // Each slice's deadline is one budget after where it began.
    expect(log.slice(2)).toEqual(['a@12/14', 'a@16/14', 'a@20/22']);
    expect(scheduler.slices).toBe(3);
    expect(scheduler.idle).toBe(true);
  });

  it('gives each slice a deadline one budget after its start, and runs the next work in the same slice while time is left', async () => {
    const log: string[] = [];
    const scheduler = new SliceScheduler(10);
    // Queued while nothing runs: the first runs at once; the second is queued behind it.
    scheduler.add(steps(log, 'a', 1, 3));
    scheduler.add(steps(log, 'b', 1, 3));
    expect(log).toEqual(['a@3/10']);
    await drain(scheduler);
    expect(log).toEqual(['a@3/10', 'b@6/13']);
  });

  it('stops a slice at its budget even when the next work is short', async () => {
    const log: string[] = [];
    const scheduler = new SliceScheduler(5);
    scheduler.add((deadline) => {
      now += 5;
      log.push(`long@${now}/${deadline}`);
      return false;
    });
    scheduler.add(steps(log, 'short', 1, 1));
    scheduler.add(steps(log, 'later', 1, 1));
    await drain(scheduler);
    // 'long' used the whole first slice: 'short' starts the second.
    expect(log).toEqual(['long@5/5', 'short@6/10', 'later@7/10']);
  });

  it('runs work queued with addFirst before what was queued earlier, then goes on with the rest', async () => {
    const order: string[] = [];
    const scheduler = new SliceScheduler(100);
    let splitOff = false;
    scheduler.add(() => {
      order.push('parent');
      if (!splitOff) {
        splitOff = true;
        // What the running work splits off runs next, ahead of the work queued behind it.
        scheduler.addFirst(() => {
          order.push('split');
          return false;
        });
        return true;
      }
      return false;
    });
    scheduler.add(() => {
      order.push('other');
      return false;
    });
    await drain(scheduler);
    expect(order).toEqual(['parent', 'split', 'parent', 'other']);
  });

  it('records the longest slice and calls afterSlice once at the end of each slice', async () => {
    const after: number[] = [];
    const scheduler = new SliceScheduler(6, () => after.push(now));
    scheduler.add(steps([], 'a', 1, 2));
    await drain(scheduler);
    // A slice may run past its deadline by its last step: the longest is what it took.
    scheduler.add(steps([], 'b', 2, 9));
    await drain(scheduler);
    expect(after).toEqual([2, 11, 20]);
    expect(scheduler.slices).toBe(3);
    expect(scheduler.longestSliceMs).toBe(9);
  });

  it('uses scheduler.yield for the turn between slices where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    (globalThis as { scheduler?: unknown }).scheduler = { yield: yielded };
    try {
      const scheduler = new SliceScheduler(1);
      scheduler.add(steps([], 'a', 3, 1));
      await vi.waitFor(() => expect(scheduler.idle).toBe(true));
      expect(yielded).toHaveBeenCalledTimes(3);
    } finally {
      delete (globalThis as { scheduler?: unknown }).scheduler;
    }
  });

  it('runs nothing more once stopped, and accepts no new work', async () => {
    const log: string[] = [];
    const scheduler = new SliceScheduler(2);
    scheduler.add(steps(log, 'a', 10, 2));
    expect(log).toEqual(['a@2/2']);
    scheduler.stop();
    scheduler.add(steps(log, 'b', 1, 1));
    scheduler.addFirst(steps(log, 'c', 1, 1));
    await drain(scheduler);
    expect(log).toEqual(['a@2/2']);
    expect(scheduler.idle).toBe(true);
  });
});
