/**
 * DOM: gathers the text a reader sees as one run (a paragraph, a table cell) into a TextBlock,
 * so names split over inline elements (`EUNAVFOR <i>Atalanta</i>`) can be matched, and maps
 * offsets in that text back to DOM positions. Reads the DOM only; never changes it.
 */

/** Elements whose content is not reading text, or is the user's own input. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SVG',
  'MATH',
]);

/** Elements that flow inside a line: their text joins the surrounding block's text. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

/** Stands between two text nodes that must not be read as one line (a <br>, skipped content). */
export const BLOCK_SEPARATOR = '\n';

export type TextBlock = {
  /** The text of `nodes` joined, with BLOCK_SEPARATOR where something breaks the line. */
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node starts. */
  starts: number[];
};

export type SkipTest = (element: Element) => boolean;

/** True for elements whose whole subtree is not ours to read. */
export function isSkippedElement(element: Element, isOwnUi: SkipTest): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return isOwnUi(element);
}

export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName.toUpperCase());
}

/** Nearest ancestor that is not an inline element: the text's paragraph, cell or item. */
function blockOf(node: Node, cache: Map<Element, Element>): Element | null {
  const parent = node.parentElement;
  if (!parent) return null;
  const cached = cache.get(parent);
  if (cached) return cached;
  let block: Element = parent;
  while (isInlineElement(block) && block.parentElement) block = block.parentElement;
  cache.set(parent, block);
  return block;
}

/**
 * Yields the text blocks under `root` in document order, lazily, so the caller can stop after
 * a few milliseconds and resume later. `accept` lets the caller pass over text it already has.
 */
export function* textBlocks(
  root: Node,
  isOwnUi: SkipTest,
  accept: (node: Text) => boolean = () => true,
  from?: Node,
): Generator<TextBlock> {
  const doc = root.ownerDocument ?? (root as Document);
  let broken = false;
  // No NodeFilter: a filter is a call from the browser into JS for every node, which cost more
  // than the rest of the walk (benchmark: ~10 ms of ~30 on a 1 MB page). Skipped subtrees are
  // stepped over here instead, exactly as FILTER_REJECT would.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  if (from) walker.currentNode = from;
  const cache = new Map<Element, Element>();
  let current: { block: Element; value: TextBlock } | null = null;

  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (isSkippedElement(node as Element, isOwnUi)) {
        // Skipped content between two text nodes still breaks the line.
        broken = true;
        node = nextOutside(walker);
        continue;
      }
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR' || !isInlineElement(node as Element)) broken = true;
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    if (text.data.length === 0 || !accept(text)) {
      broken = true;
      node = walker.nextNode();
      continue;
    }
    const block = blockOf(text, cache);
    if (!block) {
      node = walker.nextNode();
      continue;
    }
    if (current && current.block !== block) {
      yield current.value;
      current = null;
    }
    if (!current) {
      current = { block, value: { text: '', nodes: [], starts: [] } };
    } else if (broken) {
      current.value.text += BLOCK_SEPARATOR;
    }
    current.value.starts.push(current.value.text.length);
    current.value.nodes.push(text);
    current.value.text += text.data;
    broken = false;
    node = walker.nextNode();
  }
  if (current) yield current.value;
}

/** The node after the walker's current node and its subtree (null past the root), as FILTER_REJECT steps. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** Text nodes that are skipped elements' content are excluded; this tells if one is eligible. */
export function isEligibleTextNode(node: Text, isOwnUi: SkipTest): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el, isOwnUi)) return false;
  }
  return true;
}

/** The DOM position of `offset` in `block.text` (an end offset maps to the end of its node). */
export function domPosition(block: TextBlock, offset: number, asEnd: boolean): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid] as number;
    if (start < offset || (!asEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  return { node, offset: Math.min(Math.max(offset - (starts[lo] as number), 0), node.data.length) };
}
