/**
 * The pre-filter of the scan: one RegExp, run by the browser's regexp compiler as machine code,
 * that finds the places where the text begins like some name (its first six keys as the trie
 * reads them, or the whole of a shorter name) and no letter comes right before. The JavaScript
 * scan then walks the trie only there, instead of reading every character itself (on a 1 MB
 * Kamerstuk: ~12,000 places instead of 843,000 characters and ~100,000 word starts).
 *
 * It may report more places than the scan acts on, never fewer; scanText confirms each one with
 * the full scan's own rules, so the output is the same. Why none is missed:
 * - every code unit the walk folds to a key is in that key's pattern: for an ASCII letter its two
 *   cases (the i flag) and, for k, the Kelvin sign, the only other code unit that lowercases to
 *   ASCII; the typographic apostrophes and hyphens; every whitespace the walk reads as one space;
 * - a key outside ASCII ends the prefix there (anything may follow), and a name that starts
 *   outside ASCII switches the pre-filter off;
 * - ignorables (soft hyphens, zero-width characters) are not provided for: scanText reads a text
 *   holding any of them the full way;
 * - the lookbehind rules a place out only after a letter or digit of ASCII or Latin-1, where the
 *   scan sees no word start either.
 * No Unicode flag and a lookahead for all but the first key: measured fastest (a match that
 * consumed the prefix would also hide word starts inside it, as in 'EU NAVFOR').
 */

import { childrenOf, ROOT, type Trie } from './alias-trie';
import { APOSTROPHE, HYPHEN, SPACE } from './char-classes';
import type { AliasEntry } from './types';

/** How many keys of a name the pre-filter checks before the trie walk takes over. */
export const PREFIX_KEYS = 6;

/** Soft hyphen and zero-width characters (char-classes.ts, isIgnorable). */
export const IGNORABLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

const WHITESPACE = '\\t-\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
/** Letters and digits that certainly make a word (a subset of \p{L}\p{N}: ×, ÷ and ª º µ left out). */
export const SURE_WORD = '0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF';

/** Every code unit the walk reads as `key` (the regexp has the i flag); null for a key outside ASCII. */
export function keyPattern(key: number): string | null {
  if (key >= 128) return null;
  if (key === SPACE) return `[${WHITESPACE}]+`;
  if (key === APOSTROPHE) return "['`\\u00B4\\u02BC\\u2018\\u2019\\u2032\\uFF07]";
  if (key === HYPHEN) return '[\\-\\u2010-\\u2013\\u2212\\uFE63\\uFF0D]';
  if (key === 0x6b) return '[k\\u212A]';
  // Letters and digits as themselves (the same to the regexp, and a quarter of the bytes in the bundle).
  const char = String.fromCharCode(key);
  if (/[0-9a-z]/.test(char)) return char;
  return `\\x${key.toString(16).padStart(2, '0')}`;
}

/** Which entries a finder looks for: all, or the names only (not the topic words). */
export type EntryFilter = (entry: AliasEntry) => boolean;

/** Whether `node` or a node below it ends an entry the filter wants. */
function leadsTo(trie: Trie, node: number, wanted: EntryFilter, memo: Map<number, boolean>): boolean {
  let known = memo.get(node);
  if (known === undefined) {
    known = trie.entries[node]?.some(wanted) ?? false;
    for (const [, child] of childrenOf(trie, node)) known ||= leadsTo(trie, child, wanted, memo);
    memo.set(node, known);
  }
  return known;
}

/** What must follow the key that led to `node`: '' once the prefix is long enough or a name may end. */
function restPattern(trie: Trie, node: number, depth: number, wanted: EntryFilter, memo: Map<number, boolean>): string {
  if (depth >= PREFIX_KEYS || trie.entries[node]?.some(wanted)) return '';
  const alternatives: string[] = [];
  for (const [key, child] of childrenOf(trie, node)) {
    if (!leadsTo(trie, child, wanted, memo)) continue;
    const pattern = keyPattern(key);
    if (pattern === null) return '';
    alternatives.push(`${pattern}${restPattern(trie, child, depth + 1, wanted, memo)}`);
  }
  if (alternatives.length === 0) return '';
  return alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`;
}

/**
 * The pre-filter for a trie: a global RegExp whose every match is one code unit, the first of a
 * possible entry the filter wants; null when one starts outside ASCII (the scan then reads every
 * character).
 */
export function buildStartFinder(trie: Trie, wanted: EntryFilter = () => true): RegExp | null {
  const memo = new Map<number, boolean>();
  const alternatives: string[] = [];
  for (const [key, child] of childrenOf(trie, ROOT)) {
    if (!leadsTo(trie, child, wanted, memo)) continue;
    // Names start with a letter or digit (compileMatcher checks); the match must be that one unit.
    const pattern = key === SPACE ? null : keyPattern(key);
    if (pattern === null) return null;
    const rest = restPattern(trie, child, 1, wanted, memo);
    alternatives.push(rest === '' ? pattern : `${pattern}(?=${rest})`);
  }
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![${SURE_WORD}])(?:${alternatives.join('|')})`, 'gi');
}
