/**
 * Pure helpers of the popup: search results as the missions and terms they name, the empty-state
 * list, and how the arrow, Home and End keys move through a list.
 */
import type { Mission, Term } from '../../data/schema';
import type { SearchResult } from '../search';

export type PopupEntry = { kind: 'mission'; mission: Mission } | { kind: 'term'; term: Term };

export function entryKey(entry: PopupEntry): string {
  return entry.kind === 'mission' ? `mission-${entry.mission.id}` : `term-${entry.term.id}`;
}

/**
 * The first sentence of an explanation, for a result line. A full stop ends it only before a
 * capital, so `art. 51` and `VN-Handvest (Operatie …)` stay inside.
 */
export function leadSentence(text: string): string {
  const end = text.search(/[.!?](?=\s+\p{Lu})/u);
  return end === -1 ? text : text.slice(0, end + 1);
}

export function entryAcronym(entry: PopupEntry): string {
  return entry.kind === 'mission' ? entry.mission.acronym : entry.term.acronym;
}

/** Search results as entries; a result the data does not know is left out. */
export function toEntries(
  results: readonly SearchResult[],
  missions: readonly Mission[],
  terms: readonly Term[],
): PopupEntry[] {
  const missionById = new Map(missions.map((m) => [m.id, m]));
  const termById = new Map(terms.map((t) => [t.id, t]));
  const entries: PopupEntry[] = [];
  for (const r of results) {
    if (r.kind === 'mission') {
      const mission = missionById.get(r.id);
      if (mission) entries.push({ kind: 'mission', mission });
    } else {
      const term = termById.get(r.id);
      if (term) entries.push({ kind: 'term', term });
    }
  }
  return entries;
}

/** What the popup lists before anything is typed: the active missions, by acronym. */
export function activeMissionEntries(missions: readonly Mission[]): PopupEntry[] {
  return missions
    .filter((m) => m.status === 'active')
    .sort((a, b) => a.acronym.localeCompare(b.acronym, 'nl', { sensitivity: 'base' }))
    .map((mission) => ({ kind: 'mission', mission }));
}

export type ListKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

export function isListKey(key: string): key is ListKey {
  return key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End';
}

/**
 * The active option after a key, in a list of `count` options; -1 is "none". Down from none goes
 * to the first, up from none to the last; the ends stop (no wrapping), as in a select.
 */
export function moveActive(active: number, key: ListKey, count: number): number {
  if (count <= 0) return -1;
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'ArrowDown':
      return active < 0 ? 0 : Math.min(active + 1, count - 1);
    case 'ArrowUp':
      return active < 0 ? count - 1 : Math.max(active - 1, 0);
  }
}
