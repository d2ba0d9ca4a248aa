/**
 * DOM: finds the terms on a page and marks them, without changing the page. The text is read
 * in slices (visible part first), and a MutationObserver re-reads what the page changes later:
 * added text gains marks, removed text loses them.
 */
import { findMatches, findMatchesInTexts, type Matcher, type TermMatch } from '../matcher';
import { SliceScheduler } from './slice-scheduler';
import type { MarkedTerm, TermHighlights } from './term-highlights';
import {
  domPosition,
  isInlineElement,
  isReadableElement,
  isSkippedElement,
  type SkipTest,
  type TextBlock,
  textBlocks,
} from './text-blocks';

export type AnnotatorOptions = {
  document: Document;
  matcher: Matcher;
  highlights: TermHighlights;
  isOwnUi: SkipTest;
  /** Which matches to mark (settings: muted terms, the abbreviations layer). */
  accept?: (match: TermMatch) => boolean;
  sliceBudgetMs?: number;
};

/**
 * Blocks matched together: the pre-filter reads them as one text, so a paragraph without a name
 * costs no call of its own. Small enough that a batch stays well inside a slice.
 */
export const MATCH_BATCH = { blocks: 32, chars: 16_384 } as const;

export class Annotator {
  private readonly scheduler: SliceScheduler;
  private readonly observer: MutationObserver;
  private readonly pendingRoots = new Set<Node>();
  /** The changed subtree being re-read, kept across slices so no slice runs over its budget. */
  private rescan: { root: Node; blocks: Generator<TextBlock>; readable: boolean } | null = null;
  private started = false;

  constructor(private readonly options: AnnotatorOptions) {
    this.scheduler = new SliceScheduler(options.sliceBudgetMs, () => options.highlights.flush());
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** False while text remains to be read. */
  get complete(): boolean {
    return this.scheduler.idle && this.pendingRoots.size === 0 && this.rescan === null;
  }

  get longestSliceMs(): number {
    return this.scheduler.longestSliceMs;
  }

  /** The marked terms as shown, in document order. */
  terms(): MarkedTerm[] {
    return this.options.highlights.shown();
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    const { document } = this.options;
    const body = document.body ?? document.documentElement;
    this.observer.observe(document.documentElement, { childList: true, characterData: true, subtree: true });
    const viewportStart = firstVisibleNode(document, this.options.isOwnUi);
    if (viewportStart) {
      const seen = new WeakSet<Text>();
      this.scanFrom(body, seen, viewportStart, true);
      this.scanFrom(body, seen);
    } else {
      this.scanFrom(body, null);
    }
  }

  stop(): void {
    this.observer.disconnect();
    this.scheduler.stop();
    this.pendingRoots.clear();
    this.rescan = null;
    this.options.highlights.clear();
  }

  /**
   * Reads the blocks under `root` in slices; `untilBelowViewport` stops after the screen is covered.
   * Only that first pass over the screen records what it read in `seen`, for the full pass to
   * pass over: the full pass reads each node once, in order.
   */
  private scanFrom(root: Node, seen: WeakSet<Text> | null, from?: Node, untilBelowViewport = false): void {
    const unseen = seen && !untilBelowViewport ? (node: Text) => !seen.has(node) : undefined;
    let blocks = textBlocks(root, this.options.isOwnUi, unseen, from);
    let last: Text | undefined;
    const viewportBottom = this.options.document.defaultView?.innerHeight ?? 0;
    this.scheduler.add((deadline) => {
      // A walker whose position the page removed would stop early: start over. What this pass read
      // before is read again (marking a block twice gives the same marks); this is rare.
      if (last && !last.isConnected && !untilBelowViewport) blocks = textBlocks(root, this.options.isOwnUi, unseen);
      for (;;) {
        const batch: TextBlock[] = [];
        let chars = 0;
        let done = false;
        while (batch.length < MATCH_BATCH.blocks && chars < MATCH_BATCH.chars) {
          const next = blocks.next();
          if (next.done) {
            done = true;
            break;
          }
          const block = next.value;
          batch.push(block);
          chars += block.text.length;
          if (untilBelowViewport) {
            for (const node of block.nodes) seen?.add(node);
            if (isBelow(block, viewportBottom)) {
              done = true;
              break;
            }
          }
        }
        const lastBlock = batch[batch.length - 1];
        if (lastBlock) last = lastBlock.nodes[lastBlock.nodes.length - 1];
        this.markBlocks(batch);
        if (done) return false;
        if (performance.now() >= deadline) return true;
      }
    });
  }

  /** Matches a batch of blocks at once (the pre-filter reads them as one text) and marks each. */
  private markBlocks(batch: readonly TextBlock[]): void {
    if (batch.length === 0) return;
    const matches = findMatchesInTexts(
      this.options.matcher,
      batch.map((block) => block.text),
    );
    for (let i = 0; i < batch.length; i++) this.markBlock(batch[i] as TextBlock, matches[i] ?? []);
  }

  private markBlock(block: TextBlock, matches: readonly TermMatch[]): void {
    const { highlights, accept } = this.options;
    for (const node of block.nodes) highlights.removeNode(node);
    // A walk resumed in a later slice may hold a node the page has removed since: only the
    // block's first node can be one, as a block's other nodes are read in the slice that marks
    // it. The removal's own record has the rest of that block re-read. Asked only when there is
    // something to mark: most blocks have nothing, and each question is a call into the browser.
    if (matches.length === 0 || !block.nodes[0]?.isConnected) return;
    for (const match of matches) {
      if (accept && !accept(match)) continue;
      const start = domPosition(block, match.start, false);
      const end = domPosition(block, match.end, true);
      const range = this.options.document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      highlights.add({ range, match, startNode: start.node, endNode: end.node, block: block.element });
    }
  }

  private onMutations(records: MutationRecord[]): void {
    const { highlights, isOwnUi } = this.options;
    for (const record of records) {
      for (const removed of record.removedNodes) forEachText(removed, (t) => highlights.removeNode(t));
      const target = record.target;
      if (target.nodeType === Node.ELEMENT_NODE && isOwnUi(target as Element)) continue;
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
    if (this.pendingRoots.size > 0) this.scheduler.add((deadline) => this.rescanPending(deadline));
  }

  /**
   * Re-reads each changed subtree's enclosing block, so a name split over nodes is seen whole; a
   * large subtree is read over several slices, block by block.
   */
  private rescanPending(deadline: number): boolean {
    const { isOwnUi, highlights } = this.options;
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
      this.markBlock(block, findMatches(this.options.matcher, block.text));
    }
    return true;
  }
}

/**
 * True when a childList change cannot alter the text of the lines around it, so reading the
 * added nodes alone gives the same marks as re-reading the whole target: the target is a block
 * (not inline), every node added or removed is a non-inline element (or a comment), and on at
 * least one side of the change no text of the target's own line lies before the line ends (at
 * the target's edge, or at an element whose text forms blocks of its own). Then no line of the
 * target is split or joined; at most whitespace moves at a line's end.
 */
function leavesLinesAsTheyWere(record: MutationRecord, isOwnUi: SkipTest): boolean {
  const target = record.target;
  if (target.nodeType !== Node.ELEMENT_NODE || isInlineElement(target as Element)) return false;
  const wholeBlocks = (nodes: NodeList) => {
    for (const node of nodes) {
      if (node.nodeType === Node.COMMENT_NODE) continue;
      if (node.nodeType !== Node.ELEMENT_NODE || isInlineElement(node as Element)) return false;
    }
    return true;
  };
  if (!wholeBlocks(record.addedNodes) || !wholeBlocks(record.removedNodes)) return false;
  let before = record.previousSibling;
  let after = record.nextSibling;
  const first = record.addedNodes[0];
  if (!before && !after && first?.parentNode === target) {
    // No siblings recorded: an insertion into an empty parent, or a DOM that does not record them
    // (happy-dom). The nodes around the insertion now are the same or more: as safe or safer.
    before = first.previousSibling;
    after = record.addedNodes[record.addedNodes.length - 1]?.nextSibling ?? null;
  }
  return (
    !lineTextBeyond(before, (n) => n.previousSibling, isOwnUi) || !lineTextBeyond(after, (n) => n.nextSibling, isOwnUi)
  );
}

/** Walking from `start` away from a change: whether text of the parent's own line comes before the line ends. */
function lineTextBeyond(start: Node | null, step: (node: Node) => Node | null, isOwnUi: SkipTest): boolean {
  for (let node = start; node; node = step(node)) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (/^\s*$/u.test((node as Text).data)) continue;
      return true;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    // An inline element may hold text of this line (or a block inside it): assume it does.
    if (isInlineElement(element)) return true;
    // Skipped content, <br>, or a block without text only put a separator in the line.
    if (isSkippedElement(element, isOwnUi)) continue;
    if (!textBlocks(element, isOwnUi).next().done) return false;
  }
  return false;
}

