/**
 * The single pass over the text. At every word start it walks the alias trie, folding characters as
 * it reads them (lowercase, typographic variants, whitespace runs as one space, soft hyphens skipped),
 * so no folded copy of the page and no offset table are needed: every position it reports is already
 * an offset into the original text. A pre-filter (candidate-starts.ts) lets native code pick the
 * places where a name may start, so the loop below runs only there.
 */

import { childOf, NONE, ROOT, type Trie } from './alias-trie';
import { IGNORABLES } from './candidate-starts';
import * as chars from './char-classes';
import type { Span } from './context-rules';
import { normalizeForMatching } from './normalize-for-matching';
import type { AliasEntry, MatchKind } from './types';

/**
 * Read once into locals: some loaders (tsx, vitest's module runner) turn every use of an imported
 * binding into a property read through a getter, which a per-character loop cannot afford.
 */
const { foldCodeUnit, isIgnorable, isLowSurrogate, isSpace, isUppercaseAt, isWordAt, SPACE } = chars;
const { ASCII_FOLD: FOLD_TABLE, ASCII_SPACE: SPACE_TABLE, ASCII_WORD: WORD_TABLE } = chars;

/** A name found at a position: one per (start, end), every name that ends there merged. */
export type Candidate = {
  start: number;
  end: number;
  kind: MatchKind;
  ids: readonly string[];
  /** Only when every mission name found here needs context. */
  needsContext: boolean;
};

export type ContextHit = Span & { ids: readonly string[] };

export type ScanResult = {
  /** Sorted by start, then longest first. Overlapping: selection comes later. */
  candidates: Candidate[];
  /** Topic words (context-rules.ts), sorted by start, each with the missions it speaks of. */
  contextHits: ContextHit[];
};

/** The result of a text with nothing in it: shared, so such a text (most blocks of a page) allocates nothing. */
export const EMPTY_SCAN: ScanResult = Object.freeze({
  candidates: Object.freeze([]) as unknown as Candidate[],
  contextHits: Object.freeze([]) as unknown as ContextHit[],
});

/** No missions: a terminal without topic words. */
const NO_IDS: readonly string[] = Object.freeze([]);

export type Ranks = {
  missionRank: ReadonlyMap<string, number>;
  termRank: ReadonlyMap<string, number>;
};

function skipIgnorables(text: string, i: number): number {
  let j = i;
  while (j < text.length && isIgnorable(text.charCodeAt(j))) j++;
  return j;
}

/**
 * Whether a name ending at `end` ends a word. Compounds and possessives pass because the hyphen or
 * apostrophe is no letter ('UNIFIL-mandaat', "VPD's"); an English plural of an all-capitals name
 * passes too ('EUTMs': capitals then one lowercase s), and the match keeps only the name.
 */
function endsWord(text: string, end: number): boolean {
  const next = skipIgnorables(text, end);
  if (next >= text.length || !isWordAt(text, next)) return true;
  if (text.charCodeAt(next) !== 0x73 /* s */ || !isUppercaseAt(text, end - 1)) return false;
  const afterS = skipIgnorables(text, next + 1);
  return afterS >= text.length || !isWordAt(text, afterS);
}

function caseAllows(entry: AliasEntry, written: string): boolean {
  switch (entry.caseRule) {
    case 'insensitive':
      return true; // the trie already compared folded text
    case 'exact':
      return written === entry.written;
    case 'capitalized':
      return written === entry.written || written === entry.capitalized;
  }
}

function unionByRank(lists: (readonly string[])[], rank: ReadonlyMap<string, number>): readonly string[] {
  if (lists.length === 1) return lists[0] ?? [];
  return [...new Set(lists.flat())].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
}

/**
 * The names that end at `end`, as at most one candidate (a mission name beats a glossary term of the
 * same span: the mission has more to say), plus the missions of the topic words that end there.
 */
function judgeTerminal(
  text: string,
  start: number,
  end: number,
  entries: readonly AliasEntry[],
  ranks: Ranks,
): { candidate: Candidate | null; context: readonly string[] } {
  const boundary = endsWord(text, end);
  let written: string | null = null;
  const missionIds: (readonly string[])[] = [];
  const termIds: (readonly string[])[] = [];
  let allNeedContext = true;
  let context: readonly string[] = NO_IDS;
  for (const entry of entries) {
    if (!boundary && !entry.prefix) continue;
    if (entry.caseRule !== 'insensitive') {
      written ??= normalizeForMatching(text.slice(start, end));
      if (!caseAllows(entry, written)) continue;
    }
    if (entry.kind === 'context') context = context.length === 0 ? entry.ids : [...new Set([...context, ...entry.ids])];
    else if (entry.kind === 'term') termIds.push(entry.ids);
    else {
      missionIds.push(entry.ids);
      allNeedContext &&= entry.needsContext;
    }
  }
  if (missionIds.length > 0) {
    const ids = unionByRank(missionIds, ranks.missionRank);
    return { candidate: { start, end, kind: 'mission', ids, needsContext: allNeedContext }, context };
  }
  if (termIds.length > 0) {
    const ids = unionByRank(termIds, ranks.termRank);
    return { candidate: { start, end, kind: 'term', ids, needsContext: false }, context };
  }
  return { candidate: null, context };
}

// Reused between walks: a walk happens at most word starts, and allocating per walk shows in profiles.
const terminalNodes: number[] = [];
const terminalEnds: number[] = [];

