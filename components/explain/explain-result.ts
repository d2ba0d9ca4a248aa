/** Pure: what the explain page shows for a selection, from the search's best match. */
import type { Mission, Term } from '../../data/schema';
import { explainSelection, type SearchIndex } from '../../lib/search';
import type { ExplainResult } from './ExplainApp';

/** Exact acronym or alias first, then fuzzy (lib/search decides); a match it cannot find in the data is no match. */
export function explainResultFor(
  index: SearchIndex,
  missions: readonly Mission[],
  terms: readonly Term[],
  query: string,
): ExplainResult {
  const best = query === '' ? null : explainSelection(index, query);
  if (!best) return { kind: 'none' };
  const exact = best.match === 'exact';
  if (best.kind === 'mission') {
    const mission = missions.find((m) => m.id === best.id);
    return mission ? { kind: 'mission', mission, exact } : { kind: 'none' };
  }
  const term = terms.find((t) => t.id === best.id);
  return term ? { kind: 'term', term, exact } : { kind: 'none' };
}

/** The `q` parameter of the page's URL, trimmed; empty when there is none. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').replace(/\s+/gu, ' ').trim();
}
