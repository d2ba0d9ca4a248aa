/**
 * DOM: re-reads what the page changes after it was read, through a MutationObserver: added text
 * gains marks, removed text loses them, an element made editable loses its marks (and gets them
 * back when it is plain again). A large change is re-read over several slices, block by block.
 */
import type { BlockMarker } from './block-marker';
import { enclosingBlock, forEachText, leavesLinesAsTheyWere, placeOfRemoval } from './change-scope';
import type { SliceScheduler } from './slice-scheduler';
import type { TermHighlights } from './term-highlights';
import { isReadableElement, isSkippedElement, type SkipTest, type TextBlock, textBlocks } from './text-blocks';

/** What the rest of the annotator hears of a change. */
export type PageChangeHooks = {
  /** Elements were added, or contenteditable set or removed: an editable region may have come or gone. */
  structureChanged: () => void;
  /** The page took `removed` out; `place` tells where it stood (change-scope.ts placeOfRemoval). */
  removed: (removed: Node, place: () => Node) => void;
};

export type MutationRescanOptions = {
  document: Document;
  isOwnUi: SkipTest;
  highlights: TermHighlights;
  scheduler: SliceScheduler;
  marker: BlockMarker;
  hooks: PageChangeHooks;
};

/**
 * Whether the slice is over, asked after every block: the clock is read at every fourth (from a
 * content script, reading it costs about as much as matching a short block), so a slice may run
 * at most three short blocks past its deadline.
 */
export function pastDeadline(blocksDone: number, deadline: number): boolean {
  return (blocksDone & 3) === 0 && performance.now() >= deadline;
}

export class MutationRescan {
  private readonly observer: MutationObserver;
  private readonly pendingRoots = new Set<Node>();
  /** The changed subtree being re-read, kept across slices so no slice runs over its budget. */
  private rescan: { root: Node; blocks: Generator<TextBlock>; readable: boolean } | null = null;

  constructor(private readonly options: MutationRescanOptions) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** True when no change waits to be re-read. */
  get idle(): boolean {
    return this.pendingRoots.size === 0 && this.rescan === null;
  }

  start(): void {
    this.observer.observe(this.options.document.documentElement, {
      childList: true,
      characterData: true,
      subtree: true,
      // An element made editable (or no longer) is read again: its marks go (or come back).
      attributeFilter: ['contenteditable'],
    });
  }

  stop(): void {
    this.observer.disconnect();
    this.pendingRoots.clear();
    this.rescan = null;
  }

  private onMutations(records: MutationRecord[]): void {
    const { highlights, isOwnUi, marker, hooks } = this.options;
    for (const record of records) {
      if (record.type === 'attributes' || record.addedNodes.length > 0) hooks.structureChanged();
      for (const removed of record.removedNodes) {
        forEachText(removed, (t) => highlights.removeNode(t));
        hooks.removed(removed, () => placeOfRemoval(record, isOwnUi));
      }
      const target = record.target;
      // Changed text in a long block being marked: its offsets no longer hold; the re-read below marks it anew.
      if (record.type === 'characterData') marker.textChanged(target);
      if (target.nodeType === Node.ELEMENT_NODE && isOwnUi(target as Element)) continue;
      // Made editable or no longer: its marks go, and the re-read below gives back what may stay.
      if (record.type === 'attributes') forEachText(target, (t) => highlights.removeNode(t));
      // A removal where a re-read is under way may end its walk early: read that subtree once more after.
      if (record.removedNodes.length > 0 && this.rescan?.root.contains(target)) this.pendingRoots.add(this.rescan.root);
      if (record.type === 'childList' && leavesLinesAsTheyWere(record, isOwnUi)) {
        // Whole blocks added or removed (a feed's new posts, a re-rendered item): only they are read.
        for (const added of record.addedNodes) {
          if (added.nodeType === Node.ELEMENT_NODE && !isSkippedElement(added as Element, isOwnUi)) {
            this.pendingRoots.add(added);
          }
        }
        continue;
      }
      this.pendingRoots.add(target.nodeType === Node.TEXT_NODE ? (target.parentNode ?? target) : target);
    }
    if (this.pendingRoots.size > 0) this.options.scheduler.add((deadline) => this.rescanPending(deadline));
  }

  /**
   * Re-reads each changed subtree's enclosing block, so a name split over nodes is seen whole; a
   * large subtree is read over several slices, block by block.
   */
  private rescanPending(deadline: number): boolean {
    const { isOwnUi, highlights, marker } = this.options;
    // The page runs between slices: a subtree it has taken out since is not read further.
    if (this.rescan && !this.rescan.root.isConnected) this.rescan = null;
    for (let i = 1; !pastDeadline(i, deadline); i++) {
      if (!this.rescan) {
        const next = this.pendingRoots.values().next();
        if (next.done) return false;
        this.pendingRoots.delete(next.value);
        if (!next.value.isConnected) continue;
        const scope = enclosingBlock(next.value);
        // textBlocks never yields text inside skipped content below the scope, so whether its
        // text may be marked is decided once, by the scope and what lies above it.
        const readable = scope.nodeType !== Node.ELEMENT_NODE || isReadableElement(scope as Element, isOwnUi);
        this.rescan = { root: scope, blocks: textBlocks(scope, isOwnUi), readable };
      }
      const step = this.rescan.blocks.next();
      if (step.done) {
        this.rescan = null;
        continue;
      }
      const block = step.value;
      if (!this.rescan.readable) {
        for (const n of block.nodes) highlights.removeNode(n);
        continue;
      }
      // A long block is marked by work of its own, queued ahead: it runs next.
      if (marker.markOne(block)) return true;
    }
    return true;
  }
}
