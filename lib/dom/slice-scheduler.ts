/**
 * DOM: runs work in slices of a few milliseconds so no task of ours blocks the page, and
 * measures each slice (in a bench build) so a profiler or benchmark can attribute it.
 */
import { benchMeasure, SLICE_MEASURE } from './bench-marks';

export type SliceWork = (deadline: number) => boolean;

type SchedulerLike = { yield?: () => Promise<void> };

function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class SliceScheduler {
  private queue: SliceWork[] = [];
  private running = false;
  private stopped = false;
  /** Longest slice so far, in ms: reported by tests and the benchmark. */
  longestSliceMs = 0;
  slices = 0;

  constructor(
    private readonly budgetMs = 6,
    /** Runs at the end of every slice (e.g. to redraw highlights once per slice). */
    private readonly afterSlice: () => void = () => {},
  ) {}

  get idle(): boolean {
    return !this.running && this.queue.length === 0;
  }

  /** Queues `work`; it is called with a deadline and returns true while it has more to do. */
  add(work: SliceWork): void {
    if (this.stopped) return;
    this.queue.push(work);
    if (!this.running) void this.run();
  }

  /** Queues `work` ahead of everything else: what the work running now has just split off. */
  addFirst(work: SliceWork): void {
    if (this.stopped) return;
    this.queue.unshift(work);
    if (!this.running) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0 && !this.stopped) {
        const start = performance.now();
        const deadline = start + this.budgetMs;
        while (this.queue.length > 0 && performance.now() < deadline) {
          const work = this.queue[0] as SliceWork;
          // By identity: the work may have queued other work ahead of itself.
          if (!work(deadline)) this.queue.splice(this.queue.indexOf(work), 1);
        }
        this.afterSlice();
        const end = performance.now();
        this.longestSliceMs = Math.max(this.longestSliceMs, end - start);
        this.slices++;
        benchMeasure(SLICE_MEASURE, start, end);
        await nextTurn();
      }
    } finally {
      this.running = false;
    }
  }

  stop(): void {
    this.stopped = true;
    this.queue = [];
  }
}
