/**
 * DOM: finds the terms on a page and marks them, without changing the page. The text is read
 * in slices, in document order (the screen first when the page opens scrolled), as far as a few
 * screens below the viewport; the rest as the reader comes near, or at once when every term is
 * asked for. A MutationObserver re-reads what the page changes later: added text gains marks,
 * removed text loses them.
 */
import {
  findKamerstukReferences,
  findMatches,
  findMatchesInTexts,
  type KamerstukReference,
  type Matcher,
  type TermMatch,
} from '../matcher';
import { LONG_TEXT_CHARS, matchLongText } from '../matcher/long-text';
import { type FrontierObserverFactory, frontierPlace, READ_AHEAD_SCREENS, ReadAheadWatch } from './read-ahead';
import { SliceScheduler } from './slice-scheduler';
import type { MarkedTerm, PageMatch, TermHighlights } from './term-highlights';
import {
  domPosition,
  isInlineElement,
  isReadableElement,
  isSkippedElement,
  mayHoldEditable,
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
  /** Also mark Kamerstuk references (a setting). */
  references?: boolean;
  sliceBudgetMs?: number;
  /** Screens below the viewport read ahead of the reader (READ_AHEAD_SCREENS); Infinity reads the whole page at once. */
  readAheadScreens?: number;
  /** Default: the global IntersectionObserver, where there is one. */
  frontierObserver?: FrontierObserverFactory | null;
  /**
   * Reads a block as something other than its text joined (the PDF reader: a page's text layer
   * as paragraphs of reading text, see lib/reader/reading-text.ts). Returns the blocks to match,
   * each mapping its offsets back (TextBlock.sourceOffset), or null to read the block as it is.
   */
  reading?: (block: TextBlock) => readonly TextBlock[] | null;
};

/**
 * Blocks matched together: the pre-filter reads them as one text, so a paragraph without a name
 * costs no call of its own. Small enough that a batch stays well inside a slice.
 */
export const MATCH_BATCH = { blocks: 32, chars: 16_384 } as const;

/**
 * The pass that reads the page from the top in document order. It stops a few screens below the
 * viewport and waits there until the reader comes near, or until every term is asked for.
 */
type MainPass = {
  /** Null while waiting: made again on resuming, from `resumeFrom`, as the page may change meanwhile. */
  blocks: Generator<TextBlock> | null;
  /** The last text node read, to tell whether the page took away the walk's position between slices. */
  last: Text | null;
  /** Where reading goes on after a wait: the last block read (read again, so it is whole), or where the page took it from. */
  resumeFrom: Node | null;
  toEnd: boolean;
  queued: boolean;
  /** Queued for after the browser's next frame (the first read). */
  afterFrame: boolean;
  done: boolean;
};

export class Annotator {
  private readonly scheduler: SliceScheduler;
  private readonly observer: MutationObserver;
  private readonly pendingRoots = new Set<Node>();
  /** The changed subtree being re-read, kept across slices so no slice runs over its budget. */
  private rescan: { root: Node; blocks: Generator<TextBlock>; readable: boolean } | null = null;
  private started = false;
  private main: MainPass | null = null;
  /** Text read ahead of the main pass (the screen, when it is not where the main pass stands), which that pass then passes over. */
  private seen: WeakSet<Text> | null = null;
  private screenPending = false;
  private watch: ReadAheadWatch | null = null;
  private waiters: (() => void)[] = [];
  /**
   * Whether the page may hold an editable region (text-blocks.ts mayHoldEditable), kept between the
   * main pass's reads: asking searches the whole document. Null: ask again, after the page added
   * elements or set contenteditable.
   */
  private editable: boolean | null = null;
  private readonly screens: number;
  /** Long blocks being marked a piece at a time, by their first node: a re-read of one cancels its earlier job. */
  private readonly longJobs = new Map<Text, { block: TextBlock; cancelled: boolean }>();

