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

/**
 * Stands between two text nodes that a <br> or a block (even an empty one) sets on different
 * lines. The matcher reads it as whitespace, so a name wrapped over a line break still counts.
 */
export const BLOCK_SEPARATOR = '\n';
/**
 * Stands where skipped content (a script, a form field, code, an editable region) lies between
 * two text nodes. Neither space nor letter, so no name is read across it: a mark never spans
 * text we do not read.
 */
export const SKIPPED_SEPARATOR = '\uFFFC';

export type TextBlock = {
  /** The text of `nodes` joined, with BLOCK_SEPARATOR or SKIPPED_SEPARATOR where something breaks the line. */
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node starts. */
  starts: number[];
  /**
   * Length of each node's text, kept so no offset mapping reads `data` again: from a Firefox
   * content script every read of `data` copies the whole string across compartments (one 1 MB
   * text node with 15,000 names took 97 s).
   */
  lengths: number[];
  /** The nearest non-inline ancestor of the nodes: the paragraph, cell or item. */
  element: Element;
  /**
   * Set when `text` is a reading of the nodes' text rather than the text itself (a PDF page's
   * reading text: AnnotatorOptions.reading): maps an offset in `text` to one in the nodes' text
   * as joined above (`starts`), a start to where its character starts, an end to where the
   * character before it ends.
   */
  sourceOffset?: (offset: number, asEnd: boolean) => number;
};

/**
 * Tells our own UI apart. Only asked about custom elements (a hyphen in the name), which our UI
 * is: the walk saves a property read on every other element.
 */
export type SkipTest = (element: Element) => boolean;

/** The nodeName of every text node (the walk shows only elements and text). */
const TEXT_NAME = '#text';

const BLOCK = 0;
const INLINE = 1;
const SKIPPED = 2;
const LINE_BREAK = 3;
const CUSTOM = 4;
type TagKind = typeof BLOCK | typeof INLINE | typeof SKIPPED | typeof LINE_BREAK | typeof CUSTOM;

/**
 * What a tag name is, by the tables above, cached per tagName string: the walk reads one property
 * per element instead of three (each read is a call into the browser, dearer from a content
 * script's isolated world).
 */
const kinds = new Map<string, TagKind>();
function kindOf(tagName: string): TagKind {
  let kind = kinds.get(tagName);
  if (kind === undefined) {
    const upper = tagName.toUpperCase();
    if (SKIPPED_TAGS.has(upper)) kind = SKIPPED;
    else if (upper === 'BR') kind = LINE_BREAK;
    else if (INLINE_TAGS.has(upper)) kind = INLINE;
    else kind = tagName.includes('-') ? CUSTOM : BLOCK;
    kinds.set(tagName, kind);
  }
  return kind;
}

/** True for elements whose whole subtree is not ours to read. */
export function isSkippedElement(element: Element, isOwnUi: SkipTest): boolean {
  const kind = kindOf(element.tagName);
  if (kind === SKIPPED) return true;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return kind === CUSTOM && isOwnUi(element);
}

