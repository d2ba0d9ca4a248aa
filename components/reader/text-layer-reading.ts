/**
 * The reader's text layers as reading text (lib/reader/reading-text.ts): each drawn page's layer
 * is registered with the PDF.js text items it shows, one span per item, and the page session's
 * annotator asks here how to read a block. A registered layer is read as paragraphs of reading
 * text whose offsets map back to the spans' text; any other block is read as it stands.
 */
import type { TextBlock } from '../../lib/dom/text-blocks';
import { readingText, sourceOf, type TextRun } from '../../lib/reader/reading-text';

export type RegisteredLayer = {
  items: readonly TextRun[];
  /** PDF.js's span per item (TextLayer.textDivs), filled as the layer is drawn. */
  spans: readonly HTMLElement[];
  /** The page's bottom and top edge in PDF units (its view box). */
  pageBottom: number;
  pageTop: number;
  /** The document's running heads (runningLines over its first pages). */
  running: ReadonlySet<string>;
};

const layers = new WeakMap<Element, RegisteredLayer>();

export function registerTextLayer(element: Element, layer: RegisteredLayer): void {
  layers.set(element, layer);
}

/**
 * The annotator's reading hook for the reader. `keepHyphenAfter`: lower-cased names after which a
 * line-end hyphen is a real one (`Atalanta-` + `missie`).
 */
export function textLayerReading(keepHyphenAfter: ReadonlySet<string>): (block: TextBlock) => TextBlock[] | null {
  return (block) => {
    const layer = layers.get(block.element);
    if (!layer) return null;
    const startOfNode = new Map<Text, number>();
    for (let i = 0; i < block.nodes.length; i++) startOfNode.set(block.nodes[i] as Text, block.starts[i] as number);
    // Where each item's text starts in the block's text; an item the block lacks (a layer read in
    // part) leaves the block to be read as it stands.
    const itemStart: number[] = [];
    for (let i = 0; i < layer.items.length; i++) {
      const node = layer.spans[i]?.firstChild;
      const start = node ? startOfNode.get(node as Text) : undefined;
      if (start === undefined && (layer.items[i] as TextRun).str !== '') return null;
      itemStart.push(start ?? -1);
    }
    const paragraphs = readingText(layer.items, {
      pageHeight: layer.pageTop - layer.pageBottom,
      pageBottom: layer.pageBottom,
      running: layer.running,
      keepHyphenAfter,
    });
    return paragraphs.map((paragraph) => ({
      ...block,
      text: paragraph.text,
      sourceOffset: (offset: number, asEnd: boolean) => {
        const source = sourceOf(paragraph, offset, asEnd);
        return (itemStart[source.run] as number) + source.offset;
      },
    }));
  };
}

/**
 * The words names end with (`UNIFIL`, `Atalanta`, `Support` of `Resolute Support`), lower-cased: a
 * line-end hyphen right after one is a real one (`Atalanta-` + `missie`), as hyphenation does not
 * break a word where a name ends.
 */
export function nameEndings(names: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    const last = /[\p{L}\p{M}]+$/u.exec(name.trim())?.[0];
    // Proper names only: a common word that ends a name (`NAVO-missie`) is hyphenated like any other.
    if (last && last.length > 1 && /^\p{Lu}/u.test(last)) words.add(last.toLowerCase());
  }
  return words;
}

/** The text items of a page's text content (not its marked-content markers), one per span of its text layer. */
export function textRuns(items: readonly object[]): TextRun[] {
  return items.filter((item): item is TextRun => 'str' in item);
}