  constructor(private readonly options: AnnotatorOptions) {
    this.scheduler = new SliceScheduler(options.sliceBudgetMs, () => options.highlights.flush());
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.screens = options.readAheadScreens ?? READ_AHEAD_SCREENS;
  }

  /** False while text remains to be read, also text the annotator waits to read until the reader comes near. */
  get complete(): boolean {
    return this.idle && (this.main === null || this.main.done);
  }

  /** True when no work is queued: the page is read as far as it will be until the reader comes near. */
  get idle(): boolean {
    const waiting = this.main?.queued === true;
    return !waiting && this.scheduler.idle && this.pendingRoots.size === 0 && this.rescan === null;
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
    const { document, isOwnUi } = this.options;
    this.observer.observe(document.documentElement, {
      childList: true,
      characterData: true,
      subtree: true,
      // An element made editable (or no longer) is read again: its marks go (or come back).
      attributeFilter: ['contenteditable'],
    });
    const toEnd = !Number.isFinite(this.screens);
    this.main = { blocks: null, last: null, resumeFrom: null, toEnd, queued: false, afterFrame: false, done: false };
    if (!toEnd) {
      this.watch = new ReadAheadWatch(
        document,
        () => this.onViewportMove(),
        this.screens,
        this.options.frontierObserver,
      );
    }
    const viewportStart = firstVisibleNode(document, isOwnUi);
    if (viewportStart) this.readScreen(viewportStart);
    this.queueMain(true);
  }

  /** Reads the rest of the page now; resolves once it is read to the end (or the annotator stops). */
  readAll(): Promise<void> {
    const main = this.main;
    if (!main || main.done) return Promise.resolve();
    main.toEnd = true;
    this.watch?.stop();
    this.watch = null;
    // Not waiting for a frame that a tab hidden meanwhile would not draw.
    if (main.afterFrame) {
      main.afterFrame = false;
      main.queued = false;
    }
    // Waiting before queueing: the first slice runs at once and may read to the end.
    const read = new Promise<void>((resolve) => this.waiters.push(resolve));
    this.queueMain();
    return read;
  }

  stop(): void {
    this.observer.disconnect();
    this.scheduler.stop();
    this.watch?.stop();
    this.watch = null;
    this.main = null;
    this.pendingRoots.clear();
    this.rescan = null;
    this.options.highlights.clear();
    this.resolveWaiters();
  }

  private get root(): Node {
    const { document } = this.options;
    return document.body ?? document.documentElement;
  }

  private textBlocksFrom(from: Node | null): Generator<TextBlock> {
    const seen = this.seen;
    const unseen = seen ? (node: Text) => !seen.has(node) : undefined;
    const root = this.root;
    this.editable ??= mayHoldEditable(root, this.options.document);
    // Design mode is a property, not an attribute the observer sees: asked every time (it is cheap).
    const editable = this.editable || this.options.document.designMode === 'on';
    return textBlocks(root, this.options.isOwnUi, unseen, from ?? undefined, editable);
  }

  /**
   * `afterFrame`: the first read asks where blocks are, which lays the page out if it is not yet.
   * After the browser's next frame that is done, by the browser as it would anyway, not inside a
   * slice of ours (a 1 MB page's first layout took 15–30 ms there). A hidden tab has no frames.
   */
  private queueMain(afterFrame = false): void {
    const main = this.main;
    if (!main || main.done || main.queued) return;
    main.queued = true;
    const read = () => this.scheduler.add((deadline) => this.readMain(deadline));
    const view = this.options.document.defaultView;
    if (afterFrame && !main.toEnd && view && this.options.document.visibilityState === 'visible') {
      main.afterFrame = true;
      view.requestAnimationFrame(() =>
        view.setTimeout(() => {
          if (this.main !== main || !main.afterFrame) return;
          main.afterFrame = false;
          read();
        }, 0),
      );
    } else {
      read();
    }
  }

