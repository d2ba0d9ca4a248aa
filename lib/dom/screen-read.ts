/**
 * DOM: reads the text on screen before the main pass gets there (the page opened scrolled, or the
 * reader jumped far past what is read), recording what it reads so the main pass passes over it.
 */
import { type BlockMarker, nextBatch } from './block-marker';
import type { SliceScheduler } from './slice-scheduler';
import { type SkipTest, type TextBlock, textBlocks } from './text-blocks';
import { isBelow } from './viewport-geometry';

export class ScreenRead {
  /** Text read here, which the main pass then passes over. Made on the first read. */
  private seen: WeakSet<Text> | null = null;
  /** True while a read of the screen is queued or under way. */
  pending = false;

  constructor(
    private readonly document: Document,
    private readonly isOwnUi: SkipTest,
    private readonly scheduler: SliceScheduler,
    private readonly marker: BlockMarker,
  ) {}

  /** What the main pass still has to read, or undefined (all of it) while no screen was read. */
  unseen(): ((node: Text) => boolean) | undefined {
    const seen = this.seen;
    return seen ? (node: Text) => !seen.has(node) : undefined;
  }

  /** Reads the blocks on screen from `from` (a block's start) down to the first below the viewport. */
  read(from: Node): void {
    this.seen ??= new WeakSet();
    const seen = this.seen;
    const document = this.document;
    const blocks = textBlocks(document.body ?? document.documentElement, this.isOwnUi, {
      accept: (node) => !seen.has(node),
      from,
      skipBlank: true,
    });
    const viewportBottom = document.defaultView?.innerHeight ?? 0;
    this.pending = true;
    const recordUntilBelow = (block: TextBlock) => {
      for (const node of block.nodes) seen.add(node);
      return isBelow(block, viewportBottom);
    };
    this.scheduler.add((deadline) => {
      for (;;) {
        const { batch, end } = nextBatch(blocks, recordUntilBelow);
        const split = this.marker.markBatch(batch);
        if (end !== null) {
          this.pending = false;
          return false;
        }
        if (split || performance.now() >= deadline) return true;
      }
    });
  }
}