/**
 * Whether the slice is over, asked after every block: the clock is read at every fourth (from a
 * content script, reading it costs about as much as matching a short block), so a slice may run
 * at most three short blocks past its deadline.
 */
function pastDeadline(blocksDone: number, deadline: number): boolean {
  return (blocksDone & 3) === 0 && performance.now() >= deadline;
}

function forEachText(node: Node, visit: (text: Text) => void): void {
  if (node.nodeType === Node.TEXT_NODE) {
    visit(node as Text);
    return;
  }
  const doc = node.ownerDocument;
  if (!doc) return;
  const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) visit(t as Text);
}

function enclosingBlock(node: Node): Node {
  let current: Node = node;
  while (current.parentNode && current.nodeType === Node.ELEMENT_NODE && isInlineElement(current as Element)) {
    current = current.parentNode;
  }
  return current;
}

/**
 * Where to read first when the page opens scrolled (a reload, a #fragment): the block around the
 * element at the top of the viewport, so no line is read from its middle, and outside any
 * skipped content there (a form field or code block at the top is not read). Null: read from the start.
 */
function firstVisibleNode(document: Document, isOwnUi: SkipTest): Node | null {
  const view = document.defaultView;
  const body = document.body;
  if (!view || !body || view.scrollY === 0) return null;
  const top = document.elementFromPoint(view.innerWidth / 2, 1);
  if (!top || !body.contains(top)) return null;
  let start: Element = top;
  for (let el: Element | null = top; el && el !== body; el = el.parentElement) {
    if (isSkippedElement(el, isOwnUi)) start = el.parentElement ?? body;
  }
  while (start !== body && isInlineElement(start) && start.parentElement) start = start.parentElement;
  return start === body ? null : start;
}

function isBelow(block: TextBlock, viewportBottom: number): boolean {
  const element = block.nodes[0]?.parentElement;
  return !!element && element.getBoundingClientRect().top > viewportBottom;
}