  /** Reads on in document order until below the read-ahead area (or to the end), a slice at a time. */
  private readMain(deadline: number): boolean {
    const main = this.main as MainPass;
    if (!main.blocks) {
      const from = main.resumeFrom?.isConnected ? main.resumeFrom : null;
      main.blocks = this.textBlocksFrom(from);
      main.last = null;
    } else if (main.last && !main.last.isConnected) {
      // A walker whose position the page removed would stop early: start over. What this pass read
      // before is read again (marking a block twice gives the same marks); this is rare.
      main.blocks = this.textBlocksFrom(null);
      main.last = null;
    }
    const view = this.options.document.defaultView;
    const limit = main.toEnd || !view ? Number.POSITIVE_INFINITY : view.innerHeight * (1 + this.screens);
    // Blank blocks (the line breaks between paragraphs) are not asked where they are: a call into the browser each.
    const pastLimit =
      limit === Number.POSITIVE_INFINITY
        ? () => false
        : (block: TextBlock) => NOT_BLANK.test(block.text) && isBelow(block, limit);
    for (;;) {
      const { batch, end } = nextBatch(main.blocks, pastLimit);
      const lastBlock = batch[batch.length - 1];
      if (lastBlock) main.last = lastBlock.nodes[lastBlock.nodes.length - 1] ?? null;
      const split = this.markBlocks(batch);
      if (end === 'done') {
        main.done = true;
        main.queued = false;
        this.watch?.stop();
        this.watch = null;
        this.resolveWaiters();
        return false;
      }
      if (end === 'stopped' && lastBlock) {
        main.queued = false;
        main.blocks = null;
        main.resumeFrom = lastBlock.element;
        this.watch?.watch(lastBlock.element);
        return false;
      }
      // A long block is marked by work of its own, queued ahead: it runs next.
      if (split || performance.now() >= deadline) return true;
    }
  }

  /** The viewport moved (or the page around it changed): read on if the reader came near the frontier. */
  private onViewportMove(): void {
    const main = this.main;
    const view = this.options.document.defaultView;
    if (!main || main.done || main.queued || !view) return;
    const frontier = main.resumeFrom;
    const place =
      frontier?.nodeType === Node.ELEMENT_NODE && frontier.isConnected
        ? frontierPlace((frontier as Element).getBoundingClientRect().top, view.innerHeight, this.screens)
        : 'near';
    if (place === 'beyond') return;
    // Far past what is read (a link into the page, a long scroll): the screen first.
    if (place === 'jumped' && !this.screenPending) {
      const start = firstVisibleNode(this.options.document, this.options.isOwnUi);
      if (start) this.readScreen(start);
    }
    this.queueMain();
  }

  /**
   * Reads the blocks on screen from `from`, before the main pass gets there, recording what it
   * reads so the main pass passes over it.
   */
  private readScreen(from: Node): void {
    this.seen ??= new WeakSet();
    const seen = this.seen;
    const blocks = textBlocks(this.root, this.options.isOwnUi, (node) => !seen.has(node), from);
    const viewportBottom = this.options.document.defaultView?.innerHeight ?? 0;
    this.screenPending = true;
    const recordUntilBelow = (block: TextBlock) => {
      for (const node of block.nodes) seen.add(node);
      return isBelow(block, viewportBottom);
    };
    this.scheduler.add((deadline) => {
      for (;;) {
        const { batch, end } = nextBatch(blocks, recordUntilBelow);
        const split = this.markBlocks(batch);
        if (end !== null) {
          this.screenPending = false;
          return false;
        }
        if (split || performance.now() >= deadline) return true;
      }
    });
  }