export function isInlineElement(element: Element): boolean {
  return kindOf(element.tagName) === INLINE;
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
 * Whether anything in or around `root` can be editable: a contenteditable attribute on it, an
 * ancestor or a descendant, or design mode. When not, the walk does not ask each element (a
 * call into the browser that brings style up to date); isEligibleTextNode still asks.
 */
export function mayHoldEditable(root: Node, doc: Document): boolean {
  if (doc.designMode === 'on') return true;
  const element = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : null;
  if (element?.closest('[contenteditable]')) return true;
  const scope = element ?? (root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : null);
  return scope === null || scope.querySelector('[contenteditable]') !== null;
}

/** How textBlocks walks. */
export type WalkOptions = {
  /** Lets the caller pass over text it already has (left out, every node is taken, and no call is made per node). */
  accept?: (node: Text) => boolean;
  /** Where to start: the walk goes on after this node. */
  from?: Node;
  /** What mayHoldEditable(root) gives, when the caller knows it (asking costs a search of the subtree). */
  editable?: boolean;
  /**
   * Leaves out blocks of whitespace alone (the line breaks between a page's paragraphs: most of
   * its blocks). For a first read, where such text holds no marks to take away; a re-read after
   * the page changed text yields them, so a mark on text the page blanked goes.
   */
  skipBlank?: boolean;
};

const NOT_BLANK = /\S/;

/**
 * Yields the text blocks under `root` in document order, lazily, so the caller can stop after
 * a few milliseconds and resume later.
 */
export function* textBlocks(root: Node, isOwnUi: SkipTest, options: WalkOptions = {}): Generator<TextBlock> {
  const { accept, from, editable, skipBlank = false } = options;
  const doc = root.ownerDocument ?? (root as Document);
  /** What lies between the last text node and the next: nothing, a line break, or skipped content. */
  let gap = '';
  const lineBreak = () => {
    if (gap !== SKIPPED_SEPARATOR) gap = BLOCK_SEPARATOR;
  };
  // No NodeFilter: a filter is a call from the browser into JS for every node, which cost more
  // than the rest of the walk (benchmark: ~10 ms of ~30 on a 1 MB page). Skipped subtrees are
  // stepped over here instead, exactly as FILTER_REJECT would.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  if (from) walker.currentNode = from;
  const cache = new Map<Element, Element>();
  const mayEdit = editable ?? mayHoldEditable(root, doc);
  let current: TextBlock | null = null;

  let node = walker.nextNode();
  while (node) {
    // One read tells both what the node is and, for an element, its tag: nodeName is `#text` or
    // the tagName. Reading nodeType (against Node.ELEMENT_NODE) and then tagName, this walk of the
    // bench's 1 MB page took 66 ms in a Firefox ESR content script against 34 now (medians of 10
    // fresh loads); in Chromium's, 15.6 against 13.9.
    const name = node.nodeName;
    if (name !== TEXT_NAME) {
      const element = node as Element;
      const kind = kindOf(name);
      if (
        kind === SKIPPED ||
        (mayEdit && element instanceof HTMLElement && element.isContentEditable) ||
        (kind === CUSTOM && isOwnUi(element))
      ) {
        // Skipped content between two text nodes separates them.
        gap = SKIPPED_SEPARATOR;
        node = nextOutside(walker);
        continue;
      }
      if (kind !== INLINE) lineBreak();
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    let data = text.data;
    if (data.length === 0 || (accept !== undefined && !accept(text))) {
      lineBreak();
      node = walker.nextNode();
      continue;
    }
    const block = blockOf(text, cache);
    if (!block) {
      node = walker.nextNode();
      continue;
    }
    if (current && current.element !== block) {
      yield current;
      current = null;
      // The page may have changed this node while the caller paused here.
      data = text.data;
    }
    if (!current && skipBlank && !NOT_BLANK.test(data)) {
      node = walker.nextNode();
      continue;
    }
    if (!current) {
      current = { text: '', nodes: [], starts: [], lengths: [], element: block };
    } else {
      current.text += gap;
    }
    current.starts.push(current.text.length);
    current.lengths.push(data.length);
    current.nodes.push(text);
    current.text += data;
    gap = '';
    node = walker.nextNode();
  }
  if (current) yield current;
}

/** The node after the walker's current node and its subtree (null past the root), as FILTER_REJECT steps. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** Whether neither `element` nor any ancestor is skipped: its text may be read. */
export function isReadableElement(element: Element, isOwnUi: SkipTest): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (isSkippedElement(el, isOwnUi)) return false;
  }
  return true;
}

/** Text nodes that are skipped elements' content are excluded; this tells if one is eligible. */
export function isEligibleTextNode(node: Text, isOwnUi: SkipTest): boolean {
  const parent = node.parentElement;
  return parent === null || isReadableElement(parent, isOwnUi);
}

/** The DOM position of `offset` in `block.text` (an end offset maps to the end of its node). */
export function domPosition(block: TextBlock, at: number, asEnd: boolean): { node: Text; offset: number } {
  const { starts, nodes } = block;
  const offset = block.sourceOffset ? block.sourceOffset(at, asEnd) : at;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid] as number;
    if (start < offset || (!asEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  return { node, offset: Math.min(Math.max(offset - (starts[lo] as number), 0), block.lengths[lo] as number) };
}
