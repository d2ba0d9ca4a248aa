/**
 * When an alias that is also an ordinary word or name (bare 'Atalanta' — the football club;
 * 'Irini', 'Althea' — first names) may count: only with mission context nearby. Context is either an
 * unambiguous match of the same mission, or one of a few words that hardly occur on a sports or
 * people page but almost always around a mission.
 */
import type { CaseRule } from './types';

export const DEFAULT_CONTEXT_WINDOW = 300;

export type ContextWord = {
  text: string;
  case: CaseRule;
  /** Matches the start of a longer word too, so Dutch compounds and plurals count. */
  prefix: boolean;
};

const stem = (text: string): ContextWord => ({ text, case: 'insensitive', prefix: true });
const word = (text: string): ContextWord => ({ text, case: 'insensitive', prefix: false });
const exactWord = (text: string): ContextWord => ({ text, case: 'exact', prefix: false });

/**
 * Kept small on purpose: every word here is a chance for a false hit on a sports page. Words are
 * matched at the start of a word (after a space or a hyphen: 'VN-missie', 'EU-operatie' count), stems
 * also as the start of a compound ('missiegebied', 'marineschepen', 'fregatten', 'militairen').
 * Compounds with the word in the middle ('vredesmissie') are listed as their own stem.
 */
export const MISSION_CONTEXT_WORDS: readonly ContextWord[] = [
  // Dutch.
  stem('missie'),
  stem('vredesmissie'),
  // Also a surgeon's "operatie"; kept because "operatie Atalanta" is how Kamerstukken name missions.
  stem('operatie'),
  stem('vredesoperatie'),
  stem('marine'),
  stem('piraterij'),
  stem('antipiraterij'),
  stem('mandaat'),
  stem('militair'),
  stem('fregat'),
  stem('krijgsmacht'),
  // Capitalised only: the ministry. Lowercase 'defensie' is also a football team's defence.
  exactWord('Defensie'),
  // Organisations, as whole words in capitals ('VN', 'VN-missie'; never the letters inside a word).
  exactWord('VN'),
  exactWord('NAVO'),
  exactWord('EU'),
  // English.
  stem('mission'),
  stem('operation'),
  word('naval'),
  word('navy'),
  stem('piracy'),
  stem('troop'),
  stem('peacekeep'),
  word('military'),
  stem('frigate'),
  exactWord('UN'),
  exactWord('NATO'),
];

export type Span = { start: number; end: number };

/**
 * Spans sorted by start, answering "does any span reach into [lo, hi)?" in O(log n). The running maximum
 * of ends covers spans that start before `lo` but run into the window.
 */
export class SpanIndex {
  private readonly starts: number[];
  private readonly maxEndBefore: number[];

  constructor(sortedByStart: readonly Span[]) {
    this.starts = sortedByStart.map((s) => s.start);
    this.maxEndBefore = [];
    let max = Number.NEGATIVE_INFINITY;
    for (const s of sortedByStart) {
      max = Math.max(max, s.end);
      this.maxEndBefore.push(max);
    }
  }

  overlaps(lo: number, hi: number): boolean {
    // First span starting at or after lo.
    let a = 0;
    let b = this.starts.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if ((this.starts[mid] ?? 0) < lo) a = mid + 1;
      else b = mid;
    }
    if (a < this.starts.length && (this.starts[a] ?? 0) < hi) return true;
    return a > 0 && (this.maxEndBefore[a - 1] ?? 0) > lo;
  }
}

export type ContextEvidence = {
  /** Context-word hits anywhere in the text. */
  words: SpanIndex;
  /** Unambiguous, context-free matches per mission id. */
  anchors: ReadonlyMap<string, SpanIndex>;
  window: number;
};

/** Whether a needsContext candidate has context: evidence reaching into [start - window, end + window). */
export function hasMissionContext(span: Span, missionIds: readonly string[], evidence: ContextEvidence): boolean {
  const lo = span.start - evidence.window;
  const hi = span.end + evidence.window;
  if (evidence.words.overlaps(lo, hi)) return true;
  return missionIds.some((id) => evidence.anchors.get(id)?.overlaps(lo, hi) ?? false);
}
