/**
 * DOM: the pass that reads the page from the top in document order, a slice at a time. It stops
 * a few screens below the viewport and waits there (read-ahead.ts) until the reader comes near,
 * or until every term is asked for; text the screen-first read took it passes over.
 */
import { type BlockMarker, nextBatch } from './block-marker';
import { type FrontierObserverFactory, frontierPlace, ReadAheadWatch } from './read-ahead';
import type { ScreenRead } from './screen-read';
import type { SliceScheduler } from './slice-scheduler';
import { mayHoldEditable, type SkipTest, type TextBlock, textBlocks } from './text-blocks';
import { firstVisibleNode, isBelow } from './viewport-geometry';

export type MainPassOptions = {
  document: Document;
  isOwnUi: SkipTest;
  scheduler: SliceScheduler;
  marker: BlockMarker;
  screen: ScreenRead;
  /** Screens below the viewport read ahead of the reader; Infinity reads the whole page at once. */
  screens: number;
  /** Default: the global IntersectionObserver, where there is one. */
  frontierObserver?: FrontierObserverFactory | null;
};

export class MainPass {
  /** Null while waiting: made again on resuming, from `resumeFrom`, as the page may change meanwhile. */
  private blocks: Generator<TextBlock> | null = null;
  /** The last text node read, to tell whether the page took away the walk's position between slices. */
  private last: Text | null = null;
  /** Where reading goes on after a wait: the last block read (read again, so it is whole), or where the page took it from. */
  private resumeFrom: Node | null = null;
  private toEnd: boolean;
  /** True while a read is queued (or waits for the next frame): work is pending. */
  queued = false;
  /** Queued for after the browser's next frame (the first read). */
  private afterFrame = false;
  /** True once the page is read to its end. */
  done = false;
  private stopped = false;
  private watch: ReadAheadWatch | null = null;
  private waiters: (() => void)[] = [];
  /**
   * Whether the page may hold an editable region (text-blocks.ts mayHoldEditable), kept between
   * reads: asking searches the whole document. Null: ask again, after the page added elements or
   * set contenteditable.
   */
  private editable: boolean | null = null;

  constructor(private readonly options: MainPassOptions) {
    this.toEnd = !Number.isFinite(options.screens);
  }

  /** Starts watching the viewport, reads the screen first when the page opens scrolled, and queues the first read. */
  start(): void {
    const { document, isOwnUi, screens } = this.options;
    if (!this.toEnd) {
      this.watch = new ReadAheadWatch(document, () => this.onViewportMove(), screens, this.options.frontierObserver);
    }
    const viewportStart = firstVisibleNode(document, isOwnUi);
    if (viewportStart) this.options.screen.read(viewportStart);
    this.queue(true);
  }

  /** Reads the rest of the page now; resolves once it is read to the end (or the pass stops). */
  readAll(): Promise<void> {
    if (this.done) return Promise.resolve();
    this.toEnd = true;
    this.stopWatching();
    // Not waiting for a frame that a tab hidden meanwhile would not draw.
    if (this.afterFrame) {
      this.afterFrame = false;
      this.queued = false;
    }
    // Waiting before queueing: the first slice runs at once and may read to the end.
    const read = new Promise<void>((resolve) => this.waiters.push(resolve));
    this.queue();
    return read;
  }

  stop(): void {
    this.stopped = true;
    this.stopWatching();
    this.resolveWaiters();
  }

  /** The page added elements or changed contenteditable: whether it may hold an editable region is asked again. */
  structureChanged(): void {
    this.editable = null;
  }

  /** The page took `removed` out: if the pass waits after a block in it, it goes on from where that was. */
  removed(removed: Node, place: () => Node): void {
    const resumeFrom = !this.done && this.blocks === null ? this.resumeFrom : null;
    if (resumeFrom && (removed === resumeFrom || removed.contains(resumeFrom))) this.resumeFrom = place();
  }

  private get root(): Node {
    const { document } = this.options;
    return document.body ?? document.documentElement;
  }

