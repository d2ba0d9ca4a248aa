/**
 * DOM: the marked terms of a page, shown with the CSS Custom Highlight API so not a single node
 * is added to the page. Keeps its own index of ranges: Firefox does not let a content script
 * iterate CSS.highlights or a Highlight, and hover and page-terms need the ranges anyway.
 *
 * On a page with many terms only those near the viewport are in the registered Highlights: the
 * browser re-validates every registered range whenever the DOM changes (Chromium, in pre-paint:
 * ~15 ms per frame for 2,500 ranges on a 1 MB Kamerstuk), so a card opening or a ticker on the
 * page would cost that on every frame. An IntersectionObserver on the block elements that hold
 * terms adds their ranges when they come within a screen of the viewport and takes them out when
 * they leave. The index always holds every term.
 */
import type { KamerstukReference, TermMatch } from '../matcher';
import { benchMeasure, SLICE_MEASURE } from './bench-marks';
import { isInlineElement } from './text-blocks';

/** A Kamerstuk reference in the page: marked like a term, but no mission (never muted, counted or first-only). */
export type ReferenceMatch = KamerstukReference & { kind: 'reference' };

/** What a mark stands for: a mission, stem or glossary term, or a Kamerstuk reference. */
export type PageMatch = TermMatch | ReferenceMatch;

export type MarkedTerm = {
  range: Range;
  match: PageMatch;
  startNode: Text;
  endNode: Text;
  /**
   * Every text node the range covers, in order, where the annotator knows them (default: startNode
   * and endNode). A mark over three nodes or more is found under the pointer in its middle ones too.
   */
  nodes?: readonly Text[];
  /** The block element of the term's text, where the annotator knows it (else found from startNode). */
  block?: Element;
};

export type HighlightStyle = 'subtle' | 'clear';

/** Highlight names; the stylesheet in entrypoints/content/highlights.css styles each of them. */
export function highlightName(kind: HighlightKind, style: HighlightStyle): string {
  return `missiewijzer-${kind}-${style}`;
}

export type HighlightKind = 'mission' | 'ambiguous' | 'term' | 'reference';

function kindOf(match: PageMatch): HighlightKind {
  if (match.kind === 'term' || match.kind === 'reference') return match.kind;
  return match.id === null ? 'ambiguous' : 'mission';
}

/** What TermHighlights needs of an IntersectionObserver (tests give it a fake). */
export type ViewportObserver = Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'>;
export type ViewportObserverFactory = (
  callback: (entries: readonly Pick<IntersectionObserverEntry, 'target' | 'isIntersecting'>[]) => void,
  init: IntersectionObserverInit,
) => ViewportObserver;

export type TermHighlightsOptions = {
  /**
   * Up to this many marked terms every range is registered: the browser's cost for them is small,
   * and less than the observer's. Above it, only ranges near the viewport.
   */
  registerAllUpTo?: number;
  /** Default: the global IntersectionObserver, where there is one; without it every range is registered. */
  observe?: ViewportObserverFactory | null;
};

export const REGISTER_ALL_UP_TO = 200;
/** "Near the viewport": within one viewport height above or below it. */
export const NEAR_VIEWPORT_MARGIN = '100% 0px';

