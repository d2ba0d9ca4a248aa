import { describe, expect, it } from 'vitest';
import { dutchWordValue, overlapRatio, proseTokens, splitSentences } from '../../../lib/data/prose-check';

describe('dutchWordValue', () => {
  it.each([
    ['twaalf', 12],
    ['negentig', 90],
    ['tweeëntwintig', 22],
    ['eenendertig', 31],
    ['honderd', 100],
  ])('reads %s as %i', (word, n) => {
    expect(dutchWordValue(word)).toBe(n);
  });

  it('does not read the article "een" as a number', () => {
    expect(dutchWordValue('een')).toBeUndefined();
    expect(dutchWordValue('één')).toBe(1);
  });
});

describe('proseTokens', () => {
  it('finds numbers, years, resolutions and number words', () => {
    const tokens = proseTokens('Het kader is circa twaalf personen tot juni 2028 (resolutie 2749).', 'nl');
    expect(tokens.filter((t) => t.kind === 'number').map((t) => t.value)).toEqual([12, 2028, 2749]);
  });

  it('finds acronyms anywhere and capitalised words except at the start of a sentence', () => {
    const tokens = proseTokens('Nederland steunt UNIFIL in Libanon.', 'nl');
    expect(tokens.filter((t) => t.kind === 'name').map((t) => t.text)).toEqual(['UNIFIL', 'Libanon']);
  });

  it('splits compounds and drops a possessive s', () => {
    const tokens = proseTokens('Een NAVO-missie en MINUSMA’s staf.', 'nl');
    expect(tokens.map((t) => t.text)).toEqual(['NAVO', 'MINUSMA']);
  });

  it('reads English number words in English prose', () => {
    expect(proseTokens('about twelve people', 'en')).toEqual([{ kind: 'number', text: 'twelve', value: 12 }]);
  });
});

describe('splitSentences', () => {
  it('splits on a stop followed by a capital or digit', () => {
    expect(splitSentences('Eerste zin. Tweede zin; 3 derde.')).toEqual(['Eerste zin.', 'Tweede zin;', '3 derde.']);
  });
});

describe('overlapRatio', () => {
  it('is high where the sentence says what the quote says', () => {
    expect(
      overlapRatio(
        'Het mandaat wordt ieder half jaar behandeld door de Veiligheidsraad.',
        'Het mandaat van UNDOF wordt ieder half jaar behandeld door de VN Veiligheidsraad.',
      ),
    ).toBeGreaterThan(0.8);
  });

  it('is low where it says something else', () => {
    expect(overlapRatio('De waarnemers kunnen flexibel worden ingezet.', 'Het mandaat wordt behandeld.')).toBeLessThan(
      0.34,
    );
  });
});
