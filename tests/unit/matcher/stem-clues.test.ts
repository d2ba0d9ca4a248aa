import { describe, expect, it } from 'vitest';
import { missions } from '../../../data/dataset';
import { compileMatcher, findMatches } from '../../../lib/matcher';
import { wordsAfter } from '../../../lib/matcher/name-after-stem';
import { stemCluesOf, wordsOfName } from '../../../lib/matcher/stem-clues';
import { MISSIONS } from '../../support/matcher-fixtures';
import { pairs } from './helpers';

describe('stem clues', () => {
  const clues = stemCluesOf(MISSIONS);

  it('are worked out only for missions behind a shared stem', () => {
    expect(clues.has('irini')).toBe(true);
    expect(clues.has('unifil')).toBe(false);
  });

  it('name the rest of a longer name, the own names and the countries', () => {
    const irini = clues.get('irini');
    expect(irini?.names).toEqual(
      expect.arrayContaining(['med irini', 'irini', 'eunavfor med irini', 'libie', 'libya']),
    );
    expect(irini?.names).not.toContain('eunavfor');
  });

  it('add words for the countries and missions that work in one of them only', () => {
    expect(clues.get('eubam-libya')?.clues).toEqual(expect.arrayContaining(['libische', 'libyan']));
    expect(clues.get('eucap-sahel-mali')?.clues).toContain('minusma');
    // Words are clues in a sentence, not names that complete a stem.
    expect(clues.get('eubam-libya')?.names).not.toContain('libische');
  });

  it('split a name into words as the text is read', () => {
    expect(wordsOfName('eu-operatie aspides')).toEqual(['eu', 'operatie', 'aspides']);
    const text = 'X (EUBAM)\u00A0Li\u00ADbië, en';
    expect(wordsAfter(text, 1, 5)).toEqual({ words: ['libie'], ends: [text.indexOf(',')] });
  });
});

describe('shared stems in the Kamerstukken', () => {
  const matcher = compileMatcher(missions);
  const find = (text: string) => pairs(findMatches(matcher, text));

  it('resolves the spelled-out names with their acronym in brackets', () => {
    expect(find('de anti-piraterij-operatie European Union Naval Force (EUNAVFOR) Atalanta (circa')).toEqual([
      ['European Union Naval Force (EUNAVFOR) Atalanta', 'eunavfor-atalanta'],
    ]);
    expect(find('de maritieme operatie EU Naval Force (EUNAVFOR) ASPIDES. Nederland')).toEqual([
      ['EU Naval Force (EUNAVFOR) ASPIDES', 'eunavfor-aspides'],
    ]);
    expect(find('bijdrage aan European Union Naval Force Mediterranean (EUNAVFOR MED) Irini te')).toEqual([
      ['European Union Naval Force Mediterranean (EUNAVFOR MED) Irini', 'eunavfor-med-irini'],
    ]);
    expect(find('is de European Union Border Assistance Mission (EUBAM) \nLibya. Het kabinet')).toEqual([
      ['European Union Border Assistance Mission (EUBAM) \nLibya', 'eubam-libya'],
    ]);
    expect(find('en de European Union\nBorder Assistance Mission (EUBAM) Moldavié (circa vijf personen')).toEqual([
      ['European Union\nBorder Assistance Mission (EUBAM) Moldavié', 'eubam-moldova'],
    ]);
  });

  it('resolves EUBAM by the Libische border and UNSMIL in its sentence', () => {
    const sentence =
      'Het kabinet kiest ervoor een bescheiden personele bijdrage te leveren aan de internationale inspanningen om ' +
      'het Libische grensbeheer te versterken en de VN- inspanningen te ondersteunen, en stelt een nationaal kader ' +
      'vast van circa vijf personen voor een bijdrage aan de European Union Border Assistance Mission (EUBAM) en ' +
      'van circa twee personen voor een bijdrage aan de United Nations Support Mission in Libya (UNSMIL).';
    expect(find(sentence).slice(0, 2)).toEqual([
      ['European Union Border Assistance Mission', 'eubam-libya'],
      ['EUBAM', 'eubam-libya'],
    ]);
    expect(find('Nederland steunt EUBAM en UNSMIL.')[0]).toEqual(['EUBAM', 'eubam-libya']);
    expect(find('Dit gaat over UNSMIL. Nederland steunt ook EUBAM.')[1]).toEqual(['EUBAM', null]);
  });

  it('leaves a bare stem to the reader', () => {
    expect(find('de European Union Border Assistance Mission')).toEqual([
      ['European Union Border Assistance Mission', null],
    ]);
    expect(find('EUNAVFOR')).toEqual([['EUNAVFOR', null]]);
  });
});
