/**
 * Search over the missions and the glossary, for the toolbar popup and the "Explain" page. Pure:
 * no DOM, no browser API. Build the index once with `createSearchIndex`, then call `search` per
 * keystroke.
 *
 * Ranking, best first:
 * 1. Exact hits: the query equals an acronym or alias, ignoring case, diacritics, spaces and
 *    punctuation (`eu navfor atalanta` = `EU NAVFOR Atalanta`), or the name of a concept in either
 *    language (`legal basis`). Missions first: a hit that names one mission, then the missions
 *    that share the alias (`EUTM`, `EUCAP`, `EUBAM`), then the glossary entry of that name, which
 *    explains the stem.
 * 2. Everything else by a fuzzy score (Fuse.js, typo-tolerant), lower is better: the Fuse score
 *    of the best matching field plus a penalty for that field (acronym 0, alias 0.01, name 0.03,
 *    location or country 0.05, region or organisation 0.06, summary text 0.15), plus 0.005–0.01
 *    when the query is only part of the field (`Libanon` in `Zuid-Libanon`; the more of the field
 *    it covers, the less), or 0.05 when it only occurs inside a word, plus 0.03 for glossary
 *    terms and 0.02 for ended missions. Where the query is a whole word of some mission's places
 *    (`Mali`), only records with that word match: not one with `Somalia`, nor a near miss. A multi-word query
 *    also matches word by word (each word somewhere in the record), at 0.05 more than a match of
 *    the whole phrase. Summaries are searched with typos only for a one-word query (speed); in a
 *    longer query their words must be spelled as written.
 * 3. At equal score (to four decimals): missions before glossary terms, active and planned
 *    missions before ended ones, then by acronym.
 *
 * A glossary term that names a mission (`USSC` → OSC, `RSM` → Resolute Support) is folded into
 * that mission instead of being a result of its own, so one search never lists the same thing twice.
 */
import Fuse from 'fuse.js';
import type { Mission, MissionStatus, Term } from '../../data/schema';
import { ORGANISATION_SEARCH_NAMES, REGION_LABELS } from './labels';
import { compactKey, editDistance, foldForSearch, occursAsWord, occursAtWordStart } from './normalize';

export type SearchKind = 'mission' | 'term';

export type SearchResult = {
  kind: SearchKind;
  id: string;
  /** 0 is an exact acronym or alias hit; larger is a weaker match. */
  score: number;
  /** `exact`: the query is an acronym or alias of this result (case and diacritics aside). */
  match: 'exact' | 'fuzzy';
};

type Field = 'acronym' | 'alias' | 'name' | 'place' | 'label' | 'text';

const FIELD_PENALTY: Record<Field, number> = {
  acronym: 0,
  alias: 0.01,
  name: 0.03,
  place: 0.05,
  label: 0.06,
  text: 0.15,
};
const FIELD_ORDER = Object.keys(FIELD_PENALTY) as Field[];
const INFIX_PENALTY = 0.05;
/** The query is only part of the field (`Libanon` in `Zuid-Libanon`), not all of it ... */
const PARTIAL_PENALTY = 0.005;
/** ... plus up to this much for the part of the field it leaves out: the shorter field is the more specific. */
const UNCOVERED_PENALTY = 0.005;
const TERM_PENALTY = 0.03;
const ENDED_PENALTY = 0.02;
const WORD_BY_WORD_PENALTY = 0.05;
/** Fuse's match threshold: `unifl` (1 error in 5) and `atalnta` pass, two errors in five do not. */
const FUSE_THRESHOLD = 0.34;
/** The explain page shows nothing rather than a far-fetched guess. */
const EXPLAIN_MAX_SCORE = 0.4;
/** The longest run of words in a selection tried as an acronym or alias. */
const MAX_ALIAS_WORDS = 8;

/** Words that would match nearly every record and say nothing when a query is split into words. */
const STOPWORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'in',
  'op',
  'voor',
  'aan',
  'the',
  'of',
  'and',
  'an',
  'to',
  'for',
  'on',
]);

type Item = {
  kind: SearchKind;
  id: string;
  acronym: string;
  status: MissionStatus | null;
  /** Added to every fuzzy score of this item (glossary term, ended mission). */
  penalty: number;
};

type Entry = { item: number; field: Field; text: string };

type CaseRule = 'exact' | 'capitalized' | 'insensitive';

/** How an acronym or alias may be written inside a longer selection: `UNIFIL`, also `Unifil`. */
type WrittenForm = { compact: string; oneCapital: string; rule: CaseRule };

type ExactHit = { item: number; shared: boolean; forms: WrittenForm[] };

