/**
 * Finds mission names and glossary terms in a text: one scan, then selection in two rounds.
 *
 * Round one selects among the names that need no context; its mission matches are the "same mission"
 * evidence for names that do (bare 'Atalanta'; context-rules.ts): near it any of them, a shared stem
 * or another mission's name too, anywhere in the text an unambiguous one of the same mission. Taking the evidence from a selection
 * rather than from raw candidates means a name swallowed by a longer one ('EUNAVFOR' inside
 * 'EUNAVFOR MED Irini') vouches for nothing. Round two selects among all names, the context-needing
 * ones only where they have context. Last, shared stems are resolved: by the name that follows them,
 * which then joins the match ('EUNAVFOR Irini' is one match), else by the clues in their sentence.
 */

import { IGNORABLES } from './candidate-starts';
import { hasOwnContext, type Span, SpanIndex } from './context-rules';
import { nameAfterStem } from './name-after-stem';
import { isOtherSense } from './other-senses';
import { resolveSharedStem } from './resolve-shared-stem';
import { type Candidate, type ContextHit, type ScanResult, scanText, scanTextAt } from './scan-text';
import { selectLeftmostLongest } from './select-matches';
import type { Matcher, TermMatch } from './types';

/** Per mission id, the spans that speak of it: a mission's id is in `ids`. */
function indexByMission(spans: readonly (Span & { ids: readonly string[] })[]): Map<string, SpanIndex> {
  const byId = new Map<string, Span[]>();
  for (const span of spans) {
    for (const id of span.ids) {
      const list = byId.get(id);
      if (list) list.push(span);
      else byId.set(id, [span]);
    }
  }
  return new Map([...byId].map(([id, list]) => [id, new SpanIndex(list)]));
}

/**
 * Which candidates that need context count (context-rules.ts): those with context of their own, (a) or
 * (b), and every other one of a mission the text names unambiguously, (c).
 */
function contextJudge(
  matcher: Matcher,
  text: string,
  candidates: readonly Candidate[],
  firstRound: readonly Candidate[],
  topicHits: readonly ContextHit[],
  alsoNamed: ReadonlySet<string> | undefined,
): { counts: (c: Candidate) => boolean; named: Set<string> } {
  const names = firstRound.filter((c) => c.kind === 'mission');
  const evidence = { topic: indexByMission(topicHits), names: new SpanIndex(names), window: matcher.contextWindow };
  const named = new Set<string>(alsoNamed);
  for (const c of names) if (c.ids.length === 1) named.add(c.ids[0] as string);
  const own = new Set<Candidate>();
  for (const c of candidates) {
    if (!c.needsContext || !hasOwnContext(text, c, c.ids, evidence)) continue;
    own.add(c);
    if (c.ids.length === 1) named.add(c.ids[0] as string);
  }
  return { counts: (c) => own.has(c) || c.ids.some((id) => named.has(id)), named };
}

/** What findMatches gives for a text without names: shared, so most blocks of a page allocate nothing. */
const NO_MATCHES: TermMatch[] = Object.freeze([]) as unknown as TermMatch[];

/**
 * Stands between the texts of a batch while the pre-filter reads them as one string: no key of a
 * name matches it, so no place found runs from one text into the next.
 */
const BATCH_SEPARATOR = '\uFFFC';

export function findMatches(matcher: Matcher, text: string, alsoNamed?: ReadonlySet<string>): TermMatch[] {
  return matchesFrom(matcher, text, scanText(matcher.trie, text, matcher, matcher.nameFinder), alsoNamed);
}

/**
 * The missions `text` names unambiguously, as rule (c) counts them (context-rules.ts): what a long
 * text matched in pieces (long-text.ts) gives every piece, so (c) still reaches across the whole text.
 */
export function namedMissions(matcher: Matcher, text: string): Set<string> {
  const judged = judge(matcher, text, scanText(matcher.trie, text, matcher, matcher.nameFinder), undefined);
  return judged ? judged.named : new Set();
}

/**
 * findMatches for each of `texts` (`result[i]` equals `findMatches(matcher, texts[i])`), the
 * pre-filter run once over all of them: a page's paragraphs are matched a few dozen at a time,
 * and most have no name, so most are never looked at again (and no call is made per text).
 */
