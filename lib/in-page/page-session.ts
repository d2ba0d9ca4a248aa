/**
 * DOM + UI glue for one page: marks the terms (Annotator), opens the card on hover after a short
 * intent delay or from the keyboard commands, and answers page-terms. Used by the content
 * script and by the demo page, which differ only in where the card's records come from.
 */

import type { Mission, Notes, SourceDocument } from '../../data/schema';
import { Annotator, type AnnotatorOptions } from '../dom/annotator';
import { benchMeasure, benchMeasureAfterPaint, CARD_PAINTED_MEASURE, CARD_SHOWN_MEASURE } from '../dom/bench-marks';
import { isOwnUi } from '../dom/own-ui';
import { termAtPoint } from '../dom/term-at-point';
import { type HighlightStyle, type MarkedTerm, type PageMatch, TermHighlights } from '../dom/term-highlights';
import { termName } from '../format/term-name';
import { CARD_MESSAGES, type UiLanguage } from '../i18n/card-messages';
import type { Matcher, TermMatch } from '../matcher';
import type { PageTermsResponse } from '../messages/protocol';
import type { CardData, CardDataLoader } from './card-data';
import { type CardAnchor, CardHost } from './card-host';
import type { LoadRenderer } from './layer-renderer';
import type { LayerProps, LayerView } from './layer-types';
import { referenceCard } from './reference-card';
import { countTerms, firstIndexFrom, stepIndex } from './term-navigation';

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

type Opened = { term: MarkedTerm | null; by: 'hover' | 'keyboard'; returnFocus: Element | null };