function defaultObserverFactory(): ViewportObserverFactory | null {
  const IO = (globalThis as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  return typeof IO === 'function' ? (callback, init) => new IO(callback, init) : null;
}

function nodesOf(term: MarkedTerm): readonly Text[] {
  if (term.nodes) return term.nodes;
  return term.startNode === term.endNode ? [term.startNode] : [term.startNode, term.endNode];
}

/** The element whose position decides whether a term is near: its text's block (paragraph, cell, item). */
function blockElementOf(node: Text): Element | null {
  let element = node.parentElement;
  while (element && isInlineElement(element) && element.parentElement) element = element.parentElement;
  return element;
}

export class TermHighlights {
  private readonly byNode = new Map<Text, MarkedTerm[]>();
  private readonly highlights = new Map<string, Highlight>();
  /** The Highlight per kind in the current style (spares building its name for every term). */
  private readonly byKind = new Map<string, Highlight>();
  private style: HighlightStyle;
  /** Show only the first occurrence of each id, in document order (a setting). */
  private firstOnly = false;
  /** The first occurrences while firstOnly is on; null: every term is shown. */
  private firstShown: Set<MarkedTerm> | null = null;
  private dirty = false;
  private count = 0;
  private readonly registerAllUpTo: number;
  private readonly observerFactory: ViewportObserverFactory | null;
  /** Set once the page has more terms than registerAllUpTo; from then on only near blocks are registered. */
  private observer: ViewportObserver | null = null;
  private readonly blockOf = new Map<MarkedTerm, Element>();
  private readonly termsIn = new Map<Element, Set<MarkedTerm>>();
  private readonly near = new Set<Element>();
  /** Blocks that lost their last term: let go at the next flush unless terms come back (a block read again). */
  private readonly emptied = new Set<Element>();

  constructor(
    private readonly registry: HighlightRegistry,
    style: HighlightStyle = 'subtle',
    options: TermHighlightsOptions = {},
  ) {
    this.style = style;
    this.registerAllUpTo = options.registerAllUpTo ?? REGISTER_ALL_UP_TO;
    this.observerFactory = options.observe === undefined ? defaultObserverFactory() : options.observe;
  }

  /** Number of marked terms. */
  get size(): number {
    return this.count;
  }

  /** Whether only the terms near the viewport are registered (the page has many). */
  get limitedToViewport(): boolean {
    return this.observer !== null;
  }

  private highlightFor(match: PageMatch): Highlight {
    const kind = kindOf(match);
    let highlight = this.byKind.get(kind);
    if (highlight) return highlight;
    const name = highlightName(kind, this.style);
    highlight = new Highlight();
    this.highlights.set(name, highlight);
    this.byKind.set(kind, highlight);
    this.registry.set(name, highlight);
    return highlight;
  }

  /** Whether `term`'s range belongs in the registered Highlights now. */
  private wanted(term: MarkedTerm): boolean {
    if (this.firstShown && !this.firstShown.has(term)) return false;
    return this.observer === null || this.near.has(this.blockOf.get(term) as Element);
  }

  add(term: MarkedTerm): void {
    for (const node of nodesOf(term)) {
      const list = this.byNode.get(node);
      if (list) list.push(term);
      else this.byNode.set(node, [term]);
    }
    this.count++;
    if (this.observer) this.watch(term);
    else if (this.count > this.registerAllUpTo && this.observerFactory) this.limitToViewport();
    const highlight = this.highlightFor(term.match);
    if (this.firstOnly) this.dirty = true;
    else if (this.wanted(term)) highlight.add(term.range);
  }

  /** True if `highlight` is one of ours (highlightsFromPoint returns every page's highlights). */
  owns(highlight: unknown): boolean {
    for (const own of this.highlights.values()) if (own === highlight) return true;
    return false;
  }

  /** Terms whose range covers (some of) `node`. */
  at(node: Text): readonly MarkedTerm[] {
    return this.byNode.get(node) ?? [];
  }

  has(node: Text): boolean {
    return this.byNode.has(node);
  }

  /** Drops every term that touches `node`. */
  removeNode(node: Text): void {
    const list = this.byNode.get(node);
    if (!list) return;
    if (this.firstOnly) this.dirty = true;
    for (const term of list) {
      this.highlightFor(term.match).delete(term.range);
      this.count--;
      if (this.observer) this.unwatch(term);
      for (const other of nodesOf(term)) {
        if (other === node) continue;
        const rest = (this.byNode.get(other) ?? []).filter((t) => t !== term);
        if (rest.length > 0) this.byNode.set(other, rest);
        else this.byNode.delete(other);
      }
    }
    this.byNode.delete(node);
  }

  /** Every marked term once, in document order. */
  all(): MarkedTerm[] {
    const unique = new Set<MarkedTerm>();
    for (const list of this.byNode.values()) for (const term of list) unique.add(term);
    return [...unique].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  /** The terms that are shown: all, or the first of each id in document order (and every Kamerstuk reference). */
  shown(): MarkedTerm[] {
    const all = this.all();
    if (!this.firstOnly) return all;
    const seen = new Set<string>();
    return all.filter((term) => {
      if (term.match.kind === 'reference') return true;
      const key = `${term.match.kind}:${term.match.id ?? term.match.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /**
   * Registers `term`'s block now, ahead of the observer's next report: the keyboard scrolls a
   * term into view and opens its card in the same task.
   */
  reveal(term: MarkedTerm): void {
    const element = this.blockOf.get(term);
    if (element) this.setNear(element, true);
  }

  /** Brings the highlights in line with the marked terms after a batch of changes (first-only mode). */
  flush(): void {
    for (const element of this.emptied) if (this.termsIn.get(element)?.size === 0) this.forget(element);
    this.emptied.clear();
    if (!this.dirty) return;
    this.dirty = false;
    this.redraw();
  }

  private redraw(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
    const shown = this.shown();
    this.firstShown = this.firstOnly ? new Set(shown) : null;
    for (const term of shown) if (this.wanted(term)) this.highlightFor(term.match).add(term.range);
  }

  /** Switches the underline style by moving every range to the highlights of the new style. */
  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.unregister();
    this.style = style;
    this.redraw();
  }

  setFirstOnly(firstOnly: boolean): void {
    if (firstOnly === this.firstOnly) return;
    this.firstOnly = firstOnly;
    this.redraw();
  }

  // Near the viewport ------------------------------------------------------------------------

  /**
   * From now on only blocks near the viewport are registered. What is registered stays until the
   * observer's first report (it reports every block it is given), so nothing in view flickers.
   */
  private limitToViewport(): void {
    const factory = this.observerFactory as ViewportObserverFactory;
    this.observer = factory((entries) => this.onIntersections(entries), { rootMargin: NEAR_VIEWPORT_MARGIN });
    for (const list of this.byNode.values()) {
      for (const term of list) {
        if (this.blockOf.has(term)) continue;
        this.watch(term);
        const element = this.blockOf.get(term);
        if (element) this.near.add(element);
      }
    }
  }

  private watch(term: MarkedTerm): void {
    const element = term.block ?? blockElementOf(term.startNode);
    if (!element) return;
    this.blockOf.set(term, element);
    const terms = this.termsIn.get(element);
    if (terms) {
      terms.add(term);
      return;
    }
    this.termsIn.set(element, new Set([term]));
    this.observer?.observe(element);
  }

  private unwatch(term: MarkedTerm): void {
    const element = this.blockOf.get(term);
    if (!element) return;
    this.blockOf.delete(term);
    const terms = this.termsIn.get(element);
    terms?.delete(term);
    // A near block keeps its observation for a while: a page re-rendering it adds its terms back
    // at once, without waiting a frame for the observer. It is let go when it leaves the margin.
    // Another is let go at the end of the slice: a block read again gets its terms back within the
    // same slice, and observing it anew costs the browser more than keeping it.
    if (terms && terms.size === 0 && !this.near.has(element)) this.emptied.add(element);
  }

  private forget(element: Element): void {
    this.observer?.unobserve(element);
    this.termsIn.delete(element);
    this.near.delete(element);
  }

  private onIntersections(entries: readonly Pick<IntersectionObserverEntry, 'target' | 'isIntersecting'>[]): void {
    const start = performance.now();
    for (const entry of entries) {
      const terms = this.termsIn.get(entry.target);
      if (!terms) continue;
      if (terms.size === 0 && !entry.isIntersecting) this.forget(entry.target);
      else this.setNear(entry.target, entry.isIntersecting);
    }
    // Measured as a slice of ours, like the annotator's, so profilers and the benchmark count it.
    benchMeasure(SLICE_MEASURE, start);
  }

  private setNear(element: Element, near: boolean): void {
    if (near === this.near.has(element)) return;
    if (near) this.near.add(element);
    else this.near.delete(element);
    for (const term of this.termsIn.get(element) ?? []) {
      const highlight = this.highlightFor(term.match);
      if (near && this.wanted(term)) highlight.add(term.range);
      else highlight.delete(term.range);
    }
  }

  private unregister(): void {
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      this.registry.delete(name);
    }
    this.highlights.clear();
    this.byKind.clear();
  }

  clear(): void {
    this.unregister();
    this.byNode.clear();
    this.count = 0;
    this.observer?.disconnect();
    this.observer = null;
    this.blockOf.clear();
    this.termsIn.clear();
    this.near.clear();
    this.emptied.clear();
    this.firstShown = null;
  }
}