export function findMatchesInTexts(matcher: Matcher, texts: readonly string[]): TermMatch[][] {
  const { nameFinder, trie } = matcher;
  if (nameFinder === null) return texts.map((text) => findMatches(matcher, text));
  const joined = texts.join(BATCH_SEPARATOR);
  // The pre-filter does not provide for ignorables: a text holding one is read the full way.
  const mayHoldIgnorables = IGNORABLES.test(joined);
  const result: TermMatch[][] = new Array(texts.length).fill(NO_MATCHES);
  nameFinder.lastIndex = 0;
  let index = 0;
  let offset = 0;
  let starts: number[] = [];
  const finish = () => {
    const text = texts[index] as string;
    if (mayHoldIgnorables && IGNORABLES.test(text)) result[index] = findMatches(matcher, text);
    else if (starts.length > 0) result[index] = matchesFrom(matcher, text, scanTextAt(trie, text, matcher, starts));
    starts = [];
  };
  while (nameFinder.test(joined)) {
    const hit = nameFinder.lastIndex - 1;
    while (hit >= offset + (texts[index] as string).length + 1) {
      finish();
      offset += (texts[index] as string).length + 1;
      index++;
    }
    starts.push(hit - offset);
  }
  for (; index < texts.length; index++) {
    finish();
  }
  return result;
}

/**
 * The candidates that stand (other senses left out), the names selected, and the missions named
 * unambiguously (rule (c), `alsoNamed` added); null when no candidate stands.
 */
function judge(
  matcher: Matcher,
  text: string,
  names: ScanResult,
  alsoNamed: ReadonlySet<string> | undefined,
): { selected: Candidate[]; named: Set<string> } | null {
  if (names.candidates.length === 0) return null;
  // A name that means something else here (KFOR the TV station) is no candidate at all.
  const otherSense = (c: Candidate) => isOtherSense(text, c.start, c.end);
  const candidates = names.candidates.some(otherSense)
    ? names.candidates.filter((c) => !otherSense(c))
    : names.candidates;
  if (candidates.length === 0) return null;
  const needsContext = candidates.some((c) => c.needsContext);
  // Topic words only count for a name that needs them, and are looked for only then, where their own
  // pre-filter points (scanText reads every place when the text holds ignorables).
  const firstRound = selectLeftmostLongest(candidates, (c) => !c.needsContext);
  if (!needsContext) {
    const named = new Set<string>(alsoNamed);
    for (const c of firstRound) if (c.kind === 'mission' && c.ids.length === 1) named.add(c.ids[0] as string);
    return { selected: firstRound, named };
  }
  const topicHits = scanText(matcher.trie, text, matcher, matcher.contextFinder).contextHits;
  const { counts, named } = contextJudge(matcher, text, candidates, firstRound, topicHits, alsoNamed);
  return { selected: selectLeftmostLongest(candidates, (c) => !c.needsContext || counts(c)), named };
}

/** The matches of `text` from its names (`names`: every name candidate, from the full scan or the pre-filter's places). */
function matchesFrom(matcher: Matcher, text: string, names: ScanResult, alsoNamed?: ReadonlySet<string>): TermMatch[] {
  const judged = judge(matcher, text, names, alsoNamed);
  if (judged === null) return NO_MATCHES;
  const selected = judged.selected;
  const matches: TermMatch[] = [];
  // Where a stem joined with the name after it ends: the matches inside that name are part of it.
  let joinedUntil = 0;
  for (let k = 0; k < selected.length; k++) {
    const c = selected[k] as Candidate;
    if (c.start < joinedUntil) continue;
    let id = c.ids.length === 1 ? (c.ids[0] ?? null) : null;
    let end = c.end;
    if (id === null && c.kind === 'mission') {
      const next = nameAfterStem(text, c.end, c.ids, matcher.stemNames);
      if (next !== null) {
        id = next.id;
        if (!runsPast(selected, k + 1, next.end)) end = next.end;
      } else {
        id = resolveSharedStem(text, c.start, c.end, c.ids, matcher.stemClues, matcher.countryWindow);
      }
    }
    joinedUntil = end;
    matches.push({
      start: c.start,
      end,
      text: text.slice(c.start, end),
      kind: c.kind,
      id,
      candidates: id === null ? [...c.ids] : [id],
    });
  }
  return matches;
}

/**
 * Whether a selected match from `from` on starts before `end` but runs past it: then a stem does not
 * take in the name after it, which would cut that match in two.
 */
function runsPast(selected: readonly Candidate[], from: number, end: number): boolean {
  for (let k = from; k < selected.length; k++) {
    const c = selected[k] as Candidate;
    if (c.start >= end) return false;
    if (c.end > end) return true;
  }
  return false;
}
