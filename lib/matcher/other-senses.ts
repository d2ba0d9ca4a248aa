/**
 * Acronyms that need no context as a rule but are also something else in English news. KFOR is the
 * NATO force in Kosovo and the call sign of an Oklahoma City television station ("KFOR-TV",
 * "television station KFOR"). Such a name is dropped
 * (a) where a broadcast suffix is attached to it ("KFOR-TV", "KFOR 4 News"), always;
 * (b) where its text (the block of the page) speaks of the station, unless its own sentence speaks of
 *     the mission ("Kosovo", "NAVO"/"NATO").
 * A block is the unit because a station's report names its city once and the station more often.
 */
import { HYPHEN, isHyphenVariant, isSpace, isWordAt } from './char-classes';
import { countryWindowAround } from './resolve-shared-stem';

type OtherSense = {
  /** Words attached after the name (a space or a hyphen between) that make it the other thing. */
  suffixes: readonly string[];
  /** Words in the block that speak of the other thing; matched as word starts, case as written. */
  cues: readonly string[];
  /** Words in the name's sentence that speak of the mission; they win over the cues. */
  missionCues: readonly string[];
};

export const OTHER_SENSES: ReadonlyMap<string, OtherSense> = new Map([
  [
    'KFOR',
    {
      suffixes: ['TV', 'DT', '4'],
      cues: ['Oklahoma', 'Nexstar', 'television station', 'TV station', 'tv-zender', 'News 4'],
      missionCues: ['Kosov', 'NAVO', 'NATO', 'Servi', 'Serbia', 'Pristina'],
    },
  ],
]);

/** Most candidates are not one of these: their length tells without taking the text apart. */
const LENGTHS: ReadonlySet<number> = new Set([...OTHER_SENSES.keys()].map((name) => name.length));

/** How far either side the name's sentence is looked for (the sentence itself decides). */
const SENTENCE_WINDOW = 300;

/** Whether `word` starts at `at` in `text` (not inside another word). */
function wordStartsAt(text: string, at: number, word: string): boolean {
  return text.startsWith(word, at) && (at === 0 || !isWordAt(text, at - 1));
}

function containsWordStart(text: string, from: number, to: number, word: string): boolean {
  for (let i = text.indexOf(word, from); i !== -1 && i + word.length <= to; i = text.indexOf(word, i + 1)) {
    if (wordStartsAt(text, i, word)) return true;
  }
  return false;
}

/** The index after one space run or one hyphen following `end`, or -1 for any other gap. */
function afterGap(text: string, end: number): number {
  let i = end;
  if (i < text.length && (text.charCodeAt(i) === HYPHEN || isHyphenVariant(text.charCodeAt(i)))) return i + 1;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i > end ? i : -1;
}

function hasAttachedSuffix(text: string, end: number, suffixes: readonly string[]): boolean {
  const at = afterGap(text, end);
  if (at < 0) return false;
  return suffixes.some((s) => {
    const after = at + s.length;
    return text.startsWith(s, at) && (after >= text.length || !isWordAt(text, after));
  });
}

/** Whether the name at [start, end) of `text` means something other than the mission here. */
export function isOtherSense(text: string, start: number, end: number): boolean {
  if (!LENGTHS.has(end - start)) return false;
  const sense = OTHER_SENSES.get(text.slice(start, end));
  if (sense === undefined) return false;
  if (hasAttachedSuffix(text, end, sense.suffixes)) return true;
  if (!sense.cues.some((cue) => containsWordStart(text, 0, text.length, cue))) return false;
  const [from, to] = countryWindowAround(text, start, end, SENTENCE_WINDOW);
  return !sense.missionCues.some((cue) => containsWordStart(text, from, to, cue));
}
