/**
 * The reading text of a PDF page, on text items laid out as PDF.js reports them for a Kamerstuk
 * printed by Chromium (one item per run of one font on a line, the last of a line with hasEOL;
 * y is the baseline, growing upwards), with sentences from the seeds.
 */
import { describe, expect, it } from 'vitest';
import {
  type ReadingParagraph,
  readingText,
  runningLines,
  sourceOf,
  type TextRun,
} from '../../../lib/reader/reading-text';

const PAGE_HEIGHT = 842;
const SIZE = 13;
/** Average advance of a glyph, as a fraction of the font size. */
const ADVANCE = 0.5;

type Piece = { str: string; size?: number; raise?: number; gap?: number };

/** One line's items, from `x` at baseline `y`; each piece follows the one before it (`gap` apart). */
function line(y: number, pieces: (string | Piece)[], x = 57): TextRun[] {
  const items: TextRun[] = [];
  let at = x;
  for (const piece of pieces) {
    const p = typeof piece === 'string' ? { str: piece } : piece;
    const size = p.size ?? SIZE;
    at += p.gap ?? 0;
    const width = p.str.length * size * ADVANCE;
    items.push({
      str: p.str,
      transform: [size, 0, 0, size, at, y + (p.raise ?? 0)],
      width,
      height: size,
      hasEOL: false,
    });
    at += width;
  }
  const last = items[items.length - 1];
  if (last) last.hasEOL = true;
  return items;
}

/** Lines of body text from the top of the text area down, 1.5 lines apart. */
function body(lines: (string | Piece)[][], top = 770, x = 57): TextRun[] {
  return lines.flatMap((pieces, i) => line(top - i * 1.5 * SIZE, pieces, x));
}

/** Paragraphs of lines from the top down: `spacing` sizes from line to line, `gap` sizes more after each paragraph. */
function laidOut(paragraphs: readonly string[][], spacing: number, gap: number): TextRun[] {
  const items: TextRun[] = [];
  let y = 770;
  for (const lines of paragraphs) {
    for (const text of lines) {
      items.push(...line(y, [text]));
      y -= spacing * SIZE;
    }
    y -= gap * SIZE;
  }
  return items;
}

const read = (items: TextRun[], running?: Set<string>, keep?: Set<string>) =>
  readingText(items, { pageHeight: PAGE_HEIGHT, running, keepHyphenAfter: keep });
const texts = (paragraphs: ReadingParagraph[]) => paragraphs.map((p) => p.text);

/** The item text a stretch of reading text maps back to, read from the items themselves. */
function sourceText(items: TextRun[], paragraph: ReadingParagraph, word: string): string {
  const at = paragraph.text.indexOf(word);
  expect(at).toBeGreaterThanOrEqual(0);
  const start = sourceOf(paragraph, at, false);
  const end = sourceOf(paragraph, at + word.length, true);
  let out = '';
  for (let run = start.run; run <= end.run; run++) {
    const str = (items[run] as TextRun).str;
    out += str.slice(run === start.run ? start.offset : 0, run === end.run ? end.offset : str.length);
  }
  return out;
}

