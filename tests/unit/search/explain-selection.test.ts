import { describe, expect, it } from 'vitest';
import { missions, terms } from '../../../data/dataset';
import { explainSelection } from '../../../lib/search/explain-selection';
import { createSearchIndex } from '../../../lib/search/search-index';
import { fakeMission, fakeTerm, resultKey as key, sharedAlias } from './fixtures';

const index = createSearchIndex(missions, terms);

describe('explainSelection', () => {
  it.each([
    ['UNIFIL', 'unifil', 'exact'],
    ['unifil', 'unifil', 'exact'],
    ['(USSC),', 'osc', 'exact'],
    ['EUNAVFOR', 'term:eunavfor', 'exact'],
    ['POLAD', 'term:polad', 'exact'],
    ['Operatie Atalanta', 'eunavfor-atalanta', 'exact'],
    ['de missie UNIFIL in Libanon', 'unifil', 'exact'],
    ['de bijdrage aan Unifil loopt door', 'unifil', 'exact'],
    ['Kamerbrief over EUCAP Sahel Mali en Niger', 'eucap-sahel-mali', 'exact'],
    ['unifl', 'unifil', 'fuzzy'],
    ['Bosnië', 'eufor-althea', 'fuzzy'],
  ] as const)('%s → %s (%s)', (text, expected, match) => {
    const result = explainSelection(index, text);
    expect(key(result)).toBe(expected);
    expect(result?.match).toBe(match);
  });

  it('does not take a word of a sentence for an acronym written in capitals', () => {
    expect(key(explainSelection(index, 'dit is een zin'))).not.toBe('term:is');
    expect(key(explainSelection(index, 'IS'))).toBe('term:is');
  });

  it('returns null when nothing fits', () => {
    expect(explainSelection(index, '')).toBeNull();
    expect(explainSelection(index, '   ')).toBeNull();
    expect(explainSelection(index, 'qxzwv')).toBeNull();
  });
});

describe('explainSelection: the rules, on made-up records', () => {
  const sahel = createSearchIndex(
    [
      fakeMission({ id: 'mali', acronym: 'EUCAP Sahel Mali' }),
      fakeMission({ id: 'niger', acronym: 'EUCAP Sahel Niger' }),
    ],
    [fakeTerm('eucap', 'EUCAP', 'European Union Capacity Building')],
  );

  it('takes the longest acronym or alias in the selection', () => {
    expect(key(explainSelection(sahel, 'steun aan EUCAP Sahel Mali in 2024'))).toBe('mali');
    expect(key(explainSelection(sahel, 'de andere EUCAP-missies'))).toBe('term:eucap');
  });

  it('explains a stem several missions share by its glossary entry, not by one of them', () => {
    const shared = sharedAlias('EUTM', ['a', 'b']);
    const stems = createSearchIndex(
      [
        { ...fakeMission({ id: 'a', acronym: 'EUTM A' }), aliases: [shared] },
        { ...fakeMission({ id: 'b', acronym: 'EUTM B' }), aliases: [shared] },
      ],
      [fakeTerm('eutm', 'EUTM', 'EU Training Mission')],
    );
    expect(key(explainSelection(stems, 'EUTM'))).toBe('term:eutm');
  });

  it('finds an acronym inside a sentence only as the dataset allows it to be written', () => {
    const capitalized = createSearchIndex(
      [{ ...fakeMission({ id: 'unifil', acronym: 'UNIFIL' }), acronymCase: 'capitalized' }],
      [],
    );
    const exact = createSearchIndex([fakeMission({ id: 'unifil', acronym: 'UNIFIL' })], []);
    expect(explainSelection(capitalized, 'de bijdrage aan Unifil loopt door')?.match).toBe('exact');
    expect(explainSelection(exact, 'de bijdrage aan UNIFIL loopt door')?.match).toBe('exact');
    expect(explainSelection(exact, 'de bijdrage aan Unifil loopt door')?.match).not.toBe('exact');
  });
});