export class PageSession {
  readonly highlights: TermHighlights;
  readonly annotator: Annotator;
  /** The card's host, once its interface has loaded. */
  private host: CardHost | null = null;
  private hostLoading: Promise<CardHost | null> | null = null;
  private readonly active = new Highlight();
  private readonly cache = new Map<string, Mission>();
  private documents: SourceDocument[] = [];
  private notes: Notes | null = null;
  private pointer: { x: number; y: number } | null = null;
  private frame = 0;
  private hovered: MarkedTerm | null = null;
  /** The pointer is over the card: it must not move or re-render under the reader. */
  private pointerInCard = false;
  private intentTimer = 0;
  private prepareTimer = 0;
  /** When the last hover-intent delay ended (performance.now()); for the benchmark's measures. */
  private intentEnd = 0;
  private closeTimer = 0;
  private opened: Opened | null = null;
  private current: number | null = null;
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
  }

  private get view(): Window {
    return this.options.document.defaultView as Window;
  }

  private get t() {
    return CARD_MESSAGES[this.options.lang()];
  }

  start(): void {
    this.annotator.start();
    const { document } = this.options;
    const signal = this.abort.signal;
    document.addEventListener('pointermove', (e) => this.onPointerMove(e), { passive: true, signal });
    document.addEventListener('pointerdown', (e) => this.onPointerDown(e), { passive: true, signal });
    document.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal });
    this.view.addEventListener('scroll', () => this.reposition(), { passive: true, signal });
    this.view.addEventListener('resize', () => this.reposition(), { passive: true, signal });
  }

  /** Removes every mark, listener and the card: the page is as it was. */
  stop(): void {
    this.abort.abort();
    this.view.clearTimeout(this.intentTimer);
    this.view.clearTimeout(this.prepareTimer);
    this.view.clearTimeout(this.closeTimer);
    this.view.cancelAnimationFrame(this.frame);
    this.annotator.stop();
    this.options.registry.delete(ACTIVE_HIGHLIGHT);
    this.host?.remove();
  }

  /**
   * What the page holds as read so far (missions and terms: Kamerstuk references are no missions);
   * asking starts reading the rest, so a later answer is complete.
   */
  pageTerms(): PageTermsResponse {
    const answer = {
      complete: this.annotator.complete,
      terms: this.annotator
        .terms()
        .flatMap(({ match }) =>
          match.kind === 'reference'
            ? []
            : [{ id: match.id, text: match.text, kind: match.kind, candidates: match.candidates }],
        ),
      longestSliceMs: this.annotator.longestSliceMs,
    };
    // After the answer is taken: the first slice of reading may run at once, inside this call.
    void this.annotator.readAll();
    return answer;
  }

  // Hover ------------------------------------------------------------------------------------

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    if (this.host?.contains(event.target as Node)) {
      // WCAG 1.4.13: moving into the card keeps it open.
      this.pointerInCard = true;
      this.view.clearTimeout(this.closeTimer);
      return;
    }
    this.pointerInCard = false;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (!this.frame) this.frame = this.view.requestAnimationFrame(() => this.onFrame());
  }

  private onFrame(): void {
    this.frame = 0;
    if (!this.pointer) return;
    const term = termAtPoint(this.options.document, this.highlights, this.pointer.x, this.pointer.y);
    if (term === this.hovered) return;
    this.hovered = term;
    this.view.clearTimeout(this.intentTimer);
    this.view.clearTimeout(this.prepareTimer);
    if (term) {
      this.view.clearTimeout(this.closeTimer);
      if (this.opened?.term === term) return;
      void this.prefetch(term.match);
      void this.ensureHost();
      const delay = this.options.hoverDelayMs ?? 300;
      // Halfway through the delay the pointer has settled: build the card out of sight, so when
      // the delay ends only showing it is left for that frame.
      this.prepareTimer = this.view.setTimeout(() => void this.prepare(term), delay / 2);
      this.intentTimer = this.view.setTimeout(() => {
        // Benchmark (tests/bench): the hover-intent delay ends here; see CARD_PAINTED_MEASURE in open().
        this.intentEnd = performance.now();
        void this.open(term, 'hover');
      }, delay);
    } else if (this.opened?.by === 'hover') {
      this.closeTimer = this.view.setTimeout(() => this.close(false), this.options.closeDelayMs ?? 400);
    }
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.opened && !this.host?.contains(event.target as Node)) this.close(false);
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
    if (!term || !this.host?.isOpen || this.readerInCard()) return;
    this.host.place(anchorOf(term));
  }

  private readerInCard(): boolean {
    return this.pointerInCard || this.host?.contains(this.options.document.activeElement) === true;
  }

  // Card ---------------------------------------------------------------------------------------

  private async load(missionIds: string[], termIds: string[]): Promise<CardData | null> {
    const missing = missionIds.filter((id) => !this.cache.has(id));
    if (missing.length === 0 && termIds.length === 0 && this.notes) {
      return {
        missions: missionIds.map((id) => this.cache.get(id) as Mission),
        terms: [],
        documents: this.documents,
        notes: this.notes,
      };
    }
    try {
      const data = await this.options.loadCardData({ missions: missing, terms: termIds });
      for (const m of data.missions) this.cache.set(m.id, m);
      this.documents = data.documents;
      this.notes = data.notes;
      return { ...data, missions: missionIds.flatMap((id) => this.cache.get(id) ?? []) };
    } catch {
      return null;
    }
  }

  /** Loads the card's interface once (a failed load is tried again on the next card). */
  private ensureHost(): Promise<CardHost | null> {
    this.hostLoading ??= this.options.loadRenderer().then(
      (renderer) => {
        if (this.abort.signal.aborted) return null;
        this.host = new CardHost(this.options.document, renderer);
        return this.host;
      },
      () => {
        this.hostLoading = null;
        return null;
      },
    );
    return this.hostLoading;
  }

  private prefetch(match: PageMatch): Promise<CardData | null> {
    if (match.kind === 'reference') return this.load([], []);
    return match.kind === 'term' ? this.load([], [match.id as string]) : this.load(match.candidates, []);
  }

  /** Opens the card for `term`; from the keyboard it takes focus so Tab and Escape work inside it. */
  async open(term: MarkedTerm, by: 'hover' | 'keyboard', position?: { index: number; total: number }): Promise<void> {
    const view = await this.viewFor(term.match);
    if (!view) return;
    const returnFocus = this.opened?.returnFocus ?? this.options.document.activeElement;
    this.opened = { term, by, returnFocus };
    this.active.clear();
    this.active.add(term.range);
    this.options.registry.set(ACTIVE_HIGHLIGHT, this.active);
    this.render(view, anchorOf(term), position);
    const said = announcement(view, this.options.lang());
    this.host?.announce(position ? `${this.t.inPage_position(position.index, position.total)}. ${said}` : said);
    if (by === 'keyboard') this.host?.panelElement?.focus({ preventScroll: true });
    // Benchmark (tests/bench): intent end → card in the DOM, and → card painted.
    if (by === 'hover') {
      benchMeasure(CARD_SHOWN_MEASURE, this.intentEnd);
      benchMeasureAfterPaint(this.view, CARD_PAINTED_MEASURE, this.intentEnd);
    }
  }

  /** What the card shows for `match`, once its records are loaded; null if they cannot be. */
  private async viewFor(match: PageMatch): Promise<LayerView | null> {
    const [data, host] = await Promise.all([this.prefetch(match), this.ensureHost()]);
    if (!data || !host) return null;
    if (match.kind === 'reference') return { kind: 'reference', reference: referenceCard(match, data.documents) };
    if (match.kind === 'term') {
      const glossary = data.terms.find((x) => x.id === match.id);
      return glossary ? { kind: 'term', term: glossary } : null;
    }
    if (match.id === null) return { kind: 'stem', stem: match.text, missions: data.missions };
    const mission = data.missions.find((m) => m.id === match.id);
    return mission ? { kind: 'mission', mission } : null;
  }

  /** Renders the hovered term's card into the hidden panel, unless a card is open or the pointer moved on. */
  private async prepare(term: MarkedTerm): Promise<void> {
    if (this.opened || this.hovered !== term) return;
    const view = await this.viewFor(term.match);
    if (!view || this.opened || this.hovered !== term) return;
    const { layer, label } = this.layer(view);
    this.host?.prepare(layer, label);
  }

  private render(view: LayerView, anchor: CardAnchor, position?: { index: number; total: number }): void {
    const { layer, label } = this.layer(view, position);
    this.host?.show(layer, label, anchor);
  }

  private layer(view: LayerView, position?: { index: number; total: number }) {
    const label =
      view.kind === 'mission'
        ? this.t.inPage_cardLabel(view.mission.acronym)
        : view.kind === 'list'
          ? this.t.inPage_termsOnPage
          : view.kind === 'reference'
            ? this.t.inPage_referenceLabel(view.reference.dossier, view.reference.number)
            : this.t.inPage_cardLabel(view.kind === 'stem' ? view.stem : view.kind === 'term' ? view.term.acronym : '');
    const layer: LayerProps = {
      view,
      lang: this.options.lang(),
      documents: this.documents,
      notes: this.notes,
      today: this.options.today?.() ?? new Date(),
      position,
      onClose: () => this.close(true),
      onChooseMission: (id: string) => void this.revealMission(id),
    };
    return { layer, label };
  }

  close(restoreFocus: boolean): void {
    const opened = this.opened;
    this.opened = null;
    this.pointerInCard = false;
    this.view.clearTimeout(this.closeTimer);
    this.active.clear();
    this.host?.hide();
    const target = opened?.returnFocus;
    if (restoreFocus && target instanceof HTMLElement) target.focus({ preventScroll: true });
  }

  /** From a stem's candidates, the page list or the popup: show that mission, at its first occurrence if listed. */
  async revealMission(id: string): Promise<void> {
    await this.annotator.readAll();
    const terms = this.annotator.terms();
    const index = terms.findIndex((t) => t.match.kind !== 'reference' && t.match.id === id);
    const openMatch = this.opened?.term?.match;
    if ((openMatch && openMatch.kind !== 'reference' && openMatch.id === null) || index === -1) {
      const data = await this.load([id], []);
      const mission = data?.missions.find((m) => m.id === id);
      if (!mission || !this.opened) return;
      const panel = this.host?.panelElement?.getBoundingClientRect();
      const anchor = this.opened.term ? anchorOf(this.opened.term) : panel ? { term: panel, row: null } : null;
      if (anchor) this.render({ kind: 'mission', mission }, anchor);
      return;
    }
    this.current = index;
    await this.reveal(terms[index] as MarkedTerm, { index: index + 1, total: terms.length });
  }

  // Keyboard -----------------------------------------------------------------------------------

  /** The next or previous marked term: scrolled into view, its card opened and announced. */
  async step(direction: 1 | -1): Promise<void> {
    // The next term may lie beyond what is read so far, the previous one at the end of the page.
    await this.annotator.readAll();
    const terms = this.annotator.terms();
    if (terms.length === 0) return;
    let index = this.current !== null && this.current < terms.length ? this.current : null;
    if (index === null) {
      const start = firstIndexFrom(
        terms.map((t) => t.range.getBoundingClientRect().top),
        0,
      );
      index = direction === 1 ? start : stepIndex(start, terms.length, -1);
    } else {
      index = stepIndex(index, terms.length, direction);
    }
    if (index === null) return;
    this.current = index;
    await this.reveal(terms[index] as MarkedTerm, { index: index + 1, total: terms.length });
  }

  private async reveal(term: MarkedTerm, position?: { index: number; total: number }): Promise<void> {
    term.startNode.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    // Underlined at once, not a frame later when the viewport observer reports the scroll.
    this.highlights.reveal(term);
    await this.open(term, 'keyboard', position);
  }

  /** A list of every mission on the page; choosing one jumps to its first occurrence. */
  async showList(): Promise<void> {
    await this.annotator.readAll();
    const terms = this.annotator.terms();
    const counts = countTerms(terms.map((t) => (t.match.kind === 'mission' ? t.match.id : null)));
    const data = await this.load(
      counts.map((c) => c.id),
      [],
    );
    if (!data || !(await this.ensureHost())) return;
    const lang = this.options.lang();
    const entries = counts.flatMap((c) => {
      const mission = data.missions.find((m) => m.id === c.id);
      return mission ? [{ id: c.id, acronym: mission.acronym, name: mission.name[lang], count: c.count }] : [];
    });
    const returnFocus = this.opened?.returnFocus ?? this.options.document.activeElement;
    this.opened = { term: null, by: 'keyboard', returnFocus };
    const view = this.view;
    this.render({ kind: 'list', entries }, { term: new DOMRect(view.innerWidth / 2 - 210, 40, 0, 0), row: null });
    this.host?.announce(this.t.inPage_termsOnPage);
    this.host?.panelElement?.focus({ preventScroll: true });
  }
}

/** The term's box, and the table row it stands in, which the card must leave visible. */
function anchorOf(term: MarkedTerm): CardAnchor {
  const row = term.startNode.parentElement?.closest('tr, [role="row"]');
  return { term: term.range.getBoundingClientRect(), row: row ? row.getBoundingClientRect() : null };
}

function announcement(view: LayerView, lang: UiLanguage): string {
  switch (view.kind) {
    case 'mission':
      return `${view.mission.acronym}: ${view.mission.name[lang]}. ${view.mission.summary[lang]}`;
    case 'term':
      return `${view.term.acronym}: ${termName(view.term, lang)}. ${view.term.explanation[lang]}`;
    case 'stem':
      return CARD_MESSAGES[lang].inPage_ambiguous(view.stem);
    case 'reference': {
      const { dossier, number, title } = view.reference;
      const name = CARD_MESSAGES[lang].inPage_referenceName(dossier, number);
      return title ? `${name}: ${title[lang]}` : name;
    }
    default:
      return '';
  }
}
