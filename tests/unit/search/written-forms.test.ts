import { describe, expect, it } from 'vitest';
import { casePreservingWords, mayBeWrittenAs, writtenForm } from '../../../lib/search/written-forms';

describe('casePreservingWords', () => {
  it('splits at anything that is not a letter or digit, keeps the case and drops diacritics', () => {
    expect(casePreservingWords('EU-NAVFOR (Atalanta)')).toEqual(['EU', 'NAVFOR', 'Atalanta']);
    expect(casePreservingWords('EUBAM Libië, 2024')).toEqual(['EUBAM', 'Libie', '2024']);
    expect(casePreservingWords(' … ')).toEqual([]);
  });
});

describe('mayBeWrittenAs', () => {
  it('exact: only as the dataset writes it, spaces and punctuation aside', () => {
    const form = writtenForm('EU NAVFOR', 'exact');
    expect(mayBeWrittenAs(form, 'EUNAVFOR')).toBe(true);
    expect(mayBeWrittenAs(form, 'EuNavfor')).toBe(false);
    expect(mayBeWrittenAs(form, 'eunavfor')).toBe(false);
  });

  it('capitalized: also with one capital per word, as Dutch news writes Unifil', () => {
    const form = writtenForm('UNIFIL', 'capitalized');
    expect(mayBeWrittenAs(form, 'UNIFIL')).toBe(true);
    expect(mayBeWrittenAs(form, 'Unifil')).toBe(true);
    expect(mayBeWrittenAs(form, 'unifil')).toBe(false);
    expect(mayBeWrittenAs(writtenForm('EUCAP Sahel', 'capitalized'), 'EucapSahel')).toBe(true);
  });

  it('insensitive: in any case', () => {
    const form = writtenForm('Atalanta', 'insensitive');
    expect(mayBeWrittenAs(form, 'atalanta')).toBe(true);
    expect(mayBeWrittenAs(form, 'ATALANTA')).toBe(true);
  });
});
