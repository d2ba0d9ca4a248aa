/**
 * DOM: which marked term is under the pointer. Feature-detected, never assumed: the caret
 * position under the pointer gives the text node (most moves end here: no term starts or ends
 * in it), and the term's client rects confirm it. `CSS.highlights.highlightsFromPoint` is not
 * used: Chromium reports no highlight over some right-to-left and mixed-direction text that is
 * visibly underlined there.
 */
import type { MarkedTerm, TermHighlights } from './term-highlights';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

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

export function termAtPoint(doc: Document, highlights: TermHighlights, x: number, y: number): MarkedTerm | null {
  const node = textNodeAt(doc as CaretDocument, x, y);
  if (!node || !highlights.has(node)) return null;
  return highlights.at(node).find((term) => containsPoint(term.range, x, y)) ?? null;
}
