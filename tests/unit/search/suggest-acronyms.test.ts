import { describe, expect, it } from 'vitest';
import { missions, terms } from '../../../data/dataset';
import { search } from '../../../lib/search/search';
import { createSearchIndex } from '../../../lib/search/search-index';
import { suggestAcronyms } from '../../../lib/search/suggest-acronyms';
import { fakeMission, fakeTerm, resultKey as key } from './fixtures';

const index = createSearchIndex(missions, terms);

describe('suggestAcronyms', () => {
  it.each([
    ['unfili', 'unifil'],
    ['kfro', 'kfor'],
    ['untsoo xx', 'untso'],
    ['eunavfr', 'term:eunavfor'],
    ['polda', 'term:polad'],
  ])('proposes %s → %s', (query, expected) => {
    expect(key(suggestAcronyms(index, query, 3)[0])).toBe(expected);
  });

  it('proposes nothing far-fetched', () => {
    expect(suggestAcronyms(index, 'qxzwvq', 3)).toEqual([]);
    expect(suggestAcronyms(index, '', 3)).toEqual([]);
  });

  it('is what the popup offers when the search itself finds nothing', () => {
    expect(search(index, 'untsoo xx', 5)).toEqual([]);
    expect(suggestAcronyms(index, 'untsoo xx', 3).map(key)).toContain('untso');
  });
});

describe('suggestAcronyms: the rules, on made-up records', () => {
  it('compares with the start of a longer acronym, at one more than the distance', () => {
    const index = createSearchIndex([fakeMission({ id: 'aspides', acronym: 'EUNAVFOR Aspides' })], []);
    const [start] = suggestAcronyms(index, 'eunavfr', 3);
    expect(key(start)).toBe('aspides');
    // One letter short of `eunavfor` (7 letters typed): (1 + 1) / 7.
    expect(start?.score).toBeCloseTo(2 / 7, 4);
  });

  it('orders equal distances as the search does: missions before terms, active before ended', () => {
    const index = createSearchIndex(
      [fakeMission({ id: 'ended', acronym: 'ABC', status: 'ended' }), fakeMission({ id: 'active', acronym: 'ABD' })],
      [fakeTerm('abe', 'ABE', 'Abe')],
    );
    expect(suggestAcronyms(index, 'abx', 3).map(key)).toEqual(['active', 'ended', 'term:abe']);
  });

  it('leaves out what is further than the largest score asked for', () => {
    const index = createSearchIndex([fakeMission({ id: 'kfor', acronym: 'KFOR' })], []);
    expect(suggestAcronyms(index, 'kfxx', 3, 0.5).map(key)).toEqual(['kfor']);
    expect(suggestAcronyms(index, 'kfxx', 3, 0.4)).toEqual([]);
  });
});