export type SearchIndex = {
  readonly items: readonly Item[];
  /** Acronyms, aliases, names, places and labels: short texts, searched fuzzily for every query. */
  readonly entries: readonly Entry[];
  readonly fuse: Fuse<string>;
  /** Summaries and explanations: long texts, searched fuzzily for a one-word query, else as written. */
  readonly textEntries: readonly Entry[];
  readonly textFuse: Fuse<string>;
  /** Compact acronym or alias → the items it names exactly. */
  readonly exact: ReadonlyMap<string, readonly ExactHit[]>;
};

type FieldTexts = Partial<Record<Field, (string | undefined)[]>>;

export function createSearchIndex(missions: readonly Mission[], terms: readonly Term[]): SearchIndex {
  const items: Item[] = [];
  const entries: Entry[] = [];
  const exact = new Map<string, ExactHit[]>();

  const addExact = (text: string, item: number, shared: boolean, rule: CaseRule) => {
    const key = compactKey(text);
    if (key === '') return;
    const words = casePreservingWords(text);
    const form = {
      compact: words.join(''),
      oneCapital: words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(''),
      rule,
    };
    const hits = exact.get(key) ?? [];
    const known = hits.find((h) => h.item === item);
    if (known) {
      known.shared &&= shared;
      known.forms.push(form);
    } else {
      hits.push({ item, shared, forms: [form] });
    }
    exact.set(key, hits);
  };

  const addEntries = (item: number, fields: FieldTexts, seen: Set<string>) => {
    for (const field of FIELD_ORDER) {
      for (const raw of fields[field] ?? []) {
        if (!raw) continue;
        const text = foldForSearch(raw);
        if (text === '' || seen.has(text)) continue;
        seen.add(text);
        entries.push({ item, field, text });
      }
    }
  };

  const missionItem = new Map<string, number>();
  const seenPerItem: Set<string>[] = [];

  for (const m of missions) {
    const index = items.length;
    missionItem.set(m.id, index);
    items.push({
      kind: 'mission',
      id: m.id,
      acronym: m.acronym,
      status: m.status,
      penalty: m.status === 'ended' ? ENDED_PENALTY : 0,
    });
    addExact(m.acronym, index, false, m.acronymCase);
    for (const alias of m.aliases) addExact(alias.text, index, (alias.sharedBy?.length ?? 0) > 1, alias.case);
    const seen = new Set<string>();
    seenPerItem[index] = seen;
    addEntries(
      index,
      {
        acronym: [m.acronym],
        alias: m.aliases.map((a) => a.text),
        name: [m.name.nl, m.name.en],
        place: [m.location.nl, m.location.en, ...m.countries.flatMap((c) => [c.nl, c.en])],
        label: [REGION_LABELS[m.region].nl, REGION_LABELS[m.region].en, ...ORGANISATION_SEARCH_NAMES[m.organisation]],
        text: [
          m.summary.nl,
          m.summary.en,
          m.dutchContribution.nl,
          m.dutchContribution.en,
          m.statusNote?.nl,
          m.statusNote?.en,
        ],
      },
      seen,
    );
  }

  for (const t of terms) {
    const fields: FieldTexts = {
      // No expansion: the abbreviation is found by its acronym and explanation alone.
      name: t.expansion ? [t.expansion.nl, t.expansion.en] : [],
      text: [t.explanation.nl, t.explanation.en],
    };
    const mission = t.missionId === null ? undefined : missionItem.get(t.missionId);
    if (mission !== undefined) {
      // The term names a mission: its acronym and expansion become more ways to find that mission.
      addExact(t.acronym, mission, false, t.case);
      addEntries(mission, { alias: [t.acronym], ...fields }, seenPerItem[mission] ?? new Set());
      continue;
    }
    const index = items.length;
    items.push({ kind: 'term', id: t.id, acronym: t.acronym, status: null, penalty: TERM_PENALTY });
    addExact(t.acronym, index, false, t.case);
    if (t.kind === 'concept' && t.expansion) {
      // A concept is also asked for by its name in English (`legal basis`).
      addExact(t.expansion.nl, index, false, 'insensitive');
      addExact(t.expansion.en, index, false, 'insensitive');
    }
    addEntries(index, { acronym: [t.acronym], ...fields }, new Set());
  }

  const shortEntries = entries.filter((e) => e.field !== 'text');
  const textEntries = entries.filter((e) => e.field === 'text');
  return {
    items,
    entries: shortEntries,
    fuse: createFuse(shortEntries),
    textEntries,
    textFuse: createFuse(textEntries),
    exact,
  };
}

function createFuse(entries: readonly Entry[]): Fuse<string> {
  return new Fuse(
    entries.map((e) => e.text),
    { includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: FUSE_THRESHOLD, shouldSort: false },
  );
}

