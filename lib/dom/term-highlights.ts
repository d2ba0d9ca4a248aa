/**
 * DOM: the marked terms of a page, shown with the CSS Custom Highlight API so not a single node
 * is added to the page. Keeps its own index of ranges: Firefox does not let a content script
 * iterate CSS.highlights or a Highlight, and hover and page-terms need the ranges anyway.
 */
import type { TermMatch } from '../matcher';

export type MarkedTerm = { range: Range; match: TermMatch; startNode: Text; endNode: Text };

export type HighlightStyle = 'subtle' | 'clear';

/** Highlight names; the stylesheet in entrypoints/content/highlights.css styles each of them. */
export function highlightName(kind: 'mission' | 'ambiguous' | 'term', style: HighlightStyle): string {
  return `missiewijzer-${kind}-${style}`;
}

function kindOf(match: TermMatch): 'mission' | 'ambiguous' | 'term' {
  if (match.kind === 'term') return 'term';
  return match.id === null ? 'ambiguous' : 'mission';
}

export class TermHighlights {
  private readonly byNode = new Map<Text, MarkedTerm[]>();
  private readonly highlights = new Map<string, Highlight>();
  private style: HighlightStyle;
  /** Show only the first occurrence of each id, in document order (a setting). */
  private firstOnly = false;
  private dirty = false;

  constructor(
    private readonly registry: HighlightRegistry,
    style: HighlightStyle = 'subtle',
  ) {
    this.style = style;
  }

  /** Number of marked terms. */
  get size(): number {
    let n = 0;
    for (const [node, list] of this.byNode) for (const term of list) if (term.startNode === node) n++;
    return n;
  }

  private highlightFor(match: TermMatch): Highlight {
    const name = highlightName(kindOf(match), this.style);
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(name, highlight);
      this.registry.set(name, highlight);
    }
    return highlight;
  }

  add(term: MarkedTerm): void {
    if (this.firstOnly) this.dirty = true;
    else this.highlightFor(term.match).add(term.range);
    for (const node of term.startNode === term.endNode ? [term.startNode] : [term.startNode, term.endNode]) {
      const list = this.byNode.get(node);
      if (list) list.push(term);
      else this.byNode.set(node, [term]);
    }
  }

  /** True if `highlight` is one of ours (highlightsFromPoint returns every page's highlights). */
  owns(highlight: unknown): boolean {
    for (const own of this.highlights.values()) if (own === highlight) return true;
    return false;
  }

  /** Terms whose range starts or ends in `node`. */
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
      for (const other of [term.startNode, term.endNode]) {
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

  /** The terms that are shown: all, or the first of each id in document order. */
  shown(): MarkedTerm[] {
    const all = this.all();
    if (!this.firstOnly) return all;
    const seen = new Set<string>();
    return all.filter((term) => {
      const key = `${term.match.kind}:${term.match.id ?? term.match.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** Brings the highlights in line with the marked terms after a batch of changes (first-only mode). */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.redraw();
  }

  private redraw(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
    for (const term of this.shown()) this.highlightFor(term.match).add(term.range);
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

  private unregister(): void {
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      this.registry.delete(name);
    }
    this.highlights.clear();
  }

  clear(): void {
    this.unregister();
    this.byNode.clear();
  }
}
