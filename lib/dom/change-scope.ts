/**
 * DOM: what a change the page makes touches, for the re-read after it: whether reading the added
 * blocks alone is enough, the block a change lies in, and where a removed node stood.
 */
import { isInlineElement, isSkippedElement, type SkipTest, textBlocks } from './text-blocks';

/**
 * True when a childList change cannot alter the text of the lines around it, so reading the
 * added nodes alone gives the same marks as re-reading the whole target: the target is a block
 * (not inline), every node added or removed is a non-inline element (or a comment), and on at
 * least one side of the change no text of the target's own line lies before the line ends (at
 * the target's edge, or at an element whose text forms blocks of its own). Then no line of the
 * target is split or joined; at most whitespace moves at a line's end.
 */
export function leavesLinesAsTheyWere(record: MutationRecord, isOwnUi: SkipTest): boolean {
  const target = record.target;
  if (target.nodeType !== Node.ELEMENT_NODE || isInlineElement(target as Element)) return false;
  const wholeBlocks = (nodes: NodeList) => {
    for (const node of nodes) {
      if (node.nodeType === Node.COMMENT_NODE) continue;
      if (node.nodeType !== Node.ELEMENT_NODE || isInlineElement(node as Element)) return false;
    }
    return true;
  };
  if (!wholeBlocks(record.addedNodes) || !wholeBlocks(record.removedNodes)) return false;
  return (
    !lineTextBeyond(record.previousSibling, (n) => n.previousSibling, isOwnUi) ||
    !lineTextBeyond(record.nextSibling, (n) => n.nextSibling, isOwnUi)
  );
}

/** Walking from `start` away from a change: whether text of the parent's own line comes before the line ends. */
function lineTextBeyond(start: Node | null, step: (node: Node) => Node | null, isOwnUi: SkipTest): boolean {
  for (let node = start; node; node = step(node)) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (isBlankText(node)) continue;
      return true;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    // An inline element may hold text of this line (or a block inside it): assume it does.
    if (isInlineElement(element)) return true;
    // Skipped content, <br>, or a block without text only put a separator in the line.
    if (isSkippedElement(element, isOwnUi)) continue;
    if (!textBlocks(element, isOwnUi).next().done) return false;
  }
  return false;
}

/**
 * Where a node the page removed stood, as a place to read on from that starts a block (so no
 * block is read from its middle): the block before it, read again; its parent, when it was the
 * first thing there; else the enclosing block of its parent.
 */
export function placeOfRemoval(record: MutationRecord, isOwnUi: SkipTest): Node {
  const target = record.target;
  if (target.nodeType === Node.ELEMENT_NODE && !isInlineElement(target as Element)) {
    let before = record.previousSibling;
    while (before && (before.nodeType === Node.COMMENT_NODE || isBlankText(before))) before = before.previousSibling;
    if (!before) return target;
    const element = before.nodeType === Node.ELEMENT_NODE ? (before as Element) : null;
    if (element && !isInlineElement(element) && !isSkippedElement(element, isOwnUi)) return element;
  }
  return enclosingBlock(target);
}

/** The nearest node at or above `node` that is not an inline element: where its line's block starts. */
export function enclosingBlock(node: Node): Node {
  let current: Node = node;
  while (current.parentNode && current.nodeType === Node.ELEMENT_NODE && isInlineElement(current as Element)) {
    current = current.parentNode;
  }
  return current;
}

/** Calls `visit` for `node` if it is text, else for every text node under it. */
export function forEachText(node: Node, visit: (text: Text) => void): void {
  if (node.nodeType === Node.TEXT_NODE) {
    visit(node as Text);
    return;
  }
  const doc = node.ownerDocument;
  if (!doc) return;
  const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) visit(t as Text);
}

function isBlankText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE && /^\s*$/u.test((node as Text).data);
}
