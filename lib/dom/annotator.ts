/**
 * DOM: finds the terms on a page and marks them, without changing the page. The text is read
 * in slices, in document order (the screen first when the page opens scrolled), as far as a few
 * screens below the viewport; the rest as the reader comes near, or at once when every term is
 * asked for. A MutationObserver re-reads what the page changes later: added text gains marks,
 * removed text loses them.
 *
 * This class wires the parts together: the main pass (main-pass.ts) with its read-ahead
 * (read-ahead.ts), the screen-first read (screen-read.ts), the re-read after changes
 * (mutation-rescan.ts), all marking through one BlockMarker (block-marker.ts) in the slices of
 * one SliceScheduler (slice-scheduler.ts).
 */
import type { Matcher, TermMatch } from '../matcher';
import { BlockMarker } from './block-marker';
import { MainPass } from './main-pass';
import { MutationRescan } from './mutation-rescan';
import { type FrontierObserverFactory, READ_AHEAD_SCREENS } from './read-ahead';
import { ScreenRead } from './screen-read';
import { SliceScheduler } from './slice-scheduler';
import type { MarkedTerm, TermHighlights } from './term-highlights';
import type { SkipTest, TextBlock } from './text-blocks';

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

export class Annotator {
  private readonly scheduler: SliceScheduler;
  private readonly marker: BlockMarker;
  private readonly screen: ScreenRead;
  private readonly rescan: MutationRescan;
  private started = false;
  private main: MainPass | null = null;

  constructor(private readonly options: AnnotatorOptions) {
    const { document, isOwnUi, highlights } = options;
    this.scheduler = new SliceScheduler(options.sliceBudgetMs, () => highlights.flush());
    this.marker = new BlockMarker(options, this.scheduler);
    this.screen = new ScreenRead(document, isOwnUi, this.scheduler, this.marker);
    this.rescan = new MutationRescan({
      document,
      isOwnUi,
      highlights,
      scheduler: this.scheduler,
      marker: this.marker,
      hooks: {
        structureChanged: () => this.main?.structureChanged(),
        removed: (removed, place) => this.main?.removed(removed, place),
      },
    });
  }

  /** False while text remains to be read, also text the annotator waits to read until the reader comes near. */
  get complete(): boolean {
    return this.idle && (this.main === null || this.main.done);
  }

  /** True when no work is queued: the page is read as far as it will be until the reader comes near. */
  get idle(): boolean {
    const waiting = this.main?.queued === true;
    return !waiting && this.scheduler.idle && this.rescan.idle;
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
    const { document, isOwnUi, frontierObserver } = this.options;
    this.rescan.start();
    this.main = new MainPass({
      document,
      isOwnUi,
      scheduler: this.scheduler,
      marker: this.marker,
      screen: this.screen,
      screens: this.options.readAheadScreens ?? READ_AHEAD_SCREENS,
      frontierObserver,
    });
    this.main.start();
  }

  /** Reads the rest of the page now; resolves once it is read to the end (or the annotator stops). */
  readAll(): Promise<void> {
    return this.main?.readAll() ?? Promise.resolve();
  }

  stop(): void {
    this.rescan.stop();
    this.scheduler.stop();
    const main = this.main;
    this.main = null;
    this.options.highlights.clear();
    main?.stop();
  }
}
