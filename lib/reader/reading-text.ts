/**
 * Pure: the reading text of one PDF page, from PDF.js's text items, as paragraphs a matcher can
 * read, each unit mapped back to the item (text-layer span) and offset it comes from.
 *
 * What PDF text does that a web page does not, and what is made of it:
 * - lines: items on one baseline join into a line (a space where the PDF leaves a gap and none is
 *   written); lines join with a space, in the order the PDF writes them (its reading order: down
 *   one column, then the next);
 * - a word hyphenated at a line's end joins its other half: a soft hyphen (U+00AD) always, a
 *   written hyphen between two lower-case letters unless the part before it is a known name
 *   (`Atalanta-` + `missie`); after a capital or a digit it is a real one and stays (`VN-missie`);
 *   before a lone `en` or `of` (`and`, `or`) it stays, followed by a space (`NAVO- en EU-missies`);
 * - running heads and page numbers at the top and bottom of the page are left out;
 * - a footnote mark (digits raised above the line in a smaller size) is left out, so `UNIFIL12`
 *   reads `UNIFIL`;
 * - ligatures (ﬁ, ﬂ, …) read as their letters;
 * - a paragraph ends where the line spacing or size jumps, or at a column's end after a full stop.
 */

/** The fields of a PDF.js TextItem this module reads. */
export type TextRun = {
  str: string;
  /** [a, b, c, d, x, y]: x and y are the start of the baseline, in PDF units (y grows upwards). */
  transform: readonly number[];
  width: number;
  height: number;
  hasEOL: boolean;
  fontName?: string;
};

export type ReadingParagraph = {
  text: string;
  /** Per UTF-16 unit of `text`: the run it comes from. */
  run: number[];
  /** Per unit: where in its run's `str` it starts and ends (a space added between runs is empty: start = end). */
  start: number[];
  end: number[];
};

export type ReadingOptions = {
  /** The page's height in PDF units: running heads are looked for near its top and bottom edges. */
  pageHeight: number;
  /** The y of the page's bottom edge (its view box's), 0 unless the PDF says otherwise. */
  pageBottom?: number;
  /** Lines repeated at the page edges of the document (runningLines), read as running heads. */
  running?: ReadonlySet<string>;
  /** Lower-cased words after which a line-end hyphen is a real one (names: `Atalanta-missie`). */
  keepHyphenAfter?: ReadonlySet<string>;
};

/** How far from the top or bottom of the page (a fraction of its height) a running head may stand. */
const EDGE_BAND = 0.12;
/** Lines from each edge looked at as running heads. */
const EDGE_LINES = 3;

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
const SOFT_HYPHEN = '\u00AD';
const LINE_END_HYPHENS = new Set(['-', '\u2010', SOFT_HYPHEN]);
/** A line that opens with a conjunction as a word of its own, after a line that ends in a hyphen. */
const SUSPENDED_BEFORE = /^\s*(?:en|of|and|or)(?:\s|$)/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/u;
const FOOTNOTE_MARK = /^\s*\d{1,3}\s*$/u;
/** A page number alone on its line: `3`, `- 3 -`, `blz. 3`, `3 van 12`, `Pagina 3 van 12`. */
const PAGE_NUMBER =
  /^\s*(?:(?:blz|pag|pagina|page|p)\.?\s*)?[-–]?\s*\d{1,4}\s*[-–]?\s*(?:(?:van|of|\/)\s*\d{1,4})?\s*$/iu;

type Run = { index: number; str: string; x: number; right: number; base: number; size: number; font: string };
type Line = { runs: Run[]; base: number; size: number; top: number; bottom: number; left: number };

function runOf(item: TextRun, index: number): Run {
  const [a = 1, b = 0, c = 0, d = 1, x = 0, y = 0] = item.transform;
  const size = item.height || Math.hypot(c, d) || Math.hypot(a, b) || 1;
  return { index, str: item.str, x, right: x + item.width, base: y, size, font: item.fontName ?? '' };
}

const isBlank = (s: string) => s.trim().length === 0;

