import { describe, expect, it } from 'vitest';
import { compareRanked, FUZZY_TIER, type Ranked, roundScore, toResult } from '../../../lib/search/result-order';
import { createSearchIndex } from '../../../lib/search/search-index';
import { fakeMission, fakeTerm } from './fixtures';

// Items in the order given: missions first, then the terms that name no mission.
const index = createSearchIndex(
  [
    fakeMission({ id: 'bravo', acronym: 'BRAVO' }),
    fakeMission({ id: 'alpha', acronym: 'alpha' }),
    fakeMission({ id: 'ended', acronym: 'AAA', status: 'ended' }),
    fakeMission({ id: 'none', acronym: 'AAB', status: 'none' }),
  ],
  [fakeTerm('term', 'AAC', 'Aac')],
);
const item = (id: string) => index.items.findIndex((i) => i.id === id);
const fuzzy = (id: string, score: number): Ranked => ({ item: item(id), tier: FUZZY_TIER, score });
const ids = (ranked: Ranked[]) =>
  [...ranked].sort((a, b) => compareRanked(index, a, b)).map((r) => index.items[r.item]?.id);

describe('compareRanked', () => {
  it('puts every exact tier above the fuzzy results, whatever their score', () => {
    expect(ids([fuzzy('alpha', 0), { item: item('bravo'), tier: 2, score: 0.9 }])).toEqual(['bravo', 'alpha']);
    expect(
      ids([
        { item: item('alpha'), tier: 1, score: 0 },
        { item: item('bravo'), tier: 0, score: 0 },
      ]),
    ).toEqual(['bravo', 'alpha']);
  });

  it('then the lower score first', () => {
    expect(ids([fuzzy('alpha', 0.2), fuzzy('term', 0.1)])).toEqual(['term', 'alpha']);
  });

  it('at equal score: missions before terms, active before ended before no contribution', () => {
    expect(ids([fuzzy('term', 0.1), fuzzy('none', 0.1), fuzzy('ended', 0.1), fuzzy('alpha', 0.1)])).toEqual([
      'alpha',
      'ended',
      'none',
      'term',
    ]);
  });

  it('then by acronym, case aside', () => {
    expect(ids([fuzzy('bravo', 0.1), fuzzy('alpha', 0.1)])).toEqual(['alpha', 'bravo']);
  });
});

describe('toResult', () => {
  it('names the item and calls an exact tier exact, the fuzzy tier fuzzy', () => {
    expect(toResult(index, { item: item('term'), tier: 0, score: 0 })).toEqual({
      kind: 'term',
      id: 'term',
      score: 0,
      match: 'exact',
    });
    expect(toResult(index, fuzzy('alpha', 0.25))).toEqual({
      kind: 'mission',
      id: 'alpha',
      score: 0.25,
      match: 'fuzzy',
    });
  });

  it('refuses an item the index does not have', () => {
    expect(() => toResult(index, fuzzy('missing', 0))).toThrow();
  });
});

describe('roundScore', () => {
  it('rounds to four decimals, so sums of penalties tie', () => {
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
    expect(roundScore(0.03 + 0.02)).toBe(roundScore(0.05));
    expect(roundScore(0.123449)).toBe(0.1234);
  });
});
