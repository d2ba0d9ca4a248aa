import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches } from '../../../lib/matcher';
import { alias, mission } from '../../support/matcher-fixtures';
import { fixtureMatcher, pairs } from './helpers';

const find = fixtureMatcher();
const EUBAM = ['eubam-libya', 'eubam-moldova', 'eubam-rafah'];

describe('shared stems', () => {
  it('leaves a bare stem unresolved, with every candidate in input order', () => {
    expect(find('EUBAM')).toEqual([{ start: 0, end: 5, text: 'EUBAM', kind: 'mission', id: null, candidates: EUBAM }]);
  });

  it.each([
    'EUBAM in Libië',
    'EUBAM in Libie',
    'EUBAM in LIBIË',
    'EUBAM in Libya',
    'In Libië is EUBAM actief',
    'EUBAM (Libië)',
    'EUBAM\u00A0in\u00A0Li\u00ADbië',
  ])('resolves by a country of exactly one candidate: %s', (text) => {
    expect(find(text)).toMatchObject([{ text: 'EUBAM', id: 'eubam-libya', candidates: ['eubam-libya'] }]);
  });

  it('resolves by any of a mission’s countries, including multi-word names', () => {
    expect(pairs(find('EUBAM aan de grens met Oekraïne'))).toEqual([['EUBAM', 'eubam-moldova']]);
    expect(pairs(find('EUBAM in de Palestijnse Gebieden'))).toEqual([['EUBAM', 'eubam-rafah']]);
    expect(pairs(find('EUBAM in de Palestijnse\ngebieden'))).toEqual([['EUBAM', 'eubam-rafah']]);
  });

  it('stays unresolved when countries of several candidates are named', () => {
    expect(find('EUBAM in Libië en Moldavië')).toMatchObject([{ id: null, candidates: EUBAM }]);
  });

  it('stays unresolved when the country is only part of a word', () => {
    expect(find('de Libische EUBAM')).toMatchObject([{ id: null }]);
    // Niger is not Nigeria.
    expect(find('EUCAP Sahel en Nigeria')).toMatchObject([
      { id: null, candidates: ['eucap-sahel-mali', 'eucap-sahel-niger'] },
    ]);
    expect(pairs(find('EUCAP Sahel en Niger'))).toEqual([['EUCAP Sahel', 'eucap-sahel-niger']]);
  });

  it('looks only within the window (60 by default)', () => {
    const gap = ' en'.repeat(25); // 75 characters
    expect(find(`EUBAM${gap} Libië`)).toMatchObject([{ id: null }]);
    expect(find(`Libië${gap} EUBAM`)).toMatchObject([{ id: null }]);
    expect(fixtureMatcher({ countryWindow: 100 })(`EUBAM${gap} Libië`)).toMatchObject([{ id: 'eubam-libya' }]);
  });

  it('looks only within the sentence', () => {
    expect(find('Dit gaat over Libië. EUBAM is een missie.')).toMatchObject([{ id: null }]);
    expect(find('Over EUBAM. Libië is groot.')).toMatchObject([{ id: null }]);
    expect(find('Over EUBAM\n\nde grens met Libië')).toMatchObject([{ id: null }]);
    // A line break alone, or an abbreviation before a lowercase word, does not end the sentence.
    expect(find('EUBAM werkt\nin Libië')).toMatchObject([{ id: 'eubam-libya' }]);
    expect(find('EUBAM werkt o.a. in Libië')).toMatchObject([{ id: 'eubam-libya' }]);
  });

  it('counts a country that is part of a longer name nearby', () => {
    expect(find('EUBAM Libya en EUBAM')).toMatchObject([
      { text: 'EUBAM Libya', id: 'eubam-libya' },
      // 'Libya' is within the window before the second EUBAM: that resolves it.
      { text: 'EUBAM', id: 'eubam-libya' },
    ]);
  });

  it('resolves each occurrence on its own', () => {
    expect(pairs(find('EUBAM in Libië. Daarnaast is er EUBAM in Moldavië. En EUBAM.'))).toEqual([
      ['EUBAM', 'eubam-libya'],
      ['EUBAM', 'eubam-moldova'],
      ['EUBAM', null],
    ]);
  });

  it('drops sharedBy ids the input does not know', () => {
    const matcher = compileMatcher([
      mission('a-one', 'STEM One', 'exact', [alias('STEM', 'exact', { sharedBy: ['a-one', 'gone'] })]),
    ]);
    expect(findMatches(matcher, 'STEM')).toMatchObject([{ id: 'a-one', candidates: ['a-one'] }]);
  });
});
