/**
 * DOM: matches blocks of page text and marks what it finds, in batches (the pre-filter reads a
 * batch as one text); a block too long to match within a slice is marked a piece at a time, by
 * work of its own ahead of everything else. Every pass of the annotator marks through this.
 */
import {
  findKamerstukReferences,
  findKamerstukReferencesInPieces,
  findMatches,
  findMatchesInTexts,
  type KamerstukReference,
  type Matcher,
  type TermMatch,
} from '../matcher';
import { LONG_TEXT_CHARS, matchLongText } from '../matcher/long-text';
import type { SliceScheduler } from './slice-scheduler';
import type { PageMatch, TermHighlights } from './term-highlights';
import { domPosition, type TextBlock } from './text-blocks';

export type BlockMarkerOptions = {
  document: Document;
  matcher: Matcher;
  highlights: TermHighlights;
  /** Which matches to mark (settings: muted terms, the abbreviations layer). */
  accept?: (match: TermMatch) => boolean;
  /** Also mark Kamerstuk references (a setting). */
  references?: boolean;
  /** Reads a block as other blocks (AnnotatorOptions.reading), or null to read it as it is. */
  reading?: (block: TextBlock) => readonly TextBlock[] | null;
};

/**
 * Blocks matched together: the pre-filter reads them as one text, so a paragraph without a name
 * costs no call of its own. Small enough that a batch stays well inside a slice.
 */
export const MATCH_BATCH = { blocks: 32, chars: 16_384 } as const;

/**
 * The next blocks to match together (MATCH_BATCH), ended early after a block `stopAfter` holds
 * true for; `end` tells whether the walk ran out, was stopped, or has more.
 */
export function nextBatch(
  blocks: Iterator<TextBlock>,
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

const NO_REFERENCES: readonly KamerstukReference[] = Object.freeze([]);

export class BlockMarker {
  /** Long blocks being marked a piece at a time, by their first node: a re-read of one cancels its earlier job. */
  private readonly longJobs = new Map<Text, { block: TextBlock; cancelled: boolean }>();

  constructor(
    private readonly options: BlockMarkerOptions,
    private readonly scheduler: SliceScheduler,
  ) {}

  /**
   * Matches a batch of blocks at once (the pre-filter reads them as one text) and marks each; a
   * long block of a web page (always the batch's last, see nextBatch) gets work of its own. True if it did.
   */
  markBatch(batch: readonly TextBlock[]): boolean {
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

  /** Matches and marks one block; a long one gets work of its own (true if it did). */
  markOne(block: TextBlock): boolean {
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
    return false;
  }

  /** Text changed under `node`: a long block there being marked no longer has offsets that hold, and stops. */
  textChanged(node: Node): void {
    for (const job of this.longJobs.values()) if (job.block.element.contains(node)) job.cancelled = true;
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
    // After the names, the references, also a piece at a time (one search of 1 MB took up to 90 ms).
    const references = this.options.references ? findKamerstukReferencesInPieces(block.text) : null;
    const marked: TermMatch[] = [];
    this.scheduler.addFirst((deadline) => {
      for (;;) {
        // The page may change or take the block between slices: that change has it read again.
        const next = job.cancelled || !first.isConnected ? null : steps.next();
        if (next && !next.done) {
          marked.push(...this.addMarks(block, next.value));
        } else {
          const found = next ? references?.next() : undefined;
          if (!found || found.done) {
            if (this.longJobs.get(first) === job) this.longJobs.delete(first);
            return false;
          }
          this.addReferences(block, found.value, marked);
        }
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
}