describe('readingText: lines and hyphenation', () => {
  it('joins the lines of a paragraph with a space', () => {
    const items = body([
      ['De United Nations Interim Force in Lebanon (UNIFIL) richt zich op het monitoren'],
      ['van vijandelijkheden in het grensgebied tussen Israël en Libanon en het'],
      ['ondersteunen van de inzet van de Lebanese Armed'],
      ['Forces (LAF).'],
    ]);
    expect(texts(read(items))).toEqual([
      'De United Nations Interim Force in Lebanon (UNIFIL) richt zich op het monitoren van vijandelijkheden in ' +
        'het grensgebied tussen Israël en Libanon en het ondersteunen van de inzet van de Lebanese Armed Forces (LAF).',
    ]);
  });

  it('joins a name hyphenated at a line end, and maps it back to both halves', () => {
    const items = body([['Met de toegenomen piraterij is ook het belang van Ata-'], ['lanta toegenomen.']]);
    const [paragraph] = read(items);
    expect(paragraph?.text).toBe('Met de toegenomen piraterij is ook het belang van Atalanta toegenomen.');
    // The match's start lies in the first line's item, its end in the second's.
    const at = (paragraph as ReadingParagraph).text.indexOf('Atalanta');
    expect(sourceOf(paragraph as ReadingParagraph, at, false)).toEqual({ run: 0, offset: 50 });
    expect(sourceOf(paragraph as ReadingParagraph, at + 8, true)).toEqual({ run: 1, offset: 5 });
    expect(sourceText(items, paragraph as ReadingParagraph, 'Atalanta')).toBe('Ata-lanta');
  });

  it('keeps a real hyphen at a line end: after a capital (VN-missie, UNIFIL-mandaat) or a known name', () => {
    const items = body([
      ['een internationale coalitie (bijvoorbeeld een NAVO-, EU- of VN-'],
      ['missie of een coalition of the willing). Het UNIFIL-'],
      ['mandaat is unaniem verlengd. Het Atalanta-'],
      ['mandaat loopt door.'],
    ]);
    expect(read(items, undefined, new Set(['atalanta']))[0]?.text).toBe(
      'een internationale coalitie (bijvoorbeeld een NAVO-, EU- of VN-missie of een coalition of the willing). ' +
        'Het UNIFIL-mandaat is unaniem verlengd. Het Atalanta-mandaat loopt door.',
    );
    // Without knowing the name, a hyphen between two lower-case letters is hyphenation.
    expect(read(items)[0]?.text).toContain('Het Atalantamandaat loopt door.');
  });

  it('keeps a line-end hyphen and the space before a lone conjunction: a compound whose shared part comes after', () => {
    const items = body([
      ['het Nationaal Comité 4 en 5 mei en de Holocaust-'],
      ['en oorlogsslachtoffers, in NAVO-'],
      ['en EU-verband, en met een coalitie-'],
      ['of VN-mandaat. De missie-'],
      ['enveloppe blijft.'],
    ]);
    expect(read(items)[0]?.text).toBe(
      'het Nationaal Comité 4 en 5 mei en de Holocaust- en oorlogsslachtoffers, in NAVO- en EU-verband, ' +
        'en met een coalitie- of VN-mandaat. De missieenveloppe blijft.',
    );
  });

  it('keeps a hyphen written on one line, and drops a soft hyphen at a line end', () => {
    const items = body([['De VN-missie UNTSO en de EU-missie Ir\u00AD'], ['ini.']]);
    expect(read(items)[0]?.text).toBe('De VN-missie UNTSO en de EU-missie Irini.');
  });

  it('joins runs of one line without a space, and adds one where the PDF leaves a gap', () => {
    const items = body([
      ['De waarnemers van ', 'UN', 'TSO', ' blijven'],
      ['in de', { str: 'regio.', gap: 4 }],
    ]);
    const [paragraph] = read(items);
    expect(paragraph?.text).toBe('De waarnemers van UNTSO blijven in de regio.');
    expect(sourceText(items, paragraph as ReadingParagraph, 'UNTSO')).toBe('UNTSO');
  });

  it('spells out ligatures, mapping both letters to the one glyph', () => {
    const items = body([['De ofﬁciële bijdrage aan de EU-missie is gewijzigd; de ﬂexibele inzet blijft.']]);
    const [paragraph] = read(items);
    expect(paragraph?.text).toBe('De officiële bijdrage aan de EU-missie is gewijzigd; de flexibele inzet blijft.');
    expect(sourceText(items, paragraph as ReadingParagraph, 'officiële')).toBe('ofﬁciële');
  });
});