  private blocksFrom(from: Node | null): Generator<TextBlock> {
    const { document, isOwnUi } = this.options;
    const root = this.root;
    this.editable ??= mayHoldEditable(root, document);
    // Design mode is a property, not an attribute the observer sees: asked every time (it is cheap).
    const editable = this.editable || document.designMode === 'on';
    return textBlocks(root, isOwnUi, {
      accept: this.options.screen.unseen(),
      from: from ?? undefined,
      editable,
      skipBlank: true,
    });
  }

  /**
   * `afterFrame`: the first read asks where blocks are, which lays the page out if it is not yet.
   * After the browser's next frame that is done, by the browser as it would anyway, not inside a
   * slice of ours (a 1 MB page's first layout took 15–30 ms there). A hidden tab has no frames.
   */
  private queue(afterFrame = false): void {
    if (this.stopped || this.done || this.queued) return;
    this.queued = true;
    const read = () => this.options.scheduler.add((deadline) => this.read(deadline));
    const { document } = this.options;
    const view = document.defaultView;
    if (afterFrame && !this.toEnd && view && document.visibilityState === 'visible') {
      this.afterFrame = true;
      view.requestAnimationFrame(() =>
        view.setTimeout(() => {
          if (this.stopped || !this.afterFrame) return;
          this.afterFrame = false;
          read();
        }, 0),
      );
    } else {
      read();
    }
  }

  /** Reads on in document order until below the read-ahead area (or to the end), a slice at a time. */
  private read(deadline: number): boolean {
    if (!this.blocks) {
      const from = this.resumeFrom?.isConnected ? this.resumeFrom : null;
      this.blocks = this.blocksFrom(from);
      this.last = null;
    } else if (this.last && !this.last.isConnected) {
      // A walker whose position the page removed would stop early: start over. What this pass read
      // before is read again (marking a block twice gives the same marks); this is rare.
      this.blocks = this.blocksFrom(null);
      this.last = null;
    }
    const view = this.options.document.defaultView;
    const limit = this.toEnd || !view ? Number.POSITIVE_INFINITY : view.innerHeight * (1 + this.options.screens);
    // The walk leaves blank blocks out (skipBlank), so no block is asked where it is for nothing:
    // each question is a call into the browser.
    const pastLimit = limit === Number.POSITIVE_INFINITY ? () => false : (block: TextBlock) => isBelow(block, limit);
    for (;;) {
      const { batch, end } = nextBatch(this.blocks, pastLimit);
      const lastBlock = batch[batch.length - 1];
      if (lastBlock) this.last = lastBlock.nodes[lastBlock.nodes.length - 1] ?? null;
      const split = this.options.marker.markBatch(batch);
      if (end === 'done') {
        this.done = true;
        this.queued = false;
        this.stopWatching();
        this.resolveWaiters();
        return false;
      }
      if (end === 'stopped' && lastBlock) {
        this.queued = false;
        this.blocks = null;
        this.resumeFrom = lastBlock.element;
        this.watch?.watch(lastBlock.element);
        return false;
      }
      // A long block is marked by work of its own, queued ahead: it runs next.
      if (split || performance.now() >= deadline) return true;
    }
  }

  /** The viewport moved (or the page around it changed): read on if the reader came near the frontier. */
  private onViewportMove(): void {
    const { document, isOwnUi, screen, screens } = this.options;
    const view = document.defaultView;
    if (this.stopped || this.done || this.queued || !view) return;
    const frontier = this.resumeFrom;
    const place =
      frontier?.nodeType === Node.ELEMENT_NODE && frontier.isConnected
        ? frontierPlace((frontier as Element).getBoundingClientRect().top, view.innerHeight, screens)
        : 'near';
    if (place === 'beyond') return;
    // Far past what is read (a link into the page, a long scroll): the screen first.
    if (place === 'jumped' && !screen.pending) {
      const start = firstVisibleNode(document, isOwnUi);
      if (start) screen.read(start);
    }
    this.queue();
  }

  private stopWatching(): void {
    this.watch?.stop();
    this.watch = null;
  }

  private resolveWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
