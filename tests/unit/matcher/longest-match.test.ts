import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches } from '../../../lib/matcher';
import { mission } from '../../support/matcher-fixtures';
import { fixtureMatcher, pairs } from './helpers';

const find = fixtureMatcher();

describe('longest match wins, leftmost first, no overlaps', () => {
  it("prefers 'EUNAVFOR Atalanta' over 'EUNAVFOR' and over 'Atalanta'", () => {
    expect(pairs(find('EUNAVFOR Atalanta'))).toEqual([['EUNAVFOR Atalanta', 'atalanta']]);
  });

  it("prefers 'EUCAP Sahel Mali' over 'EUCAP Sahel' over 'EUCAP'", () => {
    expect(pairs(find('EUCAP Sahel Mali'))).toEqual([['EUCAP Sahel Mali', 'eucap-sahel-mali']]);
    expect(find('EUCAP Sahel')).toMatchObject([{ text: 'EUCAP Sahel', id: null }]);
    expect(find('EUCAP')).toMatchObject([{ text: 'EUCAP', id: null }]);
    // The next word does not continue any name: back off to the longest that ends on a word.
    expect(find('EUCAP Sahel Malinese')).toMatchObject([{ text: 'EUCAP Sahel' }]);
  });

  it("prefers the longer mission name 'EUNAVFOR MED Irini' over 'EUNAVFOR MED' over the shared 'EUNAVFOR'", () => {
    expect(pairs(find('EUNAVFOR MED Irini en EUNAVFOR MED'))).toEqual([
      ['EUNAVFOR MED Irini', 'irini'],
      ['EUNAVFOR MED', 'irini'],
    ]);
  });

  it('lets the leftmost name win over a longer one that starts inside it', () => {
    const matcher = compileMatcher([
      mission('a', 'ALPHA BRAVO', 'exact'),
      mission('b', 'BRAVO CHARLIE DELTA', 'exact'),
      mission('c', 'CHARLIE', 'exact'),
    ]);
    expect(pairs(findMatches(matcher, 'ALPHA BRAVO CHARLIE DELTA'))).toEqual([
      ['ALPHA BRAVO', 'a'],
      ['CHARLIE', 'c'],
    ]);
  });

  it('reports matches in order and never overlapping', () => {
    const matches = find('EUNAVFOR Atalanta, EUCAP Sahel Niger, EUBAM Rafah en UNIFIL');
    expect(pairs(matches)).toEqual([
      ['EUNAVFOR Atalanta', 'atalanta'],
      ['EUCAP Sahel Niger', 'eucap-sahel-niger'],
      ['EUBAM Rafah', 'eubam-rafah'],
      ['UNIFIL', 'unifil'],
    ]);
  });

  it('does not match a name whose case fails, but does match a shorter one at the same place', () => {
    const matcher = compileMatcher([mission('long', 'ABC DEF', 'exact'), mission('short', 'ABC', 'exact')]);
    expect(pairs(findMatches(matcher, 'ABC Def'))).toEqual([['ABC', 'short']]);
  });
});
