/**
 * termAtPoint asks the caret position under the pointer for its text node. Where the text's
 * direction changes, browsers may place that caret at the edge of the neighbouring text (seen in
 * Chromium over the end of 'UNIFIL' in a right-to-left paragraph): the term must still be found.
 * The caret and the term's client rects are stubbed here; tests/e2e/card.scenarios.ts hovers for real.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { termAtPoint } from '../../../lib/dom/term-at-point';
import { type MarkedTerm, TermHighlights } from '../../../lib/dom/term-highlights';
import type { TermMatch } from '../../../lib/matcher';

beforeAll(() => {
  const g = globalThis as unknown as { Highlight?: unknown };
  g.Highlight ??= class extends Set<AbstractRange> {};
});

const RECT = { left: 100, right: 160, top: 10, bottom: 30 };
const INSIDE = { x: 158, y: 20 };

let caret: { offsetNode: Node; offset: number } | null = null;
let highlights: TermHighlights;
let term: MarkedTerm;
let [before, name, after] = [] as Text[];

beforeEach(() => {
  document.body.innerHTML = '<p dir="rtl">שלום <b>UNIFIL</b>עולם</p><p>Geen naam.</p>';
  const p = document.querySelector('p') as HTMLParagraphElement;
  [before, name, after] = [p.firstChild, p.querySelector('b')?.firstChild, p.lastChild] as Text[];
  const range = { getClientRects: () => [RECT] } as unknown as Range;
  const match: TermMatch = { start: 0, end: 6, text: 'UNIFIL', kind: 'mission', id: 'unifil', candidates: ['unifil'] };
  term = { range, match, startNode: name as Text, endNode: name as Text };
  highlights = new TermHighlights(new Map() as unknown as HighlightRegistry, 'subtle', { observe: null });
  highlights.add(term);
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => caret;
});

const at = (offsetNode: Node, offset: number) => {
  caret = { offsetNode, offset };
  return termAtPoint(document, highlights, INSIDE.x, INSIDE.y);
};

describe('termAtPoint', () => {
  it("finds the term from a caret in the term's own text", () => {
    expect(at(name as Text, 3)).toBe(term);
    expect(at(name as Text, 0)).toBe(term);
    expect(at(name as Text, 6)).toBe(term);
  });

  it('finds the term from a caret at the edge of the text beside it', () => {
    expect(at(before as Text, (before as Text).length)).toBe(term);
    expect(at(after as Text, 0)).toBe(term);
  });

  it('finds the term from a caret between elements', () => {
    const p = (name as Text).parentNode?.parentNode as Node;
    expect(at(p, 1)).toBe(term);
    expect(at(p, 2)).toBe(term);
  });

  it('finds nothing from the middle of other text, or where the point is outside the term', () => {
    expect(at(before as Text, 2)).toBeNull();
    expect(at(document.querySelectorAll('p')[1]?.firstChild as Text, 3)).toBeNull();
    caret = { offsetNode: name as Text, offset: 3 };
    expect(termAtPoint(document, highlights, RECT.right + 5, INSIDE.y)).toBeNull();
    caret = null;
    expect(termAtPoint(document, highlights, INSIDE.x, INSIDE.y)).toBeNull();
  });
});
