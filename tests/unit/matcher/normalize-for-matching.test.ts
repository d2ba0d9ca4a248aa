import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../../../lib/matcher/context-rules';
import {
  foldForCountrySearch,
  foldForMatching,
  normalizeAlias,
  normalizeForMatching,
  oneCapitalForm,
} from '../../../lib/matcher/normalize-for-matching';
import { countryWindowAround } from '../../../lib/matcher/resolve-shared-stem';

describe('normalization', () => {
  it('drops invisibles, collapses whitespace, reads typographic apostrophes and hyphens as ASCII', () => {
    expect(normalizeForMatching('EU\u00ADNAV\u200BFOR \u00A0\n Atalanta’s Sahel\u2011Mali')).toBe(
      "EUNAVFOR Atalanta's Sahel-Mali",
    );
    expect(normalizeAlias('  UNIFIL\u202F ')).toBe('UNIFIL');
  });

  it('lowercases without changing length', () => {
    expect(foldForMatching('UNIFIL İ Ω')).toBe('unifil İ ω');
  });

  it('forms the one-capital form per word', () => {
    expect(oneCapitalForm('UNIFIL')).toBe('Unifil');
    expect(oneCapitalForm('EUCAP Sahel Mali')).toBe('Eucap Sahel Mali');
    expect(oneCapitalForm('EU-NAVFOR')).toBe('Eu-navfor');
  });

  it('folds country names without diacritics', () => {
    expect(foldForCountrySearch('Libië')).toBe('libie');
    expect(foldForCountrySearch('OEKRAÏNE')).toBe('oekraine');
  });
});

describe('country window', () => {
  it('widens to whole words and narrows to the sentence', () => {
    const text = 'Vorige zin. Nu over EUBAM in Libië. Volgende zin.';
    const start = text.indexOf('EUBAM');
    const [from, to] = countryWindowAround(text, start, start + 5, 60);
    expect(text.slice(from, to)).toBe('Nu over EUBAM in Libië');
    const [a, b] = countryWindowAround(text, start, start + 5, 3);
    expect(text.slice(a, b)).toBe('over EUBAM in');
  });
});

describe('SpanIndex', () => {
  it('finds spans reaching into a window, including long ones starting before it', () => {
    const index = new SpanIndex([
      { start: 0, end: 100 },
      { start: 10, end: 12 },
      { start: 200, end: 210 },
    ]);
    expect(index.overlaps(50, 60)).toBe(true);
    expect(index.overlaps(100, 200)).toBe(false);
    expect(index.overlaps(205, 300)).toBe(true);
    expect(index.overlaps(210, 300)).toBe(false);
    expect(new SpanIndex([]).overlaps(0, 10)).toBe(false);
  });
});
