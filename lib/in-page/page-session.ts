/**
 * DOM + UI glue for one page: marks the terms (Annotator), opens the card on hover
 * (hover-intent.ts) or from the keyboard commands (term-stepper.ts, the page's list), and answers
 * page-terms (page-terms.ts). The card's records come through card-data-cache.ts, its host through
 * lazy-card-host.ts. Used by the content script, the PDF reader and the demo page, which differ
 * only in where the card's records and interface come from.
 */

import { Annotator, type AnnotatorOptions } from '../dom/annotator';
import { benchMeasure, benchMeasureAfterPaint, CARD_PAINTED_MEASURE, CARD_SHOWN_MEASURE } from '../dom/bench-marks';
import { isOwnUi } from '../dom/own-ui';
import { termAtPoint } from '../dom/term-at-point';
import { type HighlightStyle, type MarkedTerm, type PageMatch, TermHighlights } from '../dom/term-highlights';
import type { UiLanguage } from '../i18n/language';
import { SESSION_MESSAGES } from '../i18n/session-messages';
import type { Matcher, TermMatch } from '../matcher';
import type { PageTermsResponse } from '../messages/protocol';
import { cardAnnouncement, cardLabel, type TermPosition } from './card-announcement';
import type { CardDataLoader } from './card-data';
import { CardDataCache } from './card-data-cache';
import { anchorOf, type CardAnchor } from './card-host';
import { cardView } from './card-view';
import { HoverIntent, type OpenCard } from './hover-intent';
import type { LoadRenderer } from './layer-renderer';
import type { LayerProps, LayerView } from './layer-types';
import { LazyCardHost } from './lazy-card-host';
import { pageTermsAnswer } from './page-terms';
import { TermStepper, type TermStop } from './term-stepper';
import { missionCounts, termsListEntries } from './terms-list';

export const ACTIVE_HIGHLIGHT = 'missiewijzer-active';

export type PageSessionOptions = {
  document: Document;
  matcher: Matcher;
  registry: HighlightRegistry;
  loadCardData: CardDataLoader;
  /** The card's interface, loaded when a card is first about to open. */
  loadRenderer: LoadRenderer;
  lang: () => UiLanguage;
  today?: () => Date;
  accept?: (match: TermMatch) => boolean;
  /** Also mark Kamerstuk references (the kamerstukReferences setting). */
  references?: boolean;
  underline?: HighlightStyle;
  hoverDelayMs?: number;
  closeDelayMs?: number;
  /** How a block's text is read, where it is not read as it stands (the PDF reader's text layer): AnnotatorOptions.reading. */
  reading?: AnnotatorOptions['reading'];
};

type Opened = OpenCard & { returnFocus: Element | null };

export class PageSession {
  readonly highlights: TermHighlights;
  readonly annotator: Annotator;
  private readonly card: LazyCardHost;
  private readonly records: CardDataCache;
  private readonly hover: HoverIntent;
  private readonly stepper: TermStepper;
  private readonly active = new Highlight();
  /** When the last hover-intent delay ended (performance.now()); for the benchmark's measures. */
  private intentEnd = 0;
  private opened: Opened | null = null;
  private readonly abort = new AbortController();

  constructor(private readonly options: PageSessionOptions) {
    const { document, registry, matcher } = options;
    this.highlights = new TermHighlights(registry, options.underline ?? 'subtle');
    this.annotator = new Annotator({
      document,
      matcher,
      highlights: this.highlights,
      isOwnUi,
      accept: options.accept,
      reading: options.reading,
      references: options.references,
    });
    this.card = new LazyCardHost(document, options.loadRenderer);
    this.records = new CardDataCache(options.loadCardData);
    this.stepper = new TermStepper(this.annotator);
    this.hover = new HoverIntent({
      document,
      termAt: (x, y) => termAtPoint(document, this.highlights, x, y),
      inCard: (node) => this.card.contains(node),
      opened: () => this.opened,
      delayMs: options.hoverDelayMs,
      closeDelayMs: options.closeDelayMs,
      onEnter: (term) => {
        void this.records.forMatch(term.match);
        void this.card.ensure();
      },
      onSettle: (term) => void this.prepare(term),
      onIntent: (term) => {
        // Benchmark (tests/bench): the hover-intent delay ends here; see CARD_PAINTED_MEASURE in open().
        this.intentEnd = performance.now();
        void this.open(term, 'hover');
      },
      onLeave: () => this.close(false),
    });
  }

  private get view(): Window {
    return this.options.document.defaultView as Window;
  }

