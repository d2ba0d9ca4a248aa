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
    expect(find('de Libiëreis van EUBAM')).toMatchObject([{ id: null }]);
    // Niger is not Nigeria.
    expect(find('EUCAP Sahel en Nigeria')).toMatchObject([
      { id: null, candidates: ['eucap-sahel-mali', 'eucap-sahel-niger'] },
    ]);
    expect(pairs(find('EUCAP Sahel en Niger'))).toEqual([['EUCAP Sahel', 'eucap-sahel-niger']]);
  });

  it('looks only within the window (300 by default: a long sentence, not a table without full stops)', () => {
    const gap = ' en'.repeat(105); // 315 characters
    expect(find(`EUBAM${gap} Libië`)).toMatchObject([{ id: null }]);
    expect(find(`Libië${gap} EUBAM`)).toMatchObject([{ id: null }]);
    expect(find(`EUBAM${' en'.repeat(95)} Libië`)).toMatchObject([{ id: 'eubam-libya' }]);
    expect(fixtureMatcher({ countryWindow: 400 })(`EUBAM${gap} Libië`)).toMatchObject([{ id: 'eubam-libya' }]);
    expect(fixtureMatcher({ countryWindow: 20 })(`EUBAM${' en'.repeat(10)} Libië`)).toMatchObject([{ id: null }]);
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

describe('the name after a shared stem', () => {
  it('joins the stem into one match of the mission it names', () => {
    expect(find('EUNAVFOR Irini')).toEqual([
      { start: 0, end: 14, text: 'EUNAVFOR Irini', kind: 'mission', id: 'irini', candidates: ['irini'] },
    ]);
    expect(pairs(find('de EUBAM Rafah-missie'))).toEqual([['EUBAM Rafah', 'eubam-rafah']]);
  });

  it('reads past the acronym in brackets after a spelled-out stem', () => {
    expect(pairs(find('de operatie European Union Naval Force (EUNAVFOR) Atalanta (circa twee personen)'))).toEqual([
      ['European Union Naval Force (EUNAVFOR) Atalanta', 'atalanta'],
    ]);
    expect(pairs(find('is de European Union Border Assistance Mission (EUBAM)\nLibya. Het kabinet'))).toEqual([
      ['European Union Border Assistance Mission (EUBAM)\nLibya', 'eubam-libya'],
    ]);
    // As an OCR'd Kamerstuk writes Moldavië; and the rest of a longer name ('MED Irini').
    expect(pairs(find('European Union Border Assistance Mission (EUBAM) Moldavié (circa vijf personen)'))).toEqual([
      ['European Union Border Assistance Mission (EUBAM) Moldavié', 'eubam-moldova'],
    ]);
    expect(pairs(find('European Union Naval Force (EUNAVFOR) MED Irini'))).toEqual([
      ['European Union Naval Force (EUNAVFOR) MED Irini', 'irini'],
    ]);
  });

  it('decides before the sentence does', () => {
    expect(pairs(find('European Union Border Assistance Mission (EUBAM) Libië, niet die in Moldavië'))).toEqual([
      ['European Union Border Assistance Mission (EUBAM) Libië', 'eubam-libya'],
    ]);
  });

  it('does not read across punctuation, a second bracket or a long one', () => {
    expect(find('EUBAM, Libië en Moldavië')).toMatchObject([{ text: 'EUBAM', id: null }]);
    expect(find('EUNAVFOR (EU) (NAVFOR) Aspides en Irini')[0]).toMatchObject({ text: 'EUNAVFOR', id: null });
    expect(find('EUNAVFOR (zie de bijlage bij deze brief, tabel drie) Aspides en Irini')[0]).toMatchObject({
      text: 'EUNAVFOR',
      id: null,
    });
    // Plural s of an acronym: no word after the stem.
    expect(find('EUBAMs Libya')).toMatchObject([{ text: 'EUBAM' }]);
  });

  it('leaves a spelled-out stem without a name after it to the sentence, or to the reader', () => {
    expect(find('de European Union Border Assistance Mission werkt')).toEqual([
      {
        start: 3,
        end: 43,
        text: 'European Union Border Assistance Mission',
        kind: 'mission',
        id: null,
        candidates: EUBAM,
      },
    ]);
    expect(pairs(find('de European Union Border Assistance Mission aan de grens met Oekraïne'))).toEqual([
      ['European Union Border Assistance Mission', 'eubam-moldova'],
    ]);
  });
});

describe('clues in the sentence besides the country name', () => {
  it('counts words for the country and the names of the candidates', () => {
    expect(pairs(find('de Libische grens en EUBAM'))).toEqual([['EUBAM', 'eubam-libya']]);
    expect(pairs(find('EUBAM helpt Libyan border guards'))).toEqual([['EUBAM', 'eubam-libya']]);
    expect(pairs(find('EUBAM bij de grensovergang in Rafah'))).toEqual([['EUBAM', 'eubam-rafah']]);
    expect(pairs(find('EUBAM werkt in Gaza'))).toEqual([['EUBAM', 'eubam-rafah']]);
  });

  it('counts the name of a mission that works in that country only', () => {
    // MINUSMA works in Mali alone; of the EUCAP Sahel missions only one is in Mali.
    expect(pairs(find('EUCAP Sahel en MINUSMA'))).toMatchObject([
      ['EUCAP Sahel', 'eucap-sahel-mali'],
      ['MINUSMA', 'minusma'],
    ]);
  });

  it('does not count a clue in another sentence', () => {
    expect(find('De Libische kust is lang. EUBAM is een missie.')).toMatchObject([{ text: 'EUBAM', id: null }]);
    expect(find('Over EUBAM. In Gaza is het onrustig.')).toMatchObject([{ text: 'EUBAM', id: null }]);
    expect(find('Over EUBAM.\n\nRafah ligt aan de grens.')).toMatchObject([{ text: 'EUBAM', id: null }]);
  });

  it('stays unresolved when clues point to several candidates', () => {
    expect(find('EUBAM in Gaza en aan de Libische grens')).toMatchObject([{ id: null, candidates: EUBAM }]);
  });
});