/** The ranked results for what the user typed; empty for an empty query. */
export function search(index: SearchIndex, query: string, limit = 20): SearchResult[] {
  const folded = foldForSearch(query);
  if (folded === '' || limit <= 0) return [];

  const results = new Map<number, Ranked>();
  for (const [item, score] of fuzzyScores(index, folded)) {
    const it = index.items[item];
    if (!it) continue;
    results.set(item, { item, tier: FUZZY_TIER, score: round(score + it.penalty) });
  }
  for (const hit of index.exact.get(folded.replace(/ /g, '')) ?? []) {
    results.set(hit.item, { item: hit.item, tier: searchTier(index, hit), score: 0 });
  }

  return [...results.values()]
    .sort((a, b) => compareRanked(index, a, b))
    .slice(0, limit)
    .map((r) => toResult(index, r));
}

/**
 * The one best explanation of a selected piece of text (the context menu's "Explain"): the whole
 * selection as an acronym or alias, in any case; then the longest acronym or alias inside the
 * selection, written as the dataset allows (`de missie UNIFIL in Libanon` → UNIFIL, but the `is`
 * of a sentence is not the glossary's IS); then the best fuzzy match if it is close enough; null
 * if nothing fits.
 */
export function explainSelection(index: SearchIndex, text: string): SearchResult | null {
  const folded = foldForSearch(text);
  if (folded === '') return null;

  const whole = bestExact(index, folded.replace(/ /g, ''));
  if (whole) return whole;

  const words = casePreservingWords(text);
  for (let n = Math.min(words.length - 1, MAX_ALIAS_WORDS); n >= 1; n--) {
    for (let start = 0; start + n <= words.length; start++) {
      const written = words.slice(start, start + n).join('');
      const found = bestExact(index, written.toLowerCase(), written);
      if (found) return found;
    }
  }

  const [best] = search(index, text, 1);
  return best && best.score <= EXPLAIN_MAX_SCORE ? best : null;
}

/**
 * "Did you mean": the acronyms closest to the query, for a search without results. The score is
 * the edit distance (with transpositions) relative to the longer of the two, compared with the
 * whole acronym or with its start (`eunavfr` is close to the start of `EUNAVFOR Aspides`, at one
 * more). Nothing further than `maxScore`; at equal distance the usual order (missions before
 * terms, ended last).
 */
export function suggestAcronyms(index: SearchIndex, query: string, limit = 3, maxScore = 0.5): SearchResult[] {
  const key = compactKey(query);
  if (key === '') return [];
  return index.items
    .map((item, i): Ranked => {
      const acronym = compactKey(item.acronym);
      const whole = editDistance(key, acronym) / Math.max(key.length, acronym.length);
      const start =
        acronym.length > key.length ? (editDistance(key, acronym.slice(0, key.length)) + 1) / key.length : whole;
      return { item: i, tier: FUZZY_TIER, score: round(Math.min(whole, start)) };
    })
    .filter((r) => r.score <= maxScore)
    .sort((a, b) => compareRanked(index, a, b))
    .slice(0, limit)
    .map((r) => toResult(index, r));
}

/** Exact hits rank by tier (lower first), all above the fuzzy ones. */
type Ranked = { item: number; tier: number; score: number };

const FUZZY_TIER = 3;

/**
 * The search lists the missions a name stands for before the glossary entry of that name (`EUTM`:
 * both EUTM missions, then the stem's explanation): whoever types a name is mostly after a mission.
 */
function searchTier(index: SearchIndex, hit: ExactHit): number {
  if (index.items[hit.item]?.kind === 'term') return 2;
  return hit.shared ? 1 : 0;
}

/** The best exact hit for a compact key; with `written`, only hits that may be written that way. */
function bestExact(index: SearchIndex, compact: string, written?: string): SearchResult | null {
  const hits = (index.exact.get(compact) ?? []).filter(
    (h) => written === undefined || h.forms.some((f) => mayBeWrittenAs(f, written)),
  );
  if (hits.length === 0) return null;
  // One answer for a selection: a stem several missions share is better explained by its glossary
  // entry than by one of those missions.
  const ranked: Ranked[] = hits.map((h) => ({ item: h.item, tier: h.shared ? 1 : 0, score: 0 }));
  ranked.sort((a, b) => compareRanked(index, a, b));
  const [best] = ranked;
  return best ? toResult(index, best) : null;
}

