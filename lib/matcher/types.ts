/** The matcher's public types. Everything that comes from the dataset is derived from data/schema.ts. */
import type { Alias, Mission, Term } from '../../data/schema';
import type { Trie } from './alias-trie';

/** What the matcher needs of a mission: its names and, to tell shared stems apart, its countries. */
export type MissionInput = Pick<Mission, 'id' | 'acronym' | 'acronymCase' | 'aliases' | 'countries'>;
export type MatcherInput = MissionInput[];

/** A glossary abbreviation (VPD, OCS, …): matched like an acronym, reported with kind 'term'. */
export type TermInput = Pick<Term, 'id' | 'acronym' | 'case'>;

export type CaseRule = Alias['case'];
export type MatchKind = 'mission' | 'term';

export type TermMatch = {
  /** UTF-16 offsets into the text given to findMatches; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  kind: MatchKind;
  /** The mission or term id; null for a shared stem no nearby country decided. */
  id: string | null;
  /** `[id]`, or every mission an unresolved shared stem may stand for (in input order). */
  candidates: string[];
};

export type MatcherOptions = {
  /**
   * How far (UTF-16 units, before or after) a name that needs context has its sentence searched for
   * a topic word or another name of its mission. Default 300: the sentence decides; this only bounds
   * a long run without full stops (context-rules.ts).
   */
  contextWindow?: number;
  /**
   * How far a country name (or another clue, stem-clues.ts) may be from a shared stem, within its
   * sentence. Default 300: the sentence decides; this only bounds a long run without full stops.
   */
  countryWindow?: number;
};

/** One name the trie can end on. Topic words ('context') live in the same trie so the text is read once. */
export type AliasEntry = {
  kind: MatchKind | 'context';
  /** Normalized, case kept: what 'exact' compares with. */
  written: string;
  /** For the case rule 'capitalized', `oneCapitalForm(written)`: the other form it accepts; else null. */
  capitalized: string | null;
  caseRule: CaseRule;
  needsContext: boolean;
  /** Mission or term ids, in input order; more than one for a shared stem; for a topic word, its missions. */
  ids: readonly string[];
  /** Topic words may run on into a longer word (piraterij → piraterijbestrijding); names may not. */
  prefix: boolean;
};

/** Built once by compileMatcher and passed to findMatches; treat as opaque. */
export type Matcher = {
  readonly trie: Trie;
  /** Finds the places where a name may start (candidate-starts.ts); null: the scan reads every character. */
  readonly startFinder: RegExp | null;
  /** The same for mission names and terms only: topic words are looked for where a name needs them. */
  readonly nameFinder: RegExp | null;
  /** The same for the topic words only. */
  readonly contextFinder: RegExp | null;
  /** Per mission a shared stem may stand for: the names that complete the stem into it, as folded words. */
  readonly stemNames: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Per mission a shared stem may stand for: the folded words that point to it from the same sentence. */
  readonly stemClues: ReadonlyMap<string, readonly string[]>;
  /** Input position per mission id and per term id, to keep candidate lists in a stable order. */
  readonly missionRank: ReadonlyMap<string, number>;
  readonly termRank: ReadonlyMap<string, number>;
  readonly contextWindow: number;
  readonly countryWindow: number;
};
