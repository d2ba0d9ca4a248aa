/**
 * A shared stem ('EUBAM': Moldova, Rafah or Libya?) names one mission only when the name right after
 * it completes it into one (name-after-stem.ts), or when the sentence around it points to exactly one
 * of the candidates: by a country, a word for it ('Libische') or another name (stem-clues.ts).
 * Otherwise the reader gets all of them.
 */
import { isIgnorable, isWordAt } from './char-classes';
import { foldForCountrySearch } from './normalize-for-matching';

/** The sentence decides; the window only bounds a long run of text without full stops (a table). */
export const DEFAULT_COUNTRY_WINDOW = 300;

/**
 * Where a sentence ends: . ! or ? followed by whitespace and a capital, or a blank line. A lone line
 * break is not an end: wrapped text ('European Union\nTraining Mission') breaks lines mid-sentence.
 * Abbreviations ('o.a. de') followed by a lowercase word do not end a sentence either.
 */
const SENTENCE_BREAK = /[.!?]\s+(?=\p{Lu})|\n[^\S\n]*\n/gu;

function isWordOrIgnorable(text: string, i: number): boolean {
  return isWordAt(text, i) || isIgnorable(text.charCodeAt(i));
}

/**
 * The stretch searched for country names: `window` units either side of the match, widened so no word
 * is cut in half, and narrowed to the match's sentence.
 */
export function countryWindowAround(text: string, start: number, end: number, window: number): [number, number] {
  let a = Math.max(0, start - window);
  let b = Math.min(text.length, end + window);
  while (a > 0 && isWordOrIgnorable(text, a - 1) && isWordOrIgnorable(text, a)) a--;
  while (b < text.length && isWordOrIgnorable(text, b - 1) && isWordOrIgnorable(text, b)) b++;
  const slice = text.slice(a, b);
  let from = a;
  let to = b;
  for (const brk of slice.matchAll(SENTENCE_BREAK)) {
    const p = a + brk.index;
    const q = p + brk[0].length;
    if (q <= start) from = Math.max(from, q);
    else if (p >= end) to = Math.min(to, p);
  }
  return [from, to];
}

/** Whether `name` occurs in `haystack` as whole words (both already folded). */
function containsWholeWords(haystack: string, name: string): boolean {
  for (let i = haystack.indexOf(name); i !== -1; i = haystack.indexOf(name, i + 1)) {
    const after = i + name.length;
    if ((i === 0 || !isWordAt(haystack, i - 1)) && (after >= haystack.length || !isWordAt(haystack, after))) {
      return true;
    }
  }
  return false;
}

/** The one candidate a clue near the match points to, or null. */
export function resolveSharedStem(
  text: string,
  start: number,
  end: number,
  candidates: readonly string[],
  clues: ReadonlyMap<string, readonly string[]>,
  window: number,
): string | null {
  const [from, to] = countryWindowAround(text, start, end, window);
  // Before and after separately: the match itself never holds a clue it would then resolve by.
  const before = foldForCountrySearch(text.slice(from, start));
  const after = foldForCountrySearch(text.slice(end, to));
  const named = candidates.filter((id) =>
    (clues.get(id) ?? []).some((name) => containsWholeWords(before, name) || containsWholeWords(after, name)),
  );
  return named.length === 1 ? (named[0] ?? null) : null;
}
