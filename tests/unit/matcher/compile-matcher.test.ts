import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches, MatcherCompileError } from '../../../lib/matcher';
import { alias, mission } from '../../support/matcher-fixtures';

describe('compileMatcher', () => {
  it('rejects a name that does not start with a letter or digit: it could never be found', () => {
    expect(() => compileMatcher([mission('x', '(ABC)', 'exact')])).toThrow(MatcherCompileError);
    expect(() => compileMatcher([mission('x', 'ABC', 'exact', [alias('  ', 'exact')])])).toThrow(/x: " {2}"/);
  });

  it('trims and normalizes names as it stores them', () => {
    const matcher = compileMatcher([mission('x', 'ABC', 'exact', [alias(' Grand\u00A0 Plan ', 'exact')])]);
    expect(findMatches(matcher, 'het Grand Plan')).toMatchObject([{ text: 'Grand Plan', id: 'x' }]);
  });

  it('treats the same name on one mission twice as one name', () => {
    const matcher = compileMatcher([mission('x', 'ABC', 'capitalized', [alias('ABC', 'exact')])]);
    expect(findMatches(matcher, 'ABC Abc')).toMatchObject([
      { text: 'ABC', id: 'x' },
      { text: 'Abc', id: 'x' },
    ]);
  });

  it('merges the same name on two missions into a shared stem even without sharedBy', () => {
    const matcher = compileMatcher([
      mission('a', 'ALPHA', 'exact', [alias('STEM', 'exact')]),
      mission('b', 'BRAVO', 'exact', [alias('STEM', 'exact')]),
    ]);
    expect(findMatches(matcher, 'STEM')).toMatchObject([{ id: null, candidates: ['a', 'b'] }]);
  });

  it('lets a context-free spelling win over a context-needing one of the same name', () => {
    const matcher = compileMatcher([
      mission('a', 'ALPHA', 'exact', [alias('Nova', 'exact', { needsContext: true })]),
      mission('b', 'Nova', 'exact'),
    ]);
    expect(findMatches(matcher, 'Nova')).toMatchObject([{ id: null, candidates: ['a', 'b'] }]);
  });

  it('compiles an empty dataset', () => {
    expect(findMatches(compileMatcher([]), 'UNIFIL missie')).toEqual([]);
  });
});
