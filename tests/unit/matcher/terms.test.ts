import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches } from '../../../lib/matcher';
import { MISSIONS } from '../../support/matcher-fixtures';
import { fixtureMatcher } from './helpers';

const find = fixtureMatcher();

describe('glossary terms next to missions', () => {
  it("reports terms with kind 'term' and their id", () => {
    expect(find('een VPD aan boord, zie VNVR')).toEqual([
      { start: 4, end: 7, text: 'VPD', kind: 'term', id: 'vpd', candidates: ['vpd'] },
      { start: 23, end: 27, text: 'VNVR', kind: 'term', id: 'vnvr', candidates: ['vnvr'] },
    ]);
  });

  it('applies the same boundary and case rules to terms', () => {
    expect(find('VPDs')).toMatchObject([{ text: 'VPD', kind: 'term' }]);
    expect(find('vpd Vpd XVPD VPDX')).toEqual([]);
    expect(find('de Sahel en de sahel')).toMatchObject([{ text: 'Sahel', kind: 'term', id: 'sahel' }]);
  });

  it('lets a mission win over a term of the same span', () => {
    expect(find('UNIFIL')).toMatchObject([{ kind: 'mission', id: 'unifil' }]);
  });

  it('lets the longest match win across kinds', () => {
    expect(find('EUCAP Sahel Niger')).toMatchObject([{ kind: 'mission', id: 'eucap-sahel-niger' }]);
  });

  it('works without terms, and with terms only', () => {
    expect(findMatches(compileMatcher(MISSIONS), 'VPD en UNIFIL')).toMatchObject([{ text: 'UNIFIL' }]);
    const termsOnly = compileMatcher([], [{ id: 'vpd', acronym: 'VPD', case: 'exact' }]);
    expect(findMatches(termsOnly, 'VPD en UNIFIL')).toMatchObject([{ text: 'VPD', kind: 'term' }]);
  });

  it('reports two terms of the same spelling as unresolved', () => {
    const matcher = compileMatcher(
      [],
      [
        { id: 'ocs-1', acronym: 'OCS', case: 'exact' },
        { id: 'ocs-2', acronym: 'OCS', case: 'exact' },
      ],
    );
    expect(findMatches(matcher, 'OCS')).toMatchObject([{ kind: 'term', id: null, candidates: ['ocs-1', 'ocs-2'] }]);
  });
});