/**
 * Walks the trie from the word start `start`, whose first character led to `first`; appends what it
 * finds, longest candidate first.
 */
function walkFrom(
  trie: Trie,
  first: number,
  text: string,
  start: number,
  ranks: Ranks,
  result: ScanResult,
): ScanResult {
  let out = result;
  const n = text.length;
  const { firstEdge, nextEdge, keys, entries } = trie;
  let node = first;
  let j = start + 1;
  let count = 0;
  if ((entries[node] as readonly AliasEntry[]).length > 0) {
    terminalNodes[count] = node;
    terminalEnds[count] = j;
    count++;
  }
  while (j < n) {
    const c = text.charCodeAt(j);
    let key: number;
    let next = j + 1;
    if (c < 128 && SPACE_TABLE[c] === 0) {
      key = FOLD_TABLE[c] ?? c;
    } else if (c < 128 || isSpace(c)) {
      key = SPACE;
      while (next < n && (isSpace(text.charCodeAt(next)) || isIgnorable(text.charCodeAt(next)))) next++;
    } else if (isIgnorable(c)) {
      j++;
      continue;
    } else {
      key = foldCodeUnit(c);
    }
    // childOf, inlined: this loop runs some 60,000 times on a megabyte of text.
    let edge = firstEdge[node] as number;
    while (edge !== NONE && keys[edge] !== key) edge = nextEdge[edge] as number;
    if (edge === NONE) break;
    node = edge + 1;
    j = next;
    if ((entries[node] as readonly AliasEntry[]).length > 0 && key !== SPACE) {
      terminalNodes[count] = node;
      terminalEnds[count] = j;
      count++;
    }
  }
  let contextEnd = -1;
  let contextIds: readonly string[] = NO_IDS;
  for (let t = count - 1; t >= 0; t--) {
    const terminal = terminalNodes[t] as number;
    const end = terminalEnds[t] as number;
    const { candidate, context } = judgeTerminal(text, start, end, entries[terminal] as readonly AliasEntry[], ranks);
    if (candidate) {
      if (out === EMPTY_SCAN) out = { candidates: [], contextHits: [] };
      out.candidates.push(candidate);
    }
    if (context.length > 0) {
      if (contextEnd < 0) contextEnd = end;
      contextIds = contextIds.length === 0 ? context : [...new Set([...contextIds, ...context])];
    }
  }
  if (contextEnd >= 0) {
    if (out === EMPTY_SCAN) out = { candidates: [], contextHits: [] };
    out.contextHits.push({ start, end: contextEnd, ids: contextIds });
  }
  return out;
}

/** The root's child for the code unit `c` at a word start, or NONE. */
function firstStep(trie: Trie, c: number): number {
  return childOf(trie, ROOT, c < 128 ? (FOLD_TABLE[c] as number) : foldCodeUnit(c));
}

/**
 * Whether `i` is a word start as the full scan decides it: a word character whose last character
 * before it, soft hyphens and low surrogates skipped, is not one.
 */
function isWordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (WORD_TABLE[c] !== 1) return false;
  } else if (isIgnorable(c) || isLowSurrogate(c) || !isWordAt(text, i)) {
    return false;
  }
  for (let j = i - 1; j >= 0; j--) {
    const p = text.charCodeAt(j);
    if (p < 128) return WORD_TABLE[p] !== 1;
    if (!isIgnorable(p) && !isLowSurrogate(p)) return !isWordAt(text, j);
  }
  return true;
}

/**
 * Candidates and context hits in `text`, the trie walked only from `starts` (ascending offsets,
 * each confirmed as a word start here): the places a pre-filter pointed to, found by the caller.
 */
export function scanTextAt(trie: Trie, text: string, ranks: Ranks, starts: readonly number[]): ScanResult {
  let out = EMPTY_SCAN;
  for (const i of starts) {
    if (!isWordStart(text, i)) continue;
    const first = firstStep(trie, text.charCodeAt(i));
    if (first !== NONE) out = walkFrom(trie, first, text, i, ranks, out);
  }
  return out;
}

/**
 * Candidates and context hits in `text`: the trie is walked from every word start. With `finder`
 * (candidate-starts.ts, built from the same root) only where it points, unless the text holds an
 * ignorable, which it does not provide for.
 */
export function scanText(trie: Trie, text: string, ranks: Ranks, finder: RegExp | null = null): ScanResult {
  let out = EMPTY_SCAN;
  if (finder !== null && !IGNORABLES.test(text)) {
    finder.lastIndex = 0;
    while (finder.test(text)) {
      const i = finder.lastIndex - 1;
      if (!isWordStart(text, i)) continue;
      const first = firstStep(trie, text.charCodeAt(i));
      if (first !== NONE) out = walkFrom(trie, first, text, i, ranks, out);
    }
    return out;
  }
  const n = text.length;
  let previousIsWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let isWord: boolean;
    if (c < 128) {
      isWord = WORD_TABLE[c] === 1;
    } else {
      // Soft hyphens do not end a word ('EUNAV\u00ADFOR' is one); a low surrogate belongs to its pair.
      if (isIgnorable(c) || isLowSurrogate(c)) continue;
      isWord = isWordAt(text, i);
    }
    if (isWord && !previousIsWord) {
      const first = firstStep(trie, c);
      if (first !== NONE) out = walkFrom(trie, first, text, i, ranks, out);
    }
    previousIsWord = isWord;
  }
  return out;
}