/** Whether `run` continues `line`: boxes overlap vertically, and it does not go back left or jump a column. */
function continues(line: Line, run: Run): boolean {
  const last = line.runs[line.runs.length - 1] as Run;
  if (isBlank(run.str)) return true;
  const top = run.base + run.size;
  const bottom = run.base - 0.25 * run.size;
  const overlap = Math.min(top, line.top) - Math.max(bottom, line.bottom);
  if (overlap < 0.3 * Math.min(run.size, line.size)) return false;
  return run.x >= last.right - 0.5 * line.size && run.x <= last.right + 3 * line.size;
}

/** The page's runs, grouped into lines in the order the PDF writes them. */
function linesOf(items: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let endOfLine = false;
  items.forEach((item, index) => {
    if (item.str === '') {
      if (item.hasEOL) endOfLine = true;
      return;
    }
    const run = runOf(item, index);
    if (current && !endOfLine && continues(current, run)) {
      current.runs.push(run);
      if (!isBlank(run.str)) {
        current.top = Math.max(current.top, run.base + run.size);
        current.bottom = Math.min(current.bottom, run.base - 0.25 * run.size);
      }
    } else if (!(isBlank(run.str) && !current)) {
      current = {
        runs: [run],
        base: run.base,
        size: run.size,
        top: run.base + run.size,
        bottom: run.base - 0.25 * run.size,
        left: run.x,
      };
      lines.push(current);
    }
    endOfLine = item.hasEOL;
  });
  // A line's baseline and size are those of its longest run (not of a footnote mark or a space).
  for (const line of lines) {
    let longest = line.runs[0] as Run;
    for (const run of line.runs) if (run.str.trim().length > longest.str.trim().length) longest = run;
    line.base = longest.base;
    line.size = longest.size;
    line.left = Math.min(...line.runs.filter((r) => !isBlank(r.str)).map((r) => r.x));
  }
  return lines.filter((line) => line.runs.some((r) => !isBlank(r.str)));
}

function lineText(line: Line): string {
  return line.runs.map((r) => r.str).join('');
}

/** A line's text as compared across pages: spaces collapsed, digits (page numbers, years) alike. */
export function runningKey(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().replace(/\d+/gu, '#').toLowerCase();
}

/** The lines at the top and bottom edges of a page, outermost first. */
function edgeLines(lines: readonly Line[], pageHeight: number, pageBottom = 0): Line[] {
  const byHeight = [...lines].sort((p, q) => q.base - p.base);
  const top = byHeight.slice(0, EDGE_LINES).filter((l) => l.bottom - pageBottom >= pageHeight * (1 - EDGE_BAND));
  const bottom = byHeight
    .reverse()
    .slice(0, EDGE_LINES)
    .filter((l) => l.top - pageBottom <= pageHeight * EDGE_BAND);
  return [...top, ...bottom];
}

/**
 * The lines that repeat at the top or bottom edge of two or more of the given pages (digits
 * ignored, so `… nr. 493 2` and `… nr. 493 3` are one): the document's running heads and feet.
 */
export function runningLines(
  pages: readonly { items: readonly TextRun[]; pageHeight: number; pageBottom?: number }[],
): Set<string> {
  const count = new Map<string, number>();
  for (const page of pages) {
    const edges = edgeLines(linesOf(page.items), page.pageHeight, page.pageBottom);
    const keys = new Set(edges.map((l) => runningKey(lineText(l))));
    for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  }
  const running = new Set<string>();
  for (const [key, n] of count) if (n >= 2 && key.length > 0) running.add(key);
  return running;
}

/** Whether `run` is a footnote mark on `line`: digits, smaller than the line, raised above its baseline. */
function isFootnoteMark(run: Run, line: Line): boolean {
  return run.size <= 0.9 * line.size && run.base - line.base >= 0.2 * line.size && FOOTNOTE_MARK.test(run.str);
}

class Builder {
  text = '';
  run: number[] = [];
  start: number[] = [];
  end: number[] = [];

  push(units: string, run: number, start: number, end: number): void {
    for (const unit of units) {
      this.text += unit;
      this.run.push(run);
      this.start.push(start);
      this.end.push(end);
    }
  }

  /** Drops trailing whitespace (a line's end, before it joins the next). */
  trimEnd(): void {
    let n = this.text.length;
    while (n > 0 && SPACE.test(this.text.charAt(n - 1))) n--;
    this.cut(n);
  }