  start(): void {
    this.annotator.start();
    const { document } = this.options;
    const signal = this.abort.signal;
    this.hover.start(signal);
    document.addEventListener('pointerdown', (e) => this.onPointerDown(e), { passive: true, signal });
    document.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal });
    this.view.addEventListener('scroll', () => this.reposition(), { passive: true, signal });
    this.view.addEventListener('resize', () => this.reposition(), { passive: true, signal });
  }

  /** Removes every mark, listener and the card: the page is as it was. */
  stop(): void {
    this.abort.abort();
    this.hover.stop();
    this.annotator.stop();
    this.options.registry.delete(ACTIVE_HIGHLIGHT);
    this.card.remove();
  }

  /**
   * What the page holds as read so far (missions and terms: Kamerstuk references are no missions);
   * asking starts reading the rest, so a later answer is complete.
   */
  pageTerms(): PageTermsResponse {
    const { annotator } = this;
    const answer = pageTermsAnswer({
      complete: annotator.complete,
      terms: annotator.terms(),
      longestSliceMs: annotator.longestSliceMs,
    });
    // After the answer is taken: the first slice of reading may run at once, inside this call.
    void annotator.readAll();
    return answer;
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.opened && !this.card.contains(event.target as Node)) this.close(false);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.opened) return;
    event.stopPropagation();
    this.close(true);
  }

  /**
   * Keeps an open card next to its term when the page scrolls or resizes — but not while the reader
   * is in the card (pointer or focus): there it stays put, at its own scroll position.
   */
  private reposition(): void {
    const term = this.opened?.term;
    const host = this.card.host;
    if (!term || !host?.isOpen || this.readerInCard()) return;
    host.place(anchorOf(term));
  }

  private readerInCard(): boolean {
    return this.hover.pointerInCard || this.card.contains(this.options.document.activeElement);
  }

  // Card ---------------------------------------------------------------------------------------

  /** Opens the card for `term`; from the keyboard it takes focus so Tab and Escape work inside it. */
  async open(term: MarkedTerm, by: 'hover' | 'keyboard', position?: TermPosition): Promise<void> {
    const view = await this.viewFor(term.match);
    if (!view) return;
    const returnFocus = this.opened?.returnFocus ?? this.options.document.activeElement;
    this.opened = { term, by, returnFocus };
    this.active.clear();
    this.active.add(term.range);
    this.options.registry.set(ACTIVE_HIGHLIGHT, this.active);
    this.render(view, anchorOf(term), position);
    const host = this.card.host;
    host?.announce(cardAnnouncement(view, this.options.lang(), position));
    if (by === 'keyboard') host?.panelElement?.focus({ preventScroll: true });
    // Benchmark (tests/bench): intent end → card in the DOM, and → card painted.
    if (by === 'hover') {
      benchMeasure(CARD_SHOWN_MEASURE, this.intentEnd);
      benchMeasureAfterPaint(this.view, CARD_PAINTED_MEASURE, this.intentEnd);
    }
  }

  /** What the card shows for `match`, once its records and its interface are loaded; null if they cannot be. */
  private async viewFor(match: PageMatch): Promise<LayerView | null> {
    const [data, host] = await Promise.all([this.records.forMatch(match), this.card.ensure()]);
    if (!data || !host) return null;
    return cardView(match, data);
  }

  /** Renders the hovered term's card into the hidden panel, unless a card is open or the pointer moved on. */
  private async prepare(term: MarkedTerm): Promise<void> {
    if (this.opened || this.hover.hovered !== term) return;
    const view = await this.viewFor(term.match);
    if (!view || this.opened || this.hover.hovered !== term) return;
    const { layer, label } = this.layer(view);
    this.card.host?.prepare(layer, label);
  }

  private render(view: LayerView, anchor: CardAnchor, position?: TermPosition): void {
    const { layer, label } = this.layer(view, position);
    this.card.host?.show(layer, label, anchor);
  }

  private layer(view: LayerView, position?: TermPosition): { layer: LayerProps; label: string } {
    const lang = this.options.lang();
    const layer: LayerProps = {
      view,
      lang,
      documents: this.records.documents,
      notes: this.records.notes,
      today: this.options.today?.() ?? new Date(),
      position,
      onClose: () => this.close(true),
      onChooseMission: (id: string) => void this.revealMission(id),
    };
    return { layer, label: cardLabel(view, lang) };
  }

  close(restoreFocus: boolean): void {
    const opened = this.opened;
    this.opened = null;
    this.hover.cardClosed();
    this.active.clear();
    this.card.host?.hide();
    const target = opened?.returnFocus;
    if (restoreFocus && target instanceof HTMLElement) target.focus({ preventScroll: true });
  }

  /** From a stem's candidates, the page list or the popup: show that mission, at its first occurrence if listed. */
  async revealMission(id: string): Promise<void> {
    const stop = await this.stepper.firstOf(id);
    const openMatch = this.opened?.term?.match;
    if ((openMatch && openMatch.kind !== 'reference' && openMatch.id === null) || !stop) {
      const data = await this.records.load([id], []);
      const mission = data?.missions.find((m) => m.id === id);
      if (!mission || !this.opened) return;
      const panel = this.card.host?.panelElement?.getBoundingClientRect();
      const anchor = this.opened.term ? anchorOf(this.opened.term) : panel ? { term: panel, row: null } : null;
      if (anchor) this.render({ kind: 'mission', mission }, anchor);
      return;
    }
    this.stepper.moveTo(stop);
    await this.reveal(stop);
  }

  // Keyboard -----------------------------------------------------------------------------------

  /** The next or previous marked term: scrolled into view, its card opened and announced. */
  async step(direction: 1 | -1): Promise<void> {
    const stop = await this.stepper.step(direction);
    if (stop) await this.reveal(stop);
  }

  private async reveal({ term, position }: TermStop): Promise<void> {
    term.startNode.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    // Underlined at once, not a frame later when the viewport observer reports the scroll.
    this.highlights.reveal(term);
    await this.open(term, 'keyboard', position);
  }

  /** A list of every mission on the page; choosing one jumps to its first occurrence. */
  async showList(): Promise<void> {
    await this.annotator.readAll();
    const counts = missionCounts(this.annotator.terms().map((t) => t.match));
    const data = await this.records.load(
      counts.map((c) => c.id),
      [],
    );
    if (!data || !(await this.card.ensure())) return;
    const lang = this.options.lang();
    const entries = termsListEntries(counts, data.missions, lang);
    const returnFocus = this.opened?.returnFocus ?? this.options.document.activeElement;
    this.opened = { term: null, by: 'keyboard', returnFocus };
    const view = this.view;
    this.render({ kind: 'list', entries }, { term: new DOMRect(view.innerWidth / 2 - 210, 40, 0, 0), row: null });
    const host = this.card.host;
    host?.announce(SESSION_MESSAGES[lang].inPage_termsOnPage);
    host?.panelElement?.focus({ preventScroll: true });
  }
}
