/**
 * The reader's text layer read through the annotator's reading hook: spans laid out as PDF.js
 * lays them out (one per text item, a <br> at each line's end), a running head on top, a name
 * hyphenated over two lines and a footnote mark glued to a name. The marks land on the spans'
 * glyphs: both halves of the hyphenated name, and the name without its mark.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nameEndings, registerTextLayer, textLayerReading } from '../../../components/reader/text-layer-reading';
import { Annotator } from '../../../lib/dom/annotator';
import { TermHighlights } from '../../../lib/dom/term-highlights';
import { compileMatcher } from '../../../lib/matcher';
import type { TextRun } from '../../../lib/reader/reading-text';
import { MISSIONS } from '../../support/matcher-fixtures';

const matcher = compileMatcher(MISSIONS);

beforeAll(() => {
  const g = globalThis as unknown as { Highlight?: unknown };
  g.Highlight ??= class extends Set<AbstractRange> {};
});

const started: Annotator[] = [];
afterEach(() => {
  for (const a of started.splice(0)) a.stop();
  document.body.replaceChildren();
});

const HEAD = 'Tweede Kamer, vergaderjaar 2024–2025, 29 521, nr. 493';
/** [text, baseline y, size, x] per item; the last item of each line ends it. */
const LINES: [string, number, number, number, boolean][] = [
  [`${HEAD} 2`, 815, 9, 57, true],
  ['Met de toegenomen piraterij in de wateren rond Somalië is Operatie Ata-', 770, 13, 57, true],
  ['lanta weer belangrijker. Het mandaat van UNIFIL', 750.5, 13, 57, false],
  ['12', 755.5, 8, 370, false],
  [' is verlengd.', 750.5, 13, 378, true],
];

function textLayer(): { layer: HTMLElement; items: TextRun[] } {
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  const items: TextRun[] = [];
  const spans: HTMLElement[] = [];
  for (const [str, y, size, x, eol] of LINES) {
    items.push({ str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size, hasEOL: eol });
    const span = document.createElement('span');
    span.textContent = str;
    spans.push(span);
    layer.append(span);
    if (eol) layer.append(document.createElement('br'));
  }
  registerTextLayer(layer, {
    items,
    spans,
    pageBottom: 0,
    pageTop: 842,
    running: new Set(['tweede kamer, vergaderjaar #–#, # #, nr. # #']),
  });
  return { layer, items };
}

async function annotate(reading?: ReturnType<typeof textLayerReading>): Promise<Annotator> {
  const annotator = new Annotator({
    document,
    matcher,
    highlights: new TermHighlights(new Map() as unknown as HighlightRegistry),
    isOwnUi: () => false,
    readAheadScreens: Number.POSITIVE_INFINITY,
    reading,
  });
  started.push(annotator);
  annotator.start();
  await annotator.readAll();
  return annotator;
}

describe('the reader text layer through the reading hook', () => {
  it('marks a hyphenated name over both halves, and a name without its footnote mark', async () => {
    const { layer } = textLayer();
    document.body.append(layer);
    const annotator = await annotate(textLayerReading(nameEndings(['UNIFIL', 'Atalanta', 'Operatie Atalanta'])));
    const marked = annotator
      .terms()
      .map(({ range, match }) => ({ id: 'id' in match ? match.id : null, text: match.text, dom: range.toString() }));
    expect(marked).toEqual([
      { id: 'atalanta', text: 'Operatie Atalanta', dom: 'Operatie Ata-lanta' },
      { id: 'unifil', text: 'UNIFIL', dom: 'UNIFIL' },
    ]);
    // The first mark starts in the first body line's span and ends in the next line's.
    const [first] = annotator.terms();
    expect(first?.range.startContainer.parentElement).toBe(layer.children[2]);
    expect(first?.range.endContainer.parentElement).toBe(layer.children[4]);
  });

  it('without the hook, the same layer misses both: the name is split by a hyphen, the other glued to its mark', async () => {
    const { layer } = textLayer();
    document.body.append(layer);
    const annotator = await annotate();
    expect(annotator.terms().map(({ match }) => match.text)).toEqual([]);
  });

  it('reads an unregistered block as it stands', async () => {
    const p = document.createElement('p');
    p.textContent = 'Operatie Atalanta en UNIFIL';
    document.body.append(p);
    const annotator = await annotate(textLayerReading(new Set()));
    expect(annotator.terms().map(({ match }) => match.text)).toEqual(['Operatie Atalanta', 'UNIFIL']);
  });

  it('takes the words names end with as words after which a hyphen is real', () => {
    expect([...nameEndings(['UNIFIL', 'Operatie Atalanta', 'Atalanta', 'Resolute Support', 'EU NAVFOR'])]).toEqual([
      'unifil',
      'atalanta',
      'support',
      'navfor',
    ]);
  });
});
