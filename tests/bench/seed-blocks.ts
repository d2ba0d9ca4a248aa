/**
 * Reads a seed (text extracted from a Kamerstuk PDF or Word file) back into the blocks the
 * official sites render: headings, paragraphs (hard-wrapped lines joined), table rows (seed 001
 * keeps its tables as tab-indented lines, one cell per line) and footnotes.
 */

export type SeedBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; notes: number[] }
  | { kind: 'table'; rows: string[][] };

export type SeedDocument = { blocks: SeedBlock[]; footnotes: Map<number, string> };

const FOOTNOTE_REF = /\[footnoteRef:(\d+)\]/gu;
const FOOTNOTE_TEXT = /\[(\d+):\s+([^\]]*)\]/gu;
const BOOKMARK = /\[bookmark: [^\]]*\]/gu;

/** Lines of only spaces end a group; a line of only a tab is an empty table cell. */
function groups(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of text.replace(BOOKMARK, '').split('\n')) {
    if (/^ *$/u.test(line)) {
      if (current.length > 0) out.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Joins hard-wrapped lines: a line ending in a hyphen runs on (`EU-` + `grondgebied`). */
function joinLines(lines: string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length === 0) continue;
    text += text.length === 0 || text.endsWith('-') ? line : ` ${line}`;
  }
  return text.replace(/ {2,}/gu, ' ');
}

function isHeading(lines: string[], text: string): boolean {
  return lines.length === 1 && text.length > 0 && text.length < 90 && !/[.:;,?!)]$/u.test(text) && /^\S/u.test(text);
}

export function parseSeed(seed: string): SeedDocument {
  const footnotes = new Map<number, string>();
  const blocks: SeedBlock[] = [];
  let table: string[][] | null = null;
  for (const group of groups(seed)) {
    const tabbed = group.filter((l) => l.startsWith('\t') || l.startsWith(' \t')).length;
    if (tabbed > 0 && tabbed >= group.length / 2) {
      const row = group.map((l) => stripNotes(l.trim(), footnotes).text);
      if (!table) {
        table = [];
        blocks.push({ kind: 'table', rows: table });
      }
      table.push(row);
      continue;
    }
    table = null;
    const { text, notes } = stripNotes(joinLines(group), footnotes);
    if (text.length === 0) continue;
    if (isHeading(group, text)) {
      blocks.push({ kind: 'heading', level: /^\d+\.\d+/u.test(text) ? 3 : 2, text });
    } else {
      blocks.push({ kind: 'paragraph', text, notes });
    }
  }
  return { blocks, footnotes };
}

/** Takes `[footnoteRef:N]` markers and `[N: text]` footnotes out of the running text. */
function stripNotes(text: string, footnotes: Map<number, string>): { text: string; notes: number[] } {
  const notes: number[] = [];
  const withoutText = text.replace(FOOTNOTE_TEXT, (_, n: string, note: string) => {
    footnotes.set(Number(n), note.trim());
    return '';
  });
  const clean = withoutText.replace(FOOTNOTE_REF, (_, n: string) => {
    notes.push(Number(n));
    return '';
  });
  return { text: clean.replace(/ {2,}/gu, ' ').trim(), notes };
}

/** Sentences of a seed, for teasers and live-blog posts. */
export function seedSentences(seed: string): string[] {
  return parseSeed(seed)
    .blocks.flatMap((b) => (b.kind === 'paragraph' ? b.text.split(/(?<=[.?!])\s+(?=[A-Z])/u) : []))
    .map((s) => s.trim())
    .filter((s) => s.length >= 40 && s.length <= 260);
}
