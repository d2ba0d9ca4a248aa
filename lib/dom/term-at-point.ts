/**
 * DOM: which marked term is under the pointer. Feature-detected, never assumed: the caret
 * position under the pointer gives the text node (most moves end here: no term starts or ends
 * in it), and the term's client rects confirm it. `CSS.highlights.highlightsFromPoint` is not
 * used: Chromium reports no highlight over some right-to-left and mixed-direction text that is
 * visibly underlined there.
 *
 * Where the direction changes, the caret over the edge of a term may be placed at the edge of
 * the text beside it (Chromium: 'UNIFIL' in <b> inside a right-to-left paragraph gives the end of
 * the Hebrew before it), so at a node's edge the text node on that side is asked too.
 */
import type { MarkedTerm, TermHighlights } from './term-highlights';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

type Caret = { node: Node; offset: number };

function caretAt(doc: CaretDocument, x: number, y: number): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** The text node next to `node` in document order (backwards or forwards), or null. */
function adjacentText(doc: Document, node: Node, backwards: boolean): Text | null {
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  return (backwards ? walker.previousNode() : walker.nextNode()) as Text | null;
}

/** The first text node inside `node` (itself, if it is one), or null. */
function firstTextIn(doc: Document, node: Node): Text | null {
  if (node.nodeType === Node.TEXT_NODE) return node as Text;
  const text = adjacentText(doc, node, false);
  return text && node.contains(text) ? text : null;
}

/** The last text node inside `node` (itself, if it is one), or null. */
function lastTextIn(doc: Document, node: Node): Text | null {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  const text = last.nodeType === Node.TEXT_NODE ? (last as Text) : adjacentText(doc, last, true);
  return text && node.contains(text) ? text : null;
}

/**
 * The text nodes the caret may stand for: its own; at the start or end of a text node, also the
 * text before or after it; between an element's children, the text on either side.
 */
function textNodesAt(doc: Document, { node, offset }: Caret): Text[] {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node as Text;
    const edge =
      offset === 0 ? adjacentText(doc, text, true) : offset >= text.length ? adjacentText(doc, text, false) : null;
    return edge ? [text, edge] : [text];
  }
  const before = node.childNodes[offset - 1];
  const after = node.childNodes[offset];
  return [before && lastTextIn(doc, before), after && firstTextIn(doc, after)].filter((t): t is Text => !!t);
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

export function termAtPoint(doc: Document, highlights: TermHighlights, x: number, y: number): MarkedTerm | null {
  const caret = caretAt(doc as CaretDocument, x, y);
  if (!caret) return null;
  for (const node of textNodesAt(doc, caret)) {
    if (!highlights.has(node)) continue;
    const term = highlights.at(node).find((t) => containsPoint(t.range, x, y));
    if (term) return term;
  }
  return null;
}