  private resolveWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  /**
   * Matches a batch of blocks at once (the pre-filter reads them as one text) and marks each; a
   * long block of a web page (always the batch's last, see nextBatch) gets work of its own. True if it did.
   */
  private markBlocks(batch: readonly TextBlock[]): boolean {
    if (batch.length === 0) return false;
    const last = batch[batch.length - 1] as TextBlock;
    const long = this.isLong(last);
    const readings = batch.map((block) => (block === last && long ? [] : this.readingOf(block)));
    const matches = findMatchesInTexts(
      this.options.matcher,
      readings.flat().map((block) => block.text),
    );
    let next = 0;
    for (let i = 0; i < batch.length; i++) {
      const block = batch[i] as TextBlock;
      if (block === last && long) {
        this.queueLongBlock(block);
        continue;
      }
      const read = readings[i] as readonly TextBlock[];
      this.markBlock(block, read, matches.slice(next, next + read.length));
      next += read.length;
    }
    return long;
  }

  /** Too long to match within a slice; a reader's page, read through its hook, never is. */
  private isLong(block: TextBlock): boolean {
    return !this.options.reading && block.text.length > LONG_TEXT_CHARS;
  }

  /**
   * Marks a block too long to match within a slice (a page that is one 1 MB text node) a piece at
   * a time (long-text.ts), ahead of other work; the marks are those of matching it whole.
   */
  private queueLongBlock(block: TextBlock): void {
    const first = block.nodes[0] as Text;
    const earlier = this.longJobs.get(first);
    if (earlier) earlier.cancelled = true;
    const job = { block, cancelled: false };
    this.longJobs.set(first, job);
    for (const node of block.nodes) this.options.highlights.removeNode(node);
    const steps = matchLongText(this.options.matcher, block.text);
    const marked: TermMatch[] = [];
    this.scheduler.addFirst((deadline) => {
      for (;;) {
        // The page may change or take the block between slices: that change has it read again.
        const next = job.cancelled || !first.isConnected ? null : steps.next();
        if (!next || next.done) {
          if (next?.done && this.options.references) {
            this.addReferences(block, findKamerstukReferences(block.text), marked);
          }
          if (this.longJobs.get(first) === job) this.longJobs.delete(first);
          return false;
        }
        marked.push(...this.addMarks(block, next.value));
        if (performance.now() >= deadline) return true;
      }
    });
  }

  /** The blocks a block is matched as: itself, or what the reading hook makes of it. */
  private readingOf(block: TextBlock): readonly TextBlock[] {
    return this.options.reading?.(block) ?? [block];
  }

  /** Marks `matches[i]`, found in `readings[i]`, after taking away the marks `block`'s nodes had. */
  private markBlock(
    block: TextBlock,
    readings: readonly TextBlock[],
    matches: readonly (readonly TermMatch[])[],
  ): void {
    const { highlights } = this.options;
    for (const node of block.nodes) highlights.removeNode(node);
    const references = readings.map((reading) =>
      this.options.references ? findKamerstukReferences(reading.text) : NO_REFERENCES,
    );
    // A walk resumed in a later slice may hold a node the page has removed since: only the
    // block's first node can be one, as a block's other nodes are read in the slice that marks
    // it. The removal's own record has the rest of that block re-read. Asked only when there is
    // something to mark: most blocks have nothing, and each question is a call into the browser.
    const nothing = matches.every((found) => found.length === 0) && references.every((found) => found.length === 0);
    if (nothing || !block.nodes[0]?.isConnected) return;
    readings.forEach((reading, i) => {
      const marked = this.addMarks(reading, matches[i] ?? []);
      this.addReferences(reading, references[i] ?? [], marked);
    });
  }
  /** Marks the accepted matches; returns them. */
  private addMarks(block: TextBlock, matches: readonly TermMatch[]): TermMatch[] {
    const { accept } = this.options;
    const marked: TermMatch[] = [];
    for (const match of matches) {
      if (accept && !accept(match)) continue;
      marked.push(match);
      this.mark(block, match);
    }
    return marked;
  }

  private addReferences(
    block: TextBlock,
    references: readonly KamerstukReference[],
    marked: readonly TermMatch[],
  ): void {
    for (const reference of references) {
      // A mission name inside a reference keeps its own mark (none is known to occur).
      if (marked.some((m) => m.start < reference.end && reference.start < m.end)) continue;
      this.mark(block, { ...reference, kind: 'reference' });
    }
  }

