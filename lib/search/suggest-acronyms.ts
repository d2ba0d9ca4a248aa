/** "Did you mean" for a search without results. Pure. */
import { compactKey, editDistance } from './normalize';
import { compareRanked, FUZZY_TIER, type Ranked, roundScore, type SearchResult, toResult } from './result-order';
import type { SearchIndex } from './search-index';

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
      return { item: i, tier: FUZZY_TIER, score: roundScore(Math.min(whole, start)) };
    })
    .filter((r) => r.score <= maxScore)
    .sort((a, b) => compareRanked(index, a, b))
    .slice(0, limit)
    .map((r) => toResult(index, r));
}