describe('readingText: paragraphs and columns', () => {
  it('starts a paragraph after a larger gap or at a heading', () => {
    const items = [
      ...line(770, [{ str: 'UNIFIL (Libanon)', size: 16 }]),
      ...line(745, ['Over de missie']),
      ...line(725.5, ['De United Nations Interim Force in Lebanon (UNIFIL) richt zich op het']),
      ...line(706, ['monitoren van vijandelijkheden.']),
      ...line(665, ['De LAF zijn de belangrijkste strategische partner van UNIFIL.']),
    ];
    expect(texts(read(items))).toEqual([
      'UNIFIL (Libanon)',
      'Over de missie De United Nations Interim Force in Lebanon (UNIFIL) richt zich op het monitoren van vijandelijkheden.',
      'De LAF zijn de belangrijkste strategische partner van UNIFIL.',
    ]);
  });

  it('finds the paragraphs of a page where more lines end a paragraph than wrap', () => {
    // Lines 1.35 sizes apart within a paragraph, 1.85 between paragraphs (a margin of half a line):
    // eight one-line paragraphs and three of two lines, so most drops are gaps between paragraphs.
    const paragraphs = [
      ['AOS Area of Separation'],
      ['EUFOR European Union Force in Bosnia and', 'Herzegovina'],
      ['EULEX European Union Rule of Law Mission'],
      ['EUNAVFOR European Union Naval Force'],
      ['EUPOL COPPS EU Police Coordinating Office for', 'Palestinian Police Support'],
      ['EUTM European Union Training Mission'],
      ['FHQ Fleet Headquarters'],
      ['UNTSO United Nations Truce Supervision', 'Organization'],
      ['UNDOF United Nations Disengagement Observer Force'],
      ['VPD Vessel Protection Detachment'],
      ['WFP World Food Programme'],
    ];
    const items = laidOut(paragraphs, 1.35, 0.5);
    expect(texts(read(items))).toEqual(paragraphs.map((lines) => lines.join(' ')));
  });

  it('reads a double-spaced page paragraph by paragraph, a name broken over two lines as one', () => {
    // Lines 2 sizes apart (large type for reading on screen), paragraphs half a line more.
    const paragraphs = [
      ['Nederland levert stafofficieren aan', 'EUNAVFOR Atalanta, de EU-operatie', 'tegen piraterij.'],
      ['De United Nations Interim Force in', 'Lebanon (UNIFIL) richt zich op het', 'monitoren van vijandelijkheden.'],
      ['Nederland draagt sinds 1956 bij aan', 'UNTSO.'],
      ['Deze bijdrage loopt door.', 'Verder is dat zo.'],
    ];
    const items = laidOut(paragraphs, 2, 0.5);
    expect(texts(read(items))).toEqual(paragraphs.map((lines) => lines.join(' ')));
  });

  it('reads a page of evenly spaced lines with one tight pair as one paragraph', () => {
    // A pair of lines set a little closer once (a correction, a table row) is no line spacing.
    const items = [
      ...line(770, ['De United Nations Interim Force in Lebanon']),
      ...line(750.5, ['(UNIFIL) richt zich op het monitoren van']),
      ...line(737.5, ['vijandelijkheden in het grensgebied tussen']),
      ...line(718, ['Israël en Libanon.']),
    ];
    expect(texts(read(items))).toEqual([
      'De United Nations Interim Force in Lebanon (UNIFIL) richt zich op het monitoren van vijandelijkheden in het grensgebied tussen Israël en Libanon.',
    ]);
  });

  it('reads a name broken across two columns as one, and a new column after a full stop as a new paragraph', () => {
    const left = body([['De bijdrage aan European Union'], ['Naval Force (EUNAVFOR)']], 100, 57);
    const right = body([['Atalanta loopt door.'], ['Verder is dat zo.']], 770, 310);
    const [first] = read([...left, ...right]);
    expect(first?.text).toBe(
      'De bijdrage aan European Union Naval Force (EUNAVFOR) Atalanta loopt door. Verder is dat zo.',
    );
    const ended = body([['De bijdrage loopt door.']], 100, 57);
    expect(texts(read([...ended, ...right]))).toEqual([
      'De bijdrage loopt door.',
      'Atalanta loopt door. Verder is dat zo.',
    ]);
  });

  it('joins a name hyphenated at the foot of a column to its other half at the top of the next', () => {
    const left = body([['De vlaggenschepen van Operatie Ata-']], 100, 57);
    const right = body([['lanta blijven in de regio.']], 770, 310);
    expect(read([...left, ...right])[0]?.text).toBe('De vlaggenschepen van Operatie Atalanta blijven in de regio.');
  });
});

