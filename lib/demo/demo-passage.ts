/**
 * Pure: a passage of a seed for the demo page, as headings and paragraphs. Removes only the
 * Word-conversion noise ([bookmark: …] anchors and [footnoteRef:N]/[N: …] footnote markers);
 * every other character is the Kamerstuk's own.
 */
export type PassageBlock = { kind: 'heading' | 'paragraph'; text: string };

const BOOKMARK = /\[bookmark: [^\]]*\]/gu;
const FOOTNOTE_REF = /\[footnoteRef:\d+\]/gu;
const FOOTNOTE_TEXT = /\[\d+: [^\]]*\]/gu;

export function cleanConversionNoise(line: string): string {
  return line.replace(BOOKMARK, '').replace(FOOTNOTE_REF, '').replace(FOOTNOTE_TEXT, '').trim();
}

/** Lines `from`..`to` (1-based, inclusive); a short line without a full stop is a heading. */
export function extractPassage(seed: string, from: number, to: number): PassageBlock[] {
  return seed
    .split('\n')
    .slice(from - 1, to)
    .map(cleanConversionNoise)
    .filter((line) => line.length > 0)
    .map((text) => ({ kind: text.length < 80 && !/[.:;]$/u.test(text) ? 'heading' : 'paragraph', text }));
}

/** The demo shows the Middle East and Red Sea sections of the 2025 progress report (001). */
export const DEMO_SEED_LINES = { from: 40, to: 121 } as const;
