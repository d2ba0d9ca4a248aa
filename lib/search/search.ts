/**
 * Search over the missions and the glossary, for the toolbar popup and the "Explain" page: one call
 * per keystroke on an index built once (`search-index.ts`). Pure: no DOM, no browser API.
 *
 * Ranking, best first:
 * 1. Exact hits: the query equals an acronym or alias, ignoring case, diacritics, spaces and
 *    punctuation (`eu navfor atalanta` = `EU NAVFOR Atalanta`), or the name of a concept in either
 *    language (`legal basis`). Missions first: a hit that names one mission, then the missions
 *    that share the alias (`EUTM`, `EUCAP`, `EUBAM`), then the glossary entry of that name, which
 *    explains the stem.
 * 2. Everything else by its fuzzy score (`fuzzy-scores.ts`) plus the item's penalty (glossary
 *    term, ended mission, mission named without a Dutch contribution).
 * 3. At equal score, the order of `result-order.ts`.
 */
import { fuzzyScores } from './fuzzy-scores';
import { foldForSearch } from './normalize';
import { compareRanked, FUZZY_TIER, type Ranked, roundScore, type SearchResult, toResult } from './result-order';
import type { ExactHit, SearchIndex } from './search-index';

/** The ranked results for what the user typed; empty for an empty query. */
export function search(index: SearchIndex, query: string, limit = 20): SearchResult[] {
  const folded = foldForSearch(query);
  if (folded === '' || limit <= 0) return [];

  const results = new Map<number, Ranked>();
  for (const [item, score] of fuzzyScores(index, folded)) {
    const it = index.items[item];
    if (!it) continue;
    results.set(item, { item, tier: FUZZY_TIER, score: roundScore(score + it.penalty) });
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
 * The search lists the missions a name stands for before the glossary entry of that name (`EUTM`:
 * both EUTM missions, then the stem's explanation): whoever types a name is mostly after a mission.
 */
function searchTier(index: SearchIndex, hit: ExactHit): number {
  if (index.items[hit.item]?.kind === 'term') return 2;
  return hit.shared ? 1 : 0;
}
