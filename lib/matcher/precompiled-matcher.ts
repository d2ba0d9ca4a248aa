/**
 * The matcher compiled at build time: the content script loads it on every page, and compiling it
 * there cost about 8 ms of main-thread CPU time per page load, also on pages without a single
 * name (tests/bench/RESULTS.md). Stored:
 * the trie's entries in the order compileMatcher inserted them, already normalized and checked,
 * the pre-filters' sources and the clues that tell shared stems apart (stem-clues.ts); loading
 * builds the flat trie from the entries' keys (a few hundred short strings) and makes the RegExps.
 * Written into the bundle by build/vite/precompiled-matcher-plugin.ts.
 *
 * Loaded without the glossary terms (the abbreviations setting is off), their entries are left out
 * and the pre-filters compiled without them are used: the result equals compileMatcher without
 * terms (tests/unit/matcher/precompiled-matcher.test.ts).
 */
import { buildTrie } from './alias-trie';
import { aliasEntries, compileMatcher } from './compile-matcher';
import { foldForMatching } from './normalize-for-matching';
import { type StemClues, stemCluesOf, stemLookups } from './stem-clues';
import type { AliasEntry, Matcher, MatcherInput, TermInput } from './types';

/** Kinds and case rules stored as their place in these lists, ids as their place in missionIds or termIds: a smaller bundle. */
const KINDS: readonly AliasEntry['kind'][] = ['mission', 'term', 'context'];
const CASE_RULES: readonly AliasEntry['caseRule'][] = ['exact', 'insensitive', 'capitalized'];

type StoredEntry = [
  kind: number,
  written: string,
  caseRule: number,
  needsContext: 0 | 1,
  prefix: 0 | 1,
  /** Places in termIds for a glossary term, else in missionIds. */
  ids: readonly number[],
  /** For the case rule 'capitalized': the other form it accepts; else null. */
  capitalized: string | null,
  /** The trie key, where it is not simply `written` lowercased (a printable ASCII name's always is). */
  key?: string,
];

/** The sources of a matcher's three pre-filters (null where it has none); all use the flags 'gi'. */
type FinderSources = [start: string | null, name: string | null, context: string | null];

export type PrecompiledMatcher = {
  /** Every entry of the trie, in the order compileMatcher inserted them. */
  entries: StoredEntry[];
  missionIds: string[];
  termIds: string[];
  stemClues: [id: string, clues: StemClues][];
  finders: { withTerms: FinderSources; withoutTerms: FinderSources };
  contextWindow: number;
  countryWindow: number;
};

const FINDER_FLAGS = 'gi';

function finderSources(matcher: Matcher): FinderSources {
  const source = (finder: RegExp | null) => {
    if (finder !== null && finder.flags !== FINDER_FLAGS) throw new Error(`pre-filter flags: ${finder.flags}`);
    return finder?.source ?? null;
  };
  return [source(matcher.startFinder), source(matcher.nameFinder), source(matcher.contextFinder)];
}

/** Build time: compiles the matcher (a MatcherCompileError stops the build) into its stored form. */
export function precompileMatcher(missions: MatcherInput, terms: TermInput[]): PrecompiledMatcher {
  const withTerms = compileMatcher(missions, terms);
  const withoutTerms = compileMatcher(missions, []);
  const place = (ranks: ReadonlyMap<string, number>, id: string) => {
    const at = ranks.get(id);
    if (at === undefined) throw new Error(`no such id: ${id}`);
    return at;
  };
  return {
    entries: aliasEntries(missions, terms).map((e): StoredEntry => {
      const ranks = e.kind === 'term' ? withTerms.termRank : withTerms.missionRank;
      const stored: StoredEntry = [
        KINDS.indexOf(e.kind),
        e.written,
        CASE_RULES.indexOf(e.caseRule),
        e.needsContext ? 1 : 0,
        e.prefix ? 1 : 0,
        e.ids.map((id) => place(ranks, id)),
        e.capitalized,
      ];
      const key = foldForMatching(e.written);
      if (!/^[ -~]*$/.test(e.written) || key !== e.written.toLowerCase()) stored.push(key);
      return stored;
    }),
    missionIds: [...withTerms.missionRank.keys()],
    termIds: [...withTerms.termRank.keys()],
    stemClues: [...stemCluesOf(missions)],
    finders: { withTerms: finderSources(withTerms), withoutTerms: finderSources(withoutTerms) },
    contextWindow: withTerms.contextWindow,
    countryWindow: withTerms.countryWindow,
  };
}

/** Page load: the Matcher that compileMatcher(missions, withTerms ? terms : []) would give. */
export function loadPrecompiledMatcher(data: PrecompiledMatcher, withTerms: boolean): Matcher {
  const entries: AliasEntry[] = [];
  const keys: string[] = [];
  for (const [kindAt, written, caseAt, needsContext, prefix, places, capitalized, key] of data.entries) {
    const kind = KINDS[kindAt] as AliasEntry['kind'];
    if (kind === 'term' && !withTerms) continue;
    const idList = kind === 'term' ? data.termIds : data.missionIds;
    const ids = places.map((at) => idList[at] as string);
    const caseRule = CASE_RULES[caseAt] as AliasEntry['caseRule'];
    entries.push({ kind, written, capitalized, caseRule, needsContext: needsContext === 1, ids, prefix: prefix === 1 });
    keys.push(key ?? written.toLowerCase());
  }
  const [start, name, context] = withTerms ? data.finders.withTerms : data.finders.withoutTerms;
  const finder = (source: string | null) => (source === null ? null : new RegExp(source, FINDER_FLAGS));
  return {
    trie: buildTrie(entries, (_, i) => keys[i] as string),
    startFinder: finder(start),
    nameFinder: finder(name),
    contextFinder: finder(context),
    ...stemLookups(data.stemClues),
    missionRank: new Map(data.missionIds.map((id, i) => [id, i])),
    termRank: new Map(withTerms ? data.termIds.map((id, i) => [id, i]) : []),
    contextWindow: data.contextWindow,
    countryWindow: data.countryWindow,
  };
}