describe('readingText: running heads, page numbers and footnote marks', () => {
  const HEAD = 'Tweede Kamer, vergaderjaar 2024–2025, 29 521, nr. 493';
  const pageWith = (number: number, text: string[][]) => [
    ...line(815, [{ str: `${HEAD} ${number}`, size: 9 }]),
    ...body(text),
    ...line(30, [{ str: String(number), size: 9 }], 290),
  ];
  const first = pageWith(2, [['De LAF zijn de belangrijkste strategische partner van']]);
  const second = pageWith(3, [['UNIFIL binnen Libanon.']]);

  it('finds the lines repeated at the page edges, whatever their page numbers', () => {
    const running = runningLines([
      { items: first, pageHeight: PAGE_HEIGHT },
      { items: second, pageHeight: PAGE_HEIGHT },
    ]);
    expect([...running]).toContain('tweede kamer, vergaderjaar #–#, # #, nr. # #');
    // A page's own body is not a running line.
    expect([...running].some((key) => key.includes('libanon'))).toBe(false);
  });

  it('leaves running heads and page numbers out of the reading text', () => {
    const running = runningLines([
      { items: first, pageHeight: PAGE_HEIGHT },
      { items: second, pageHeight: PAGE_HEIGHT },
    ]);
    expect(texts(read(first, running))).toEqual(['De LAF zijn de belangrijkste strategische partner van']);
    // A page number alone is left out even without knowing the document's running heads.
    expect(texts(read(second))).toEqual([`${HEAD} 3`, 'UNIFIL binnen Libanon.']);
  });

  it('keeps a line at the page edge that is neither a running head nor a page number', () => {
    const items = [...line(815, ['Vertrouwelijk: de inzet in UNIFIL']), ...body([['De LAF zijn de partner.']])];
    expect(read(items, new Set(['tweede kamer, vergaderjaar #–#, # #, nr. # #']))[0]?.text).toContain('UNIFIL');
  });

  it('leaves out a footnote mark raised after a word (UNIFIL12), but not digits on the line', () => {
    const items = body([
      ['ten behoeve van de Lebanese Armed Forces.', { str: '6', size: 8, raise: 5 }, ' Daarnaast is UNIFIL'],
      [{ str: '12', size: 8, raise: 5 }, ' tot 31 augustus 2025 verlengd; EUTM Mali', { str: '13', size: 8, raise: 5 }],
    ]);
    expect(read(items)[0]?.text).toBe(
      'ten behoeve van de Lebanese Armed Forces. Daarnaast is UNIFIL tot 31 augustus 2025 verlengd; EUTM Mali',
    );
    const glued = body([['Het mandaat van UNIFIL', { str: '12', size: 8, raise: 5 }, ' is verlengd.']]);
    const [paragraph] = read(glued);
    expect(paragraph?.text).toBe('Het mandaat van UNIFIL is verlengd.');
    expect(sourceText(glued, paragraph as ReadingParagraph, 'UNIFIL')).toBe('UNIFIL');
  });

  it('keeps digits in a smaller size on the baseline (a table cell), and a superscript that is no number', () => {
    const items = body([
      ['MINUSMA', { str: ' 266', size: 10 }, ' en de 2', { str: 'e', size: 8, raise: 5 }, ' rotatie'],
    ]);
    expect(read(items)[0]?.text).toBe('MINUSMA 266 en de 2e rotatie');
  });
});
