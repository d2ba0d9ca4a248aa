/**
 * TermHighlights keeps every marked term in its index, but on a page with many terms registers
 * only those whose block is near the viewport, as an IntersectionObserver (a fake here) reports.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  highlightName,
  type MarkedTerm,
  NEAR_VIEWPORT_MARGIN,
  TermHighlights,
  type ViewportObserverFactory,
} from '../../../lib/dom/term-highlights';
import type { TermMatch } from '../../../lib/matcher';

beforeAll(() => {
  // happy-dom has no CSS Custom Highlight API; a Set of ranges is all TermHighlights uses.
  const g = globalThis as unknown as { Highlight?: unknown };
  g.Highlight ??= class extends Set<AbstractRange> {};
});

/** A fake IntersectionObserver: records what is observed and lets the test report intersections. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed = new Set<Element>();
  disconnected = false;
  constructor(
    private readonly callback: Parameters<ViewportObserverFactory>[0],
    readonly init: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.disconnected = true;
    this.observed.clear();
  }
  report(entries: [Element, boolean][]) {
    this.callback(entries.map(([target, isIntersecting]) => ({ target, isIntersecting })));
  }
}
const fakeObserver: ViewportObserverFactory = (callback, init) => new FakeObserver(callback, init);

const MISSION = highlightName('mission', 'subtle');

function match(text: string, id: string): TermMatch {
  return { start: 0, end: text.length, text, kind: 'mission', id, candidates: [id] };
}

/** `count` paragraphs, each with one marked term in a <b> (so the block is the <p>, not the <b>). */
function page(count: number): { paragraphs: HTMLElement[]; terms: MarkedTerm[] } {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p id="p${i}">In <b>UNIFIL</b> ${i}</p>`).join('');
  const paragraphs = [...document.querySelectorAll('p')];
  const terms = paragraphs.map((p) => {
    const node = p.querySelector('b')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 6);
    return { range, match: match('UNIFIL', 'unifil'), startNode: node, endNode: node };
  });
  return { paragraphs, terms };
}

function setUp(options: { registerAllUpTo?: number; observe?: ViewportObserverFactory | null } = {}) {
  const registry = new Map<string, Highlight>();
  const highlights = new TermHighlights(registry as unknown as HighlightRegistry, 'subtle', {
    registerAllUpTo: 3,
    observe: fakeObserver,
    ...options,
  });
  const registered = () => new Set(registry.get(MISSION) as unknown as Set<Range>);
  return { highlights, registry, registered };
}

beforeEach(() => {
  FakeObserver.last = null;
});

describe('TermHighlights near the viewport', () => {
  it('registers every term while there are few, without an observer', () => {
    const { terms } = page(3);
    const { highlights, registered } = setUp();
    for (const term of terms) highlights.add(term);
    expect(FakeObserver.last).toBeNull();
    expect(highlights.limitedToViewport).toBe(false);
    expect(registered()).toEqual(new Set(terms.map((t) => t.range)));
  });

  it('above the limit observes the blocks with terms, one screen around the viewport', () => {
    const { paragraphs, terms } = page(6);
    const { highlights } = setUp();
    for (const term of terms) highlights.add(term);
    const observer = FakeObserver.last as FakeObserver;
    expect(highlights.limitedToViewport).toBe(true);
    expect(observer.init.rootMargin).toBe(NEAR_VIEWPORT_MARGIN);
    expect(observer.observed).toEqual(new Set(paragraphs));
  });

  it('registers only the terms of blocks the observer reports near, and follows scrolling', () => {
    const { paragraphs, terms } = page(6);
    const { highlights, registered } = setUp();
    for (const term of terms) highlights.add(term);
    const observer = FakeObserver.last as FakeObserver;
    const [p0, p1, p2, p3, p4, p5] = paragraphs as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    const range = (i: number) => (terms[i] as MarkedTerm).range;
    // The first report covers every block given to the observer.
    observer.report([
      [p0, true],
      [p1, true],
      [p2, false],
      [p3, false],
      [p4, false],
      [p5, false],
    ]);
    expect(registered()).toEqual(new Set([range(0), range(1)]));
    // Scrolled down.
    observer.report([
      [p0, false],
      [p4, true],
    ]);
    expect(registered()).toEqual(new Set([range(1), range(4)]));
    // The index still has every term, for page-terms, the list and the keyboard.
    expect(highlights.size).toBe(6);
    expect(highlights.all().map((t) => t.range)).toEqual(terms.map((t) => t.range));
  });

  it('does not register a term added to a far block until the observer reports it near', () => {
    const { paragraphs, terms } = page(5);
    const { highlights, registered } = setUp();
    for (const term of terms.slice(0, 4)) highlights.add(term);
    const observer = FakeObserver.last as FakeObserver;
    observer.report(paragraphs.slice(0, 4).map((p) => [p, false]));
    const last = terms[4] as MarkedTerm;
    highlights.add(last);
    expect(observer.observed.has(paragraphs[4] as HTMLElement)).toBe(true);
    expect(registered().has(last.range)).toBe(false);
    observer.report([[paragraphs[4] as HTMLElement, true]]);
    expect(registered()).toEqual(new Set([last.range]));
  });

  it('registers the term the keyboard reveals at once', () => {
    const { paragraphs, terms } = page(5);
    const { highlights, registered } = setUp();
    for (const term of terms) highlights.add(term);
    (FakeObserver.last as FakeObserver).report(paragraphs.map((p) => [p, false]));
    expect(registered().size).toBe(0);
    highlights.reveal(terms[3] as MarkedTerm);
    expect(registered()).toEqual(new Set([(terms[3] as MarkedTerm).range]));
  });

  it('drops removed terms, and stops observing a far block once it has none', () => {
    const { paragraphs, terms } = page(5);
    const { highlights, registered } = setUp();
    for (const term of terms) highlights.add(term);
    const observer = FakeObserver.last as FakeObserver;
    observer.report(paragraphs.map((p, i) => [p, i === 0]));
    highlights.removeNode((terms[0] as MarkedTerm).startNode);
    highlights.removeNode((terms[2] as MarkedTerm).startNode);
    expect(registered().size).toBe(0);
    expect(highlights.size).toBe(3);
    // A far block is let go at the end of the slice, unless it is read again within it.
    expect(observer.observed.has(paragraphs[2] as HTMLElement)).toBe(true);
    highlights.flush();
    // The near block stays observed until it leaves (a re-render adds its terms back at once).
    expect(observer.observed.has(paragraphs[0] as HTMLElement)).toBe(true);
    expect(observer.observed.has(paragraphs[2] as HTMLElement)).toBe(false);
    highlights.add(terms[0] as MarkedTerm);
    expect(registered()).toEqual(new Set([(terms[0] as MarkedTerm).range]));
    highlights.removeNode((terms[0] as MarkedTerm).startNode);
    observer.report([[paragraphs[0] as HTMLElement, false]]);
    expect(observer.observed.has(paragraphs[0] as HTMLElement)).toBe(false);
  });

  it('keeps observing a far block whose terms are read again before the slice ends', () => {
    const { paragraphs, terms } = page(5);
    const { highlights } = setUp();
    for (const term of terms) highlights.add(term);
    const observer = FakeObserver.last as FakeObserver;
    observer.report(paragraphs.map((p) => [p, false]));
    const far = paragraphs[3] as HTMLElement;
    const unobserved: Element[] = [];
    const unobserve = observer.unobserve.bind(observer);
    observer.unobserve = (element: Element) => {
      unobserved.push(element);
      unobserve(element);
    };
    highlights.removeNode((terms[3] as MarkedTerm).startNode);
    highlights.add(terms[3] as MarkedTerm);
    highlights.flush();
    expect(unobserved).toEqual([]);
    expect(observer.observed.has(far)).toBe(true);
  });

  it('keeps the first-occurrence setting and the style among the near terms', () => {
    const { paragraphs, terms } = page(5);
    const { highlights, registry } = setUp();
    for (const term of terms) highlights.add(term);
    const observer = FakeObserver.last as FakeObserver;
    observer.report(paragraphs.map((p, i) => [p, i >= 1]));
    highlights.setFirstOnly(true);
    // The first UNIFIL is far: nothing of the mission is registered.
    expect((registry.get(MISSION) as unknown as Set<Range>).size).toBe(0);
    observer.report([[paragraphs[0] as HTMLElement, true]]);
    expect(new Set(registry.get(MISSION) as unknown as Set<Range>)).toEqual(new Set([(terms[0] as MarkedTerm).range]));
    highlights.setFirstOnly(false);
    highlights.setStyle('clear');
    expect(registry.has(MISSION)).toBe(false);
    expect((registry.get(highlightName('mission', 'clear')) as unknown as Set<Range>).size).toBe(5);
  });

  it('lets go of the observer when cleared', () => {
    const { terms } = page(5);
    const { highlights, registry } = setUp();
    for (const term of terms) highlights.add(term);
    const observer = FakeObserver.last as FakeObserver;
    highlights.clear();
    expect(observer.disconnected).toBe(true);
    expect(registry.size).toBe(0);
    expect(highlights.size).toBe(0);
  });

  it('registers every term where there is no IntersectionObserver', () => {
    const { terms } = page(6);
    const { highlights, registered } = setUp({ observe: null });
    for (const term of terms) highlights.add(term);
    expect(highlights.limitedToViewport).toBe(false);
    expect(registered().size).toBe(6);
  });
});
