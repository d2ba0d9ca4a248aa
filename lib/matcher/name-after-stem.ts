/**
 * The next name decides: a shared stem followed by words that complete it into one mission's name
 * ('EUNAVFOR Irini', 'European Union Naval Force (EUNAVFOR) Atalanta', 'European Union Border
 * Assistance Mission (EUBAM) Libya') stands for that mission, whatever else the sentence names.
 * Kamerstukken write names this way: the stem spelled out, its acronym in brackets, then the
 * mission's own name.
 */
import { isIgnorable, isSpace, isWordAt } from './char-classes';
import { foldForCountrySearch } from './normalize-for-matching';

/** The longest bracketed acronym read past ('(EUNAVFOR MED)' is 14). */
const MAX_BRACKETED = 30;

function isWordPart(text: string, i: number): boolean {
  return isWordAt(text, i) || isIgnorable(text.charCodeAt(i));
}

function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && (isSpace(text.charCodeAt(j)) || isIgnorable(text.charCodeAt(j)))) j++;
  return j;
}

/** The end of a bracketed group starting at `open` ('(EUBAM)'), or -1 where there is none that short. */
function bracketedEnd(text: string, open: number): number {
  if (text.charCodeAt(open) !== 0x28 /* ( */) return -1;
  const limit = Math.min(text.length, open + MAX_BRACKETED + 2);
  let hasWord = false;
  for (let j = open + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x29 /* ) */) return hasWord ? j + 1 : -1;
    if (c === 0x28 || c === 0x0a /* \n */) return -1;
    hasWord ||= isWordAt(text, j);
  }
  return -1;
}

/**
 * Up to `max` words after `from`, with where each ends. Between words only spaces or — once — a
 * bracketed group; anything else (a comma, a full stop, a hyphen or slash) ends the name, as it
 * ends a name in the trie.
 */
export function wordsAfter(text: string, from: number, max: number): { words: string[]; ends: number[] } {
  const words: string[] = [];
  const ends: number[] = [];
  let i = from;
  let bracketUsed = false;
  while (words.length < max) {
    let j = skipSpaces(text, i);
    if (!bracketUsed) {
      const close = bracketedEnd(text, j);
      if (close !== -1) {
        bracketUsed = true;
        j = skipSpaces(text, close);
      }
    }
    // A word must be set apart from what came before it.
    if (j === i || j >= text.length || !isWordAt(text, j)) break;
    let k = j;
    while (k < text.length && isWordPart(text, k)) k++;
    words.push(foldForCountrySearch(text.slice(j, k)));
    ends.push(k);
    i = k;
  }
  return { words, ends };
}

/**
 * The one candidate whose name follows the stem ending at `end`, and where that name ends; null
 * where no candidate's name follows, or several do.
 */
export function nameAfterStem(
  text: string,
  end: number,
  candidates: readonly string[],
  namesById: ReadonlyMap<string, readonly (readonly string[])[]>,
): { id: string; end: number } | null {
  let max = 0;
  for (const id of candidates) for (const name of namesById.get(id) ?? []) max = Math.max(max, name.length);
  if (max === 0) return null;
  const { words, ends } = wordsAfter(text, end, max);
  if (words.length === 0) return null;
  let found: { id: string; end: number } | null = null;
  for (const id of candidates) {
    let longest = 0;
    for (const name of namesById.get(id) ?? []) {
      if (name.length > longest && name.length <= words.length && name.every((w, n) => w === words[n])) {
        longest = name.length;
      }
    }
    if (longest === 0) continue;
    if (found !== null) return null;
    found = { id, end: ends[longest - 1] as number };
  }
  return found;
}
