/**
 * The folding that the search index and the query both go through, so that `Bosnie` finds
 * `Bosnië`, `EU-NAVFOR` finds `EUNAVFOR` and `Libië` finds `Libie`: decomposed (NFD) with the
 * combining marks dropped, lowercased, every run of anything that is not a letter or digit read
 * as one space. Pure.
 */

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** `Bosnië en Herzegovina` → `bosnie en herzegovina`; `EUNAVFOR-MED (Irini)` → `eunavfor med irini`. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, ' ').trim();
}

/** Without spaces, for exact acronym/alias comparison: `EU NAVFOR MED Irini` = `EUNAVFORMED Irini`. */
export function compactKey(text: string): string {
  return foldForSearch(text).replace(/ /g, '');
}

/** Whether `needle` (folded) starts a word somewhere in `haystack` (folded). */
export function occursAtWordStart(needle: string, haystack: string): boolean {
  if (needle === '') return false;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    if (at === 0 || haystack.charCodeAt(at - 1) === 32) return true;
    at = haystack.indexOf(needle, at + 1);
  }
  return false;
}

/** Whether `needle` (folded) is one or more whole words of `haystack` (folded): `mali`, not `somalie`. */
export function occursAsWord(needle: string, haystack: string): boolean {
  if (needle === '') return false;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    const end = at + needle.length;
    const startsWord = at === 0 || haystack.charCodeAt(at - 1) === 32;
    const endsWord = end === haystack.length || haystack.charCodeAt(end) === 32;
    if (startsWord && endsWord) return true;
    at = haystack.indexOf(needle, at + 1);
  }
  return false;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): insert, delete,
 * substitute or swap two neighbours, each 1. `kfro` is 1 from `kfor`. For "did you mean".
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = best;
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