  private mark(block: TextBlock, match: PageMatch): void {
    const start = domPosition(block, match.start, false);
    const end = domPosition(block, match.end, true);
    const range = this.options.document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const nodes =
      start.node === end.node
        ? undefined
        : block.nodes.slice(block.nodes.indexOf(start.node), block.nodes.indexOf(end.node) + 1);
    this.options.highlights.add({
      range,
      match,
      startNode: start.node,
      endNode: end.node,
      nodes,
      block: block.element,
    });
  }

  private onMutations(records: MutationRecord[]): void {
    const { highlights, isOwnUi } = this.options;
    const main = this.main;
    for (const record of records) {
      if (record.type === 'attributes' || record.addedNodes.length > 0) this.editable = null;
      for (const removed of record.removedNodes) {
        forEachText(removed, (t) => highlights.removeNode(t));
        // The main pass waits after a block the page takes out (or moves): it goes on from where that was.
        const resumeFrom = main && !main.done && main.blocks === null ? main.resumeFrom : null;
        if (main && resumeFrom && (removed === resumeFrom || removed.contains(resumeFrom))) {
          main.resumeFrom = placeOfRemoval(record, isOwnUi);
        }
      }
      const target = record.target;
      // Changed text in a long block being marked: its offsets no longer hold; the re-read below marks it anew.
      if (record.type === 'characterData') {
        for (const job of this.longJobs.values()) if (job.block.element.contains(target)) job.cancelled = true;
      }
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
      if (this.isLong(block)) {
        this.queueLongBlock(block);
        return true;
      }
      const readings = this.readingOf(block);
      this.markBlock(
        block,
        readings,
        readings.map((reading) => findMatches(this.options.matcher, reading.text)),
      );
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
      if (isBlankText(node)) continue;
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

/**
 * Where a node the page removed stood, as a place to read on from that starts a block (so no
 * block is read from its middle): the block before it, read again; its parent, when it was the
 * first thing there; else the enclosing block of its parent.
 */
function placeOfRemoval(record: MutationRecord, isOwnUi: SkipTest): Node {
  const target = record.target;
  if (target.nodeType === Node.ELEMENT_NODE && !isInlineElement(target as Element)) {
    let before = record.previousSibling;
    while (before && (before.nodeType === Node.COMMENT_NODE || isBlankText(before))) before = before.previousSibling;
    if (!before) return target;
    const element = before.nodeType === Node.ELEMENT_NODE ? (before as Element) : null;
    if (element && !isInlineElement(element) && !isSkippedElement(element, isOwnUi)) return element;
  }
  return enclosingBlock(target);
}

function isBlankText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE && /^\s*$/u.test((node as Text).data);
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

/**
 * The next blocks to match together (MATCH_BATCH), ended early after a block `stopAfter` holds
 * true for; `end` tells whether the walk ran out, was stopped, or has more.
 */
function nextBatch(
  blocks: Generator<TextBlock>,
  stopAfter: (block: TextBlock) => boolean,
): { batch: TextBlock[]; end: 'done' | 'stopped' | null } {
  const batch: TextBlock[] = [];
  let chars = 0;
  while (batch.length < MATCH_BATCH.blocks && chars < MATCH_BATCH.chars) {
    const next = blocks.next();
    if (next.done) return { batch, end: 'done' };
    batch.push(next.value);
    chars += next.value.text.length;
    if (stopAfter(next.value)) return { batch, end: 'stopped' };
  }
  return { batch, end: null };
}

const NOT_BLANK = /\S/u;

const NO_REFERENCES: readonly KamerstukReference[] = Object.freeze([]);

function isBelow(block: TextBlock, viewportBottom: number): boolean {
  return block.element.getBoundingClientRect().top > viewportBottom;
}