  cut(n: number): void {
    this.text = this.text.slice(0, n);
    this.run.length = n;
    this.start.length = n;
    this.end.length = n;
  }

  /** A space between two runs or lines: maps to the end of what comes before it. */
  space(): void {
    const last = this.run.length - 1;
    if (last < 0 || SPACE.test(this.text.charAt(last))) return;
    this.push(' ', this.run[last] as number, this.end[last] as number, this.end[last] as number);
  }

  paragraph(): ReadingParagraph | null {
    this.trimEnd();
    if (this.text.length === 0) return null;
    return { text: this.text, run: this.run, start: this.start, end: this.end };
  }
}

/** Whether `run` follows `previous` with no gap, in the same font: one word split over runs. */
function glued(previous: Run | null, run: Run): boolean {
  return (
    previous !== null &&
    previous.font === run.font &&
    previous.size === run.size &&
    Math.abs(run.x - previous.right) < 0.05 * run.size
  );
}

/** Appends a line's runs: ligatures spelled out, soft hyphens and footnote marks left out. */
function appendLine(out: Builder, line: Line): void {
  let previous: Run | null = null;
  for (const run of line.runs) {
    if (isFootnoteMark(run, line)) continue;
    if (previous && run.x - previous.right > 0.2 * line.size && !SPACE.test(run.str.charAt(0))) out.space();
    const str = run.str;
    // A word split into pieces at its hyphenation points (a PDF printed by Chromium) comes with a
    // space before a piece that no gap shows (`Aspi` ` des`): a run glued to the one before, in
    // its font, starting with a space and a lower-case letter after one ending in a lower-case letter.
    const fakeSpace = glued(previous, run) && /^\s\p{Ll}/u.test(str) && LOWER.test(previous?.str.slice(-1) ?? '');
    for (let i = 0; i < str.length; i++) {
      const unit = str.charAt(i);
      if (fakeSpace && i === 0) continue;
      if (unit === SOFT_HYPHEN && i < str.length - 1) continue;
      // No whitespace at a paragraph's start, nor two in a row (where a left-out mark stood).
      if (SPACE.test(unit) && (out.text.length === 0 || SPACE.test(out.text.charAt(out.text.length - 1)))) continue;
      out.push(LIGATURES[unit] ?? unit, run.index, i, i + 1);
    }
    if (!isBlank(str)) previous = run;
  }
}

/**
 * How a line that ends in a hyphen joins the next: 'join' drops the hyphen (a word broken by
 * hyphenation), 'keep' keeps it with no space (a compound: `VN-missie`), null: not hyphenated.
 */
function hyphenJoin(out: Builder, next: string, keepAfter: ReadonlySet<string> | undefined): 'join' | 'keep' | null {
  const text = out.text;
  const hyphen = text.charAt(text.length - 1);
  if (!LINE_END_HYPHENS.has(hyphen)) return null;
  const before = text.charAt(text.length - 2);
  const first = next.trimStart().charAt(0);
  if (!LETTER.test(before) && !/\d/u.test(before)) return null;
  if (hyphen === SOFT_HYPHEN) return 'join';
  // `Holocaust-` + `en oorlogsslachtoffers`, `NAVO-` + `en EU-missies`: a compound whose shared
  // part comes after; a word is not broken to leave a lone conjunction on the next line.
  if (SUSPENDED_BEFORE.test(next)) return null;
  if (!LOWER.test(before) || !LOWER.test(first)) return 'keep';
  const word = /[\p{L}\p{M}]+$/u.exec(text.slice(0, -1))?.[0] ?? '';
  return keepAfter?.has(word.toLowerCase()) ? 'keep' : 'join';
}

/**
 * Whether `next` starts a new paragraph after `line`; `gap`: the drop (a multiple of the font
 * size) beyond which a new paragraph starts on this page (paragraphGap).
 */
function startsParagraph(line: Line, next: Line, lineEnd: string, gap: number): boolean {
  const size = Math.max(line.size, next.size);
  if (Math.abs(line.size - next.size) > 0.15 * size) return true;
  const drop = line.base - next.base;
  // Up the page: the next column (or the text continues elsewhere): a paragraph ends only after a full stop.
  if (drop <= 0.3 * size) return /[.!?:]$/u.test(lineEnd);
  return drop > gap * size;
}

