/**
 * Pure: what the popup lists under "on this page", from the content script's page-terms. One entry
 * per mission with how often it occurs, in order of first appearance. A shared stem that no nearby
 * country decided (EUBAM) gets its own entry with the missions it may stand for: it cannot be
 * revealed as one mission. Glossary abbreviations are left out: the section is about missions.
 */
import type { PageTerm } from '../messages/protocol';

export type PageEntry =
  | { kind: 'mission'; id: string; count: number }
  | { kind: 'stem'; text: string; candidates: string[]; count: number };

export function summarisePageTerms(terms: readonly PageTerm[]): PageEntry[] {
  const entries: PageEntry[] = [];
  const byKey = new Map<string, PageEntry>();
  for (const term of terms) {
    if (term.kind !== 'mission') continue;
    // Stems with the same candidates are one entry, whatever capitals the page used.
    const key = term.id === null ? `stem:${[...term.candidates].sort().join('|')}` : `mission:${term.id}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      continue;
    }
    const entry: PageEntry =
      term.id === null
        ? { kind: 'stem', text: term.text, candidates: [...term.candidates], count: 1 }
        : { kind: 'mission', id: term.id, count: 1 };
    byKey.set(key, entry);
    entries.push(entry);
  }
  return entries;
}
