/** Pure: what the explain page shows for a selection, from the search's best match. */
import type { Mission, Term } from '../../data/schema';
import { compileMatcher, findMatches, type Matcher, type TermMatch } from '../matcher';
import { explainSelection } from './explain-selection';
import { compactKey } from './normalize';
import { createSearchIndex, type SearchIndex } from './search-index';

/**
 * What the selection came to: a mission or a glossary term (exactly, or the closest fuzzy hit), a
 * shared stem nothing in the selection resolves ('EUBAM': the reader chooses), or nothing.
 */
export type ExplainResult =
  | { kind: 'mission'; mission: Mission; exact: boolean }
  | { kind: 'term'; term: Term; exact: boolean }
  | { kind: 'stem'; stem: string; missions: Mission[] }
  | { kind: 'none' };

/** What a selection is looked up in: the search, and the matcher that underlines names in pages. */
export type ExplainLookups = { index: SearchIndex; matcher: Matcher };

export function explainLookups(missions: Mission[], terms: readonly Term[]): ExplainLookups {
  return { index: createSearchIndex(missions, terms), matcher: compileMatcher(missions) };
}

/**
 * Exact acronym or alias first, then fuzzy (lib/search decides); a match it cannot find in the data
 * is no match. A shared stem ('EUBAM') is read as the page reads it: the name after it or a country
 * in the selection decides, else the reader chooses between its missions, as in the in-page card.
 */
export function explainResultFor(
  lookups: ExplainLookups,
  missions: readonly Mission[],
  terms: readonly Term[],
  query: string,
): ExplainResult {
  if (query === '') return { kind: 'none' };
  const fromStem = sharedStemResult(lookups.matcher, missions, query);
  if (fromStem) return fromStem;
  const best = explainSelection(lookups.index, query);
  if (!best) return { kind: 'none' };
  const exact = best.match === 'exact';
  if (best.kind === 'mission') {
    const mission = missions.find((m) => m.id === best.id);
    return mission ? { kind: 'mission', mission, exact } : { kind: 'none' };
  }
  const term = terms.find((t) => t.id === best.id);
  return term ? { kind: 'term', term, exact } : { kind: 'none' };
}

/** Whether the match is a mission's own acronym or alias, not a stem it shares with others. */
function isOwnName(match: TermMatch, missions: readonly Mission[]): boolean {
  const mission = missions.find((m) => m.id === match.id);
  if (!mission) return false;
  const key = compactKey(match.text);
  return [mission.acronym, ...mission.aliases.filter((a) => !a.sharedBy).map((a) => a.text)].some(
    (name) => compactKey(name) === key,
  );
}

/**
 * The answer for a selection whose main name is a shared stem: the longest mission name the matcher
 * finds in it, when that is a stem (resolved or not). Null otherwise: then the search answers as
 * before. A bare stem in a case the page would not underline ('eubam') still gets the choice.
 */
function sharedStemResult(matcher: Matcher, missions: readonly Mission[], query: string): ExplainResult | null {
  const found = findMatches(matcher, query).filter((m) => m.kind === 'mission');
  const longest = found.reduce<TermMatch | null>(
    (best, m) => (best === null || m.end - m.start > best.end - best.start ? m : best),
    null,
  );
  if (longest === null) return bareStemResult(missions, query);
  if (longest.id !== null) {
    if (isOwnName(longest, missions)) return null;
    const mission = missions.find((m) => m.id === longest.id);
    return mission ? { kind: 'mission', mission, exact: true } : null;
  }
  const candidates = longest.candidates.flatMap((id) => missions.find((m) => m.id === id) ?? []);
  return candidates.length > 1 ? { kind: 'stem', stem: longest.text, missions: candidates } : null;
}

/** The whole selection as a shared alias in any case ('eubam'): every mission that carries it. */
function bareStemResult(missions: readonly Mission[], query: string): ExplainResult | null {
  const key = compactKey(query);
  let stem: string | null = null;
  const carriers = missions.filter((m) =>
    m.aliases.some((a) => {
      if (!a.sharedBy || compactKey(a.text) !== key) return false;
      stem ??= a.text;
      return true;
    }),
  );
  return stem !== null && carriers.length > 1 ? { kind: 'stem', stem, missions: carriers } : null;
}

/** The `q` parameter of the page's URL, trimmed; empty when there is none. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').replace(/\s+/gu, ' ').trim();
}
