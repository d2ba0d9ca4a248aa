/**
 * When a name that is also an ordinary word or name (bare 'Atalanta' — the football club; 'Irini',
 * 'Althea' — first names) counts as the mission. Context must belong to the name, not merely be near it:
 *
 * (a) a mission word attached to it: 'operatie Atalanta', 'EU-missie Irini', 'NAVO-trainingsmissie
 *     Resolute Support', 'Atalanta-missie', 'Irini operation';
 * (b) in its sentence or the one before, a topic word of its mission (TOPIC_WORDS: 'piraterij' for
 *     Atalanta, 'Libië' for Irini), or a mission name that needs no context: another name of the same
 *     mission (EUNAVFOR, Operatie Atalanta), or another mission's, as in a list of missions
 *     ('Combined Maritime Forces, Aspides en Atalanta');
 * (c) elsewhere in the same text (the block of the page), the mission named unambiguously: by a name
 *     that needs no context, or by a bare name that passed (a) or (b).
 *
 * A generic word ('operatie', 'missie', 'NAVO') elsewhere in the sentence counts for nothing: a football
 * report has its surgeon's 'operatie' and its 'defensie'.
 */
import { HYPHEN, isHyphenVariant, isIgnorable, isSpace, isWordAt } from './char-classes';
import { countryWindowAround } from './resolve-shared-stem';

/** How far (UTF-16 units either side) a sentence is searched for (b); the sentence itself decides. */
export const DEFAULT_CONTEXT_WINDOW = 300;

/**
 * (a): a word directly before the name that ends in one of these ('operatie', 'EU-operatie',
 * 'vredesmissie'), or one directly after it that starts with one ('Atalanta-missie', 'Irini operation').
 * Directly: only spaces or one hyphen between. Lowercase; compared with the word lowercased.
 */
export const MISSION_WORDS: readonly string[] = ['missie', 'operatie', 'mission', 'operation'];

/** Words that end in a mission word but are none: 'de commissie Irini' is a committee. */
export const NOT_MISSION_WORDS: readonly string[] = ['commissie', 'commission'];

/**
 * (b): per name that needs context (as data/ writes it), the words of its mission's topic. Each counts
 * as the start of a word, in any case ('piraterij' also as 'piraterijbestrijding', 'Somali' as 'Somalië',
 * 'Somalié' and 'Somalische'), after a space or a hyphen ('anti-piraterij'). Kept to words a sports or
 * people page hardly uses; a country next door to a football club's (Spain, Italy) is left out. The EU
 * operations' headquarters (OHQ, FHQ) and, for the naval ones, a Dutch navy ship (Zr.Ms.) count too.
 */
/** An EU operation's headquarters: operational and force headquarters, as the Kamerstukken name them. */
function headquarters(): string[] {
  return ['OHQ', 'FHQ'];
}

/** For the EU's naval operations also a Dutch navy ship ('Zr.Ms. Karel Doorman') and the headquarters. */
function naval(): string[] {
  return ['Zr.Ms.', 'Zr. Ms.', 'HNLMS', ...headquarters()];
}

export const TOPIC_WORDS: Readonly<Record<string, readonly string[]>> = {
  Atalanta: [
    'piraterij',
    'antipiraterij',
    'piracy',
    'antipiracy',
    'Somali',
    'Hoorn van Afrika',
    'Horn of Africa',
    'Golf van Aden',
    'Gulf of Aden',
    ...naval(),
  ],
  Irini: ['Libië', 'Libié', 'Libisch', 'Libya', 'wapenembargo', 'arms embargo', ...naval()],
  Althea: ['Bosni', 'Sarajevo', ...headquarters()],
  Aspides: ['Rode Zee', 'Red Sea', 'Houthi', 'Jemen', 'Yemen', ...naval()],
  EUAM: ['Irak', 'Iraaks', 'Iraq'],
  'Resolute Support': ['Afghan', 'Afghaans', 'Taliban'],
};

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

function isHyphenAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === HYPHEN || isHyphenVariant(c);
}

/**
 * Where the gap from `from` on (leftwards with step -1) ends, when it is the gap of an attached word:
 * spaces only (at least one), or one hyphen; ignorables anywhere. -1 when it is neither.
 */
function acrossGap(text: string, from: number, step: 1 | -1): number {
  let i = from;
  let spaces = 0;
  let hyphens = 0;
  for (; i >= 0 && i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (isIgnorable(c)) continue;
    if (isSpace(c)) spaces++;
    else if (isHyphenAt(text, i)) hyphens++;
    else break;
  }
  return (spaces > 0 && hyphens === 0) || (spaces === 0 && hyphens === 1) ? i : -1;
}

/** The word that runs through `at` in direction `step` from `at` on, lowercased, ignorables left out. */
function wordFrom(text: string, at: number, step: 1 | -1): string {
  let i = at;
  while (i >= 0 && i < text.length && (isWordAt(text, i) || isIgnorable(text.charCodeAt(i)))) i += step;
  const word = step === 1 ? text.slice(at, i) : text.slice(i + 1, at + 1);
  return word.replace(IGNORABLES_ALL, '').toLowerCase();
}

const IGNORABLES_ALL = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** (a): whether a mission word is attached to the name at [start, end). */
export function hasAttachedMissionWord(text: string, start: number, end: number): boolean {
  const before = acrossGap(text, start - 1, -1);
  if (before >= 0 && isWordAt(text, before)) {
    const word = wordFrom(text, before, -1);
    if (MISSION_WORDS.some((w) => word.endsWith(w)) && !NOT_MISSION_WORDS.some((w) => word.endsWith(w))) return true;
  }
  const after = acrossGap(text, end, 1);
  if (after >= 0 && after < text.length && isWordAt(text, after)) {
    const word = wordFrom(text, after, 1);
    if (MISSION_WORDS.some((w) => word.startsWith(w))) return true;
  }
  return false;
}

/** Where the topic words are, per mission id, and the mission names that need no context. */
export type ContextEvidence = {
  topic: ReadonlyMap<string, SpanIndex>;
  names: SpanIndex;
  window: number;
};

/**
 * The stretch (b) searches: the name's sentence and the one before it ('Piraterij neemt weer toe.
 * Atalanta …'), each bounded by `window` (resolve-shared-stem.ts finds the sentences).
 */
export function sentencesAround(text: string, start: number, end: number, window: number): [number, number] {
  const [from, to] = countryWindowAround(text, start, end, window);
  let p = from;
  let lineBreaks = 0;
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) {
    p--;
    if (text.charCodeAt(p) === 0x0a) lineBreaks++;
  }
  // Only where a sentence ends there (not where the window cut a long one).
  const ended = p > 0 && p < from && (lineBreaks >= 2 || '.!?'.includes(text.charAt(p - 1)));
  if (!ended) return [from, to];
  return [countryWindowAround(text, p - 1, p - 1, window)[0], to];
}

/** (a) or (b): whether the name at `span`, standing for `missionIds`, has context of its own. */
export function hasOwnContext(
  text: string,
  span: Span,
  missionIds: readonly string[],
  evidence: ContextEvidence,
): boolean {
  if (hasAttachedMissionWord(text, span.start, span.end)) return true;
  const [from, to] = sentencesAround(text, span.start, span.end, evidence.window);
  if (evidence.names.overlaps(from, to)) return true;
  return missionIds.some((id) => evidence.topic.get(id)?.overlaps(from, to) ?? false);
}
