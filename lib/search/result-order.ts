/**
 * The order every list of results shares (the search, "Explain" and "did you mean"): exact hits by
 * tier above fuzzy ones, then the score (lower is better, to four decimals), then missions before
 * glossary terms, active and planned missions before ended ones, and those before missions the
 * Kamerstukken name without a Dutch contribution, then by acronym. Pure.
 */
import type { MissionStatus } from '../../data/schema';
import type { SearchIndex, SearchKind } from './search-index';

export type SearchResult = {
  kind: SearchKind;
  id: string;
  /** 0 is an exact acronym or alias hit; larger is a weaker match. */
  score: number;
  /** `exact`: the query is an acronym or alias of this result (case and diacritics aside). */
  match: 'exact' | 'fuzzy';
};

/** An item on its way to a result. Exact hits rank by tier (lower first), all above the fuzzy ones. */
export type Ranked = { item: number; tier: number; score: number };

export const FUZZY_TIER = 3;

/** Active and planned, then ended, then missions named without a Dutch contribution. */
function statusRank(status: MissionStatus | null): number {
  return status === 'none' ? 2 : status === 'ended' ? 1 : 0;
}

export function compareRanked(index: SearchIndex, a: Ranked, b: Ranked): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  if (a.score !== b.score) return a.score - b.score;
  const x = index.items[a.item];
  const y = index.items[b.item];
  if (!x || !y) return 0;
  if (x.kind !== y.kind) return x.kind === 'mission' ? -1 : 1;
  const byStatus = statusRank(x.status) - statusRank(y.status);
  if (byStatus !== 0) return byStatus;
  return x.acronym.localeCompare(y.acronym, 'nl', { sensitivity: 'base' }) || x.id.localeCompare(y.id);
}

export function toResult(index: SearchIndex, r: Ranked): SearchResult {
  const item = index.items[r.item];
  if (!item) throw new Error(`search: unknown item ${r.item}`);
  return { kind: item.kind, id: item.id, score: r.score, match: r.tier === FUZZY_TIER ? 'fuzzy' : 'exact' };
}

/** Scores compare to four decimals, so sums of penalties tie where they should. */
export function roundScore(score: number): number {
  return Math.round(score * 10000) / 10000;
}