/** Best score per item for the whole query, or word by word for a multi-word query. */
function fuzzyScores(index: SearchIndex, folded: string): Map<number, number> {
  const words = folded.split(' ').filter((w) => w.length >= 2 && !STOPWORDS.has(w));
  // Fuzzy matching against the long texts is the slow part; it is only done for one-word queries.
  // In a query of several words, a word must occur in a summary as written.
  const whole = scoreOneQuery(index, folded, words.length >= 2 ? 'substring' : 'fuzzy');
  if (words.length < 2) return whole;

  const perWord = words.map((w) => scoreOneQuery(index, w, 'substring'));
  const [first, ...rest] = perWord;
  if (!first) return whole;
  for (const [item, score] of first) {
    let sum = score;
    let everyWord = true;
    for (const scores of rest) {
      const s = scores.get(item);
      if (s === undefined) {
        everyWord = false;
        break;
      }
      sum += s;
    }
    if (!everyWord) continue;
    const combined = sum / perWord.length + WORD_BY_WORD_PENALTY;
    const known = whole.get(item);
    if (known === undefined || combined < known) whole.set(item, combined);
  }
  return whole;
}

/**
 * Best score per item for one query; in long texts fuzzily or only as written. Where the query
 * names a place (`mali`), only records with that word count: not another word that contains it
 * (`somalie`), nor a near miss. Elsewhere both count (`navfor` in `EUNAVFOR Aspides`, `unifl`).
 */
function scoreOneQuery(index: SearchIndex, folded: string, inTexts: 'fuzzy' | 'substring'): Map<number, number> {
  const scores = new Map<number, number>();
  const weaker = new Map<number, number>();
  let namesAPlace = false;
  const keep = (entry: Entry, score: number, into = scores) => {
    const total = score + FIELD_PENALTY[entry.field];
    const known = into.get(entry.item);
    if (known === undefined || total < known) into.set(entry.item, total);
  };
  // One or two letters match inside nearly everything: only acronyms and aliases, at a word start.
  const short = folded.length <= 2;
  const hits = index.fuse.search(folded).map((r) => ({ entry: index.entries[r.refIndex], score: r.score }));
  if (!short && inTexts === 'fuzzy') {
    for (const r of index.textFuse.search(folded)) hits.push({ entry: index.textEntries[r.refIndex], score: r.score });
  } else if (!short) {
    for (const entry of index.textEntries) {
      if (entry.text.includes(folded)) hits.push({ entry, score: 0 });
    }
  }
  for (const { entry, score: fuseScore } of hits) {
    if (!entry) continue;
    if (short && entry.field !== 'acronym' && entry.field !== 'alias') continue;
    if (entry.text.includes(folded)) {
      const atWordStart = occursAtWordStart(folded, entry.text);
      if (short && !atWordStart) continue;
      if (!atWordStart) {
        keep(entry, INFIX_PENALTY, weaker);
        continue;
      }
      if (entry.field === 'place' && occursAsWord(folded, entry.text)) namesAPlace = true;
      keep(entry, entry.text === folded ? 0 : partialPenalty(folded, entry.text));
    } else if (!short) {
      keep(entry, fuseScore ?? 1, weaker);
    }
  }
  if (namesAPlace) return scores;
  for (const [item, score] of weaker) {
    const known = scores.get(item);
    if (known === undefined || score < known) scores.set(item, score);
  }
  return scores;
}

/** `libanon` in `zuid libanon`: more than a whole field, less the more of the field it covers. */
function partialPenalty(folded: string, text: string): number {
  return PARTIAL_PENALTY + UNCOVERED_PENALTY * (1 - folded.length / text.length);
}

function compareRanked(index: SearchIndex, a: Ranked, b: Ranked): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  if (a.score !== b.score) return a.score - b.score;
  const x = index.items[a.item];
  const y = index.items[b.item];
  if (!x || !y) return 0;
  if (x.kind !== y.kind) return x.kind === 'mission' ? -1 : 1;
  const ended = Number(x.status === 'ended') - Number(y.status === 'ended');
  if (ended !== 0) return ended;
  return x.acronym.localeCompare(y.acronym, 'nl', { sensitivity: 'base' }) || x.id.localeCompare(y.id);
}

function toResult(index: SearchIndex, r: Ranked): SearchResult {
  const item = index.items[r.item];
  if (!item) throw new Error(`search: unknown item ${r.item}`);
  return { kind: item.kind, id: item.id, score: r.score, match: r.tier === FUZZY_TIER ? 'fuzzy' : 'exact' };
}

function round(score: number): number {
  return Math.round(score * 10000) / 10000;
}

function casePreservingWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function mayBeWrittenAs(form: WrittenForm, written: string): boolean {
  if (form.rule === 'insensitive' || form.compact === written) return true;
  // `capitalized`: also with one capital per word, as Dutch news writes Unifil and Minusma.
  return form.rule === 'capitalized' && form.oneCapital === written;
}
