import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../build/dataset/validate-dataset';
import {
  checkProse,
  dutchWordValue,
  overlapRatio,
  type ProseAllowFile,
  proseTokens,
  splitSentences,
} from '../../../../build/provenance/prose-check';
import type { Mission } from '../../../../data/schema';

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

describe('proseTokens: how numbers are written', () => {
  it('reads thousands, decimals and English compounds as one number', () => {
    expect(proseTokens('een plafond van 13.289 militairen en 3,5 miljoen euro', 'nl').map((t) => t.value)).toEqual([
      13289, 3.5,
    ]);
    expect(proseTokens('13,289 troops and twenty-one military', 'en').map((t) => t.value)).toEqual([13289, 21]);
  });

  it('does not count an English number word inside a name or a compound', () => {
    expect(
      proseTokens('the Indo-Pacific Four and a two-state solution', 'en').filter((t) => t.kind === 'number'),
    ).toEqual([]);
  });
});

describe('checkProse', () => {
  const ref = (quote: string) => ({ doc: '001_538d6e1628be61ba.txt' as const, quote });
  const mission = (summary: { nl: string; en: string }, quotes: string[]) =>
    ({
      id: 'demo',
      acronym: 'DEMO',
      aliases: [],
      name: { nl: 'Demomissie', en: 'Demo mission' },
      countries: [{ nl: 'Libanon', en: 'Lebanon' }],
      statusSources: quotes.map(ref),
      basis: [],
      legalBasis: [],
      internationalMandateEnd: [],
      nationalFramework: [],
      deployed: [],
      summary,
      dutchContribution: { nl: 'Zie de samenvatting.', en: 'See the summary.' },
      statusNote: null,
    }) as unknown as Mission;
  const dataset = (m: Mission) =>
    ({
      missions: [m],
      terms: [],
      documents: [],
      notes: { frameworkVersusDeployed: { text: { nl: 'Tekst.', en: 'Text.' }, sources: [] } },
    }) as unknown as Dataset;
  const none: ProseAllowFile = { translations: [], allow: [] };

  it('holds a mission without a Dutch contribution to the fixed sentence, not to its quotes', () => {
    const quotes = ['DEMO wordt genoemd als voorbeeld van een trainingsmissie.'];
    const summary = {
      nl: 'Genoemd als voorbeeld van een trainingsmissie.',
      en: 'Named as an example of a training mission.',
    };
    const fixed = {
      ...mission(summary, quotes),
      status: 'none',
      dutchContribution: {
        nl: 'De Kamerstukken noemen geen Nederlandse bijdrage aan DEMO.',
        en: 'The Kamerstukken name no Dutch contribution to DEMO.',
      },
    } as Mission;
    expect(checkProse(dataset(fixed), none)).toEqual([]);
    const free = {
      ...fixed,
      dutchContribution: { nl: 'Nederland droeg niet bij aan DEMO.', en: 'The Netherlands did not contribute.' },
    } as Mission;
    const findings = checkProse(dataset(free), none);
    expect(findings.map((f) => `${f.kind} ${f.field}`)).toEqual([
      'wording dutchContribution.nl',
      'wording dutchContribution.en',
    ]);
  });

  it('accepts prose whose numbers and names are in the quotes', () => {
    const m = mission(
      {
        nl: 'Nederland levert circa twaalf militairen in Libanon.',
        en: 'The Netherlands provides about twelve troops in Lebanon.',
      },
      ['Nederland levert circa twaalf militairen aan DEMO in Libanon.'],
    );
    const allow: ProseAllowFile = { translations: [{ en: 'Netherlands', nl: ['Nederland'] }], allow: [] };
    expect(checkProse(dataset(m), allow)).toEqual([]);
  });

  it('reports a number, a year and a name the quotes do not state, and a number the English drops', () => {
    const m = mission(
      { nl: 'Sinds 1948 levert Nederland 15 militairen aan de Golan.', en: 'The Netherlands provides troops.' },
      ['Nederland levert militairen aan DEMO.'],
    );
    const texts = checkProse(dataset(m), none).map((f) => f.text);
    expect(texts).toEqual(expect.arrayContaining(['1948', '15', 'Golan']));
  });

  it('reports "seeds" in text users read, and an allow-list entry that matches nothing', () => {
    const m = mission({ nl: 'De seeds noemen DEMO.', en: 'The seeds name DEMO.' }, ['DEMO wordt genoemd.']);
    const allow: ProseAllowFile = {
      translations: [],
      allow: [
        { entry: 'mission:demo', field: 'summary.nl', kind: 'token', text: 'Golan', reason: 'no longer used here' },
      ],
    };
    const findings = checkProse(dataset(m), allow);
    expect(findings.filter((f) => f.kind === 'wording')).toHaveLength(2);
    expect(findings.some((f) => f.message.includes('matches nothing'))).toBe(true);
  });

  it('lets the allow-list excuse a finding', () => {
    const m = mission({ nl: 'DEMO ligt aan de Golan.', en: 'DEMO is on the Golan.' }, ['DEMO wordt genoemd.']);
    const allow: ProseAllowFile = {
      translations: [],
      allow: [
        {
          entry: 'mission:demo',
          field: 'summary.nl',
          kind: 'token',
          text: 'Golan',
          reason: 'a test of the allow-list',
        },
        {
          entry: 'mission:demo',
          field: 'summary.en',
          kind: 'token',
          text: 'Golan',
          reason: 'a test of the allow-list',
        },
      ],
    };
    expect(checkProse(dataset(m), allow)).toEqual([]);
  });
});
