/**
 * DOM: where page text stands relative to the viewport, asked by the passes that read the screen
 * first and read ahead of the reader. Each question lays the page out if it is not yet: asked
 * sparingly.
 */
import { isInlineElement, isSkippedElement, type SkipTest, type TextBlock } from './text-blocks';

/** Whether the block's top lies below `viewportBottom` (viewport coordinates). */
export function isBelow(block: TextBlock, viewportBottom: number): boolean {
  return block.element.getBoundingClientRect().top > viewportBottom;
}

/**
 * Where to read first when the page opens scrolled (a reload, a #fragment): the block around the
 * element at the top of the viewport, so no line is read from its middle, and outside any
 * skipped content there (a form field or code block at the top is not read). Null: read from the start.
 */
export function firstVisibleNode(document: Document, isOwnUi: SkipTest): Node | null {
  const view = document.defaultView;
  const body = document.body;
  if (!view || !body || view.scrollY === 0) return null;
  const top = document.elementFromPoint(view.innerWidth / 2, 1);
  if (!top || !body.contains(top)) return null;
  let start: Element = top;
  for (let el: Element | null = top; el && el !== body; el = el.parentElement) {
    if (isSkippedElement(el, isOwnUi)) start = el.parentElement ?? body;
  }
  while (start !== body && isInlineElement(start) && start.parentElement) start = start.parentElement;
  return start === body ? null : start;
}