/** How close two drops must be (as a fraction) to count as the same spacing. */
const SAME_SPACING = 1.06;
/** How much more than the line spacing a drop must be to end a paragraph. */
const GAP_OVER_SPACING = 1.15;
/** Where a page shows a single spacing: a drop beyond this ends a paragraph (one line each). */
const SINGLE_SPACING_GAP = 1.9;

/**
 * The drop, as a multiple of the font size, beyond which a line starts a new paragraph. The line
 * spacing is the smallest drop from a line to the next (of the same size) that recurs on the page,
 * not the median: on a page of short paragraphs more lines end a paragraph than wrap, and the
 * median is then the gap between paragraphs, which would read the whole page as one paragraph.
 * Where larger drops recur too, the page shows both its spacing and its paragraph gaps, also when
 * it is set double-spaced; where it shows one spacing only, a wide one is taken for a line per
 * paragraph (a list, a table), a narrow one for lines of one paragraph.
 */
function paragraphGap(lines: readonly Line[]): number {
  const drops: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const above = lines[i - 1] as Line;
    const below = lines[i] as Line;
    const size = Math.max(above.size, below.size);
    const drop = above.base - below.base;
    if (Math.abs(above.size - below.size) <= 0.15 * size && drop > 0.3 * size) drops.push(drop / size);
  }
  if (drops.length === 0) return SINGLE_SPACING_GAP;
  drops.sort((a, b) => a - b);
  // Recurs: at least three times, and in at least a tenth of the drops (not a one-off tight line).
  const often = Math.max(3, Math.ceil(0.1 * drops.length));
  let spacing = drops[drops.length >> 1] as number;
  for (let i = 0, j = 0; i < drops.length; i++) {
    while (j < drops.length && (drops[j] as number) <= (drops[i] as number) * SAME_SPACING) j++;
    if (j - i >= often) {
      spacing = drops[i] as number;
      break;
    }
  }
  const gap = GAP_OVER_SPACING * spacing;
  const gapsRecur = drops.filter((drop) => drop > gap).length >= often;
  return gapsRecur ? gap : Math.min(gap, SINGLE_SPACING_GAP);
}

/** The reading text of one page: its paragraphs, in reading order. */
export function readingText(items: readonly TextRun[], options: ReadingOptions): ReadingParagraph[] {
  const lines = linesOf(items);
  const edges = new Set(
    edgeLines(lines, options.pageHeight, options.pageBottom).filter((line) => {
      const text = lineText(line);
      return PAGE_NUMBER.test(text) || options.running?.has(runningKey(text)) === true;
    }),
  );
  const gap = paragraphGap(lines);
  const paragraphs: ReadingParagraph[] = [];
  let out = new Builder();
  let previous: Line | null = null;
  for (const line of lines) {
    if (edges.has(line)) continue;
    if (previous) {
      out.trimEnd();
      const next = lineText(line);
      const join = hyphenJoin(out, next, options.keepHyphenAfter);
      if (join === null && startsParagraph(previous, line, out.text, gap)) {
        const paragraph = out.paragraph();
        if (paragraph) paragraphs.push(paragraph);
        out = new Builder();
      } else if (join === 'join') {
        out.cut(out.text.length - 1);
      } else if (join === null) {
        out.space();
      }
    }
    appendLine(out, line);
    previous = line;
  }
  const last = out.paragraph();
  if (last) paragraphs.push(last);
  return paragraphs;
}

/** Where `offset` of a paragraph's text lies in the runs: a start maps to its unit's start, an end to the end of the unit before it. */
export function sourceOf(paragraph: ReadingParagraph, offset: number, asEnd: boolean): { run: number; offset: number } {
  if (asEnd) {
    const i = Math.max(0, Math.min(offset, paragraph.text.length) - 1);
    return { run: paragraph.run[i] as number, offset: paragraph.end[i] as number };
  }
  const i = Math.max(0, Math.min(offset, paragraph.text.length - 1));
  return { run: paragraph.run[i] as number, offset: paragraph.start[i] as number };
}
