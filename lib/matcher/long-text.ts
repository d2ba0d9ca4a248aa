/**
 * A long text (one 1 MB text node, a page without paragraphs) matched in pieces, so the work can
 * be spread over slices: matching it whole took 300–700 ms, as the context rules look further the
 * longer the text. Each piece is matched with a margin of text on either side, wider than any name
 * and any context window, and keeps the matches that start inside it; so a name across a cut, or
 * its context across one, is found as in the whole text. Rule (c) (context-rules.ts: the mission
 * named unambiguously anywhere in the same text) looks at the whole text: a first round over the
 * pieces gathers the missions named, the second matches with them.
 */
import { findMatches, namedMissions } from './find-matches';
import type { Matcher, TermMatch } from './types';

/** Texts up to this long are matched whole. */
export const LONG_TEXT_CHARS = 16_384;
/** The stretch each piece keeps matches from (cut at whitespace, so a little longer). */
export const PIECE_CHARS = 8_192;
/**
 * Text read on either side of a piece: far more than a name, or the context windows (300 units,
 * stretched to the sentence before; DEFAULT_CONTEXT_WINDOW, DEFAULT_COUNTRY_WINDOW).
 */
export const PIECE_MARGIN = 2_048;

export type Piece = {
  /** The stretch whose matches this piece keeps: [start, end). */
  start: number;
  end: number;
  /** The stretch matched: the piece and its margins, [from, to). */
  from: number;
  to: number;
};

const SPACE = /\s/u;

/** The first whitespace at or after `i` (the text's end if none within `limit`). */
function spaceFrom(text: string, i: number, limit: number): number {
  const stop = Math.min(text.length, i + limit);
  for (let k = i; k < stop; k++) if (SPACE.test(text.charAt(k))) return k;
  return Math.min(text.length, i);
}

/** Cuts `text` into pieces at whitespace (where there is some near the cut). */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.length - start <= PIECE_CHARS * 1.5 ? text.length : spaceFrom(text, start + PIECE_CHARS, 256);
    // The margins also end at whitespace, so no word is read from its middle.
    const from = start === 0 ? 0 : spaceFrom(text, Math.max(0, start - PIECE_MARGIN), 256);
    const to = end === text.length ? end : spaceFrom(text, end + PIECE_MARGIN, 256);
    out.push({ start, end, from: Math.min(from, start), to: Math.max(to, end) });
    start = end;
  }
  return out;
}

/**
 * Matches `text` a piece at a time: yields once per piece of the first round (nothing), then the
 * matches of each piece of the second, in document order, with offsets into `text`. Together they
 * are what findMatches gives for the whole text.
 */
export function* matchLongText(matcher: Matcher, text: string): Generator<TermMatch[]> {
  const cuts = pieces(text);
  const named = new Set<string>();
  for (const p of cuts) {
    for (const id of namedMissions(matcher, text.slice(p.from, p.to))) named.add(id);
    yield [];
  }
  for (const p of cuts) {
    const found = findMatches(matcher, text.slice(p.from, p.to), named);
    const kept: TermMatch[] = [];
    for (const m of found) {
      const start = m.start + p.from;
      if (start < p.start || start >= p.end) continue;
      kept.push({ ...m, start, end: m.end + p.from });
    }
    yield kept;
  }
}
