/**
 * The search index over the missions and the glossary, built once with `createSearchIndex` and
 * then searched per keystroke (`search.ts`), for a selection (`explain-selection.ts`) and for
 * "did you mean" (`suggest-acronyms.ts`). Pure: no DOM, no browser API.
 *
 * Every record is an item; its texts are entries, each under the field it comes from (acronym,
 * alias, name, place, label or summary text), folded for search and listed once per item, in that
 * order. Acronyms and aliases are also exact keys (case, diacritics, spaces and punctuation aside),
 * and a concept's name in either language too. An item carries the penalty its kind and status
 * add to every fuzzy score: 0.03 for a glossary term, 0.02 for an ended mission and 0.04 for a
 * mission named without a Dutch contribution.
 *
 * A glossary term that names a mission (`USSC` → OSC, `RSM` → Resolute Support) is folded into
 * that mission instead of being an item of its own, so one search never lists the same thing twice.
 */
import Fuse from 'fuse.js';
import type { Mission, MissionStatus, Term } from '../../data/schema';
import { ORGANISATION_SEARCH_NAMES, REGION_LABELS } from './labels';
import { compactKey, foldForSearch } from './normalize';
import { type CaseRule, type WrittenForm, writtenForm } from './written-forms';

export type SearchKind = 'mission' | 'term';

/** Where an entry's text comes from; a fuzzy match weighs less the further down this list. */
export type Field = 'acronym' | 'alias' | 'name' | 'place' | 'label' | 'text';

/** Best first: a text listed under two fields of one item is kept under the first. */
const FIELD_ORDER: readonly Field[] = ['acronym', 'alias', 'name', 'place', 'label', 'text'];
const TERM_PENALTY = 0.03;
const ENDED_PENALTY = 0.02;
/** More than a glossary term's: these were glossary terms before, and no Dutch contribution should lead. */
const NO_CONTRIBUTION_PENALTY = 0.04;
/** Fuse's match threshold: `unifl` (1 error in 5) and `atalnta` pass, two errors in five do not. */
const FUSE_THRESHOLD = 0.34;

export type Item = {
  kind: SearchKind;
  id: string;
  acronym: string;
  status: MissionStatus | null;
  /** Added to every fuzzy score of this item (glossary term, ended mission). */
  penalty: number;
};

export type Entry = { item: number; field: Field; text: string };

/** An item an exact key names; `shared`: by an alias several missions carry (`EUTM`). */
export type ExactHit = { item: number; shared: boolean; forms: WrittenForm[] };

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
    const form = writtenForm(text, rule);
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
      penalty: m.status === 'ended' ? ENDED_PENALTY : m.status === 'none' ? NO_CONTRIBUTION_PENALTY : 0,
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
        label: [
          ...(m.region ? [REGION_LABELS[m.region].nl, REGION_LABELS[m.region].en] : []),
          ...ORGANISATION_SEARCH_NAMES[m.organisation],
        ],
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
