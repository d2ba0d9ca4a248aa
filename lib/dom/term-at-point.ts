/**
 * DOM: which marked term is under the pointer. Feature-detected, never assumed:
 * `CSS.highlights.highlightsFromPoint` (where it exists) rules out most moves cheaply; then the
 * caret position under the pointer gives the text node, and the term's client rects confirm it.
 */
import type { MarkedTerm, TermHighlights } from './term-highlights';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

type PointRegistry = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => unknown[] };

function textNodeAt(doc: CaretDocument, x: number, y: number): Text | null {
  let node: Node | null | undefined = null;
  if (typeof doc.caretPositionFromPoint === 'function') node = doc.caretPositionFromPoint(x, y)?.offsetNode;
  else if (typeof doc.caretRangeFromPoint === 'function') node = doc.caretRangeFromPoint(x, y)?.startContainer;
  return node?.nodeType === Node.TEXT_NODE ? (node as Text) : null;
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

export function termAtPoint(
  doc: Document,
  registry: HighlightRegistry,
  highlights: TermHighlights,
  x: number,
  y: number,
): MarkedTerm | null {
  const fromPoint = (registry as PointRegistry).highlightsFromPoint;
  if (typeof fromPoint === 'function') {
    // Entries are Highlights in older drafts of the spec, { highlight, ranges } in newer ones.
    const under = fromPoint.call(registry, x, y).map((item) => (item as { highlight?: unknown }).highlight ?? item);
    if (!under.some((h) => highlights.owns(h))) return null;
  }
  const node = textNodeAt(doc as CaretDocument, x, y);
  if (!node) return null;
  return highlights.at(node).find((term) => containsPoint(term.range, x, y)) ?? null;
}
