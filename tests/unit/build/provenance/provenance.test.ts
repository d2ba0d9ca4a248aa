import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../build/dataset/validate-dataset';
import { checkProvenance, type SeedTexts } from '../../../../build/provenance/provenance';
import type { Mission } from '../../../../data/schema';

const SEED = '001_538d6e1628be61ba.txt';
const seeds = {
  '000_da575aca147779fa.txt': '',
  [SEED]:
    'De United Nations Truce Supervision Organisation (UNTSO) houdt toezicht.\n\tUNTSO\n\t12\n\t\n\t22\n\t\n\t22\n',
  '002_5e9d0aff90d9eb0c.txt': '',
  '003_8869f228b444c97d.txt': '',
  '004_f473ee7f7c9a3f46.txt': '',
} as SeedTexts;

function mission(overrides: Partial<Mission> = {}): Mission {
  const basis = [
    { doc: SEED, quote: 'United Nations Truce Supervision Organisation (UNTSO) houdt toezicht.' },
  ] as const;
  return {
    id: 'untso',
    acronym: 'UNTSO',
    acronymCase: 'exact',
    aliases: [],
    name: { nl: 'UNTSO', en: 'UNTSO' },
    organisation: 'UN',
    region: 'middle-east',
    location: { nl: 'Israël', en: 'Israel' },
    countries: [],
    status: 'active',
    statusNote: null,
    statusSources: [...basis],
    summary: { nl: 'x', en: 'x' },
    dutchContribution: { nl: 'x', en: 'x' },
    basis: [...basis],
    legalBasis: [],
    internationalMandateEnd: [],
    nationalFramework: [],
    deployed: [
      {
        value: { period: '2024-05/2025-04', military: 22, civilPolice: null, total: 22, note: null },
        asOf: '2025-05',
        sources: [{ doc: SEED, quote: 'UNTSO 12 22 22' }],
      },
    ],
    related: [],
    ...overrides,
  };
}

function dataset(m: Mission): Dataset {
  return {
    documents: [],
    missions: [m],
    terms: [],
    notes: { frameworkVersusDeployed: { text: { nl: 'x', en: 'x' }, sources: [...m.basis] } },
  };
}

describe('checkProvenance', () => {
  it('accepts quotes that differ from the seed only in whitespace', () => {
    expect(checkProvenance(dataset(mission()), seeds)).toEqual([]);
  });

  it('names mission, field and quote when a quote is not in its seed', () => {
    const m = mission({ basis: [{ doc: SEED, quote: 'UNTSO houdt geen toezicht.' }] });
    expect(checkProvenance(dataset(m), seeds)).toContainEqual(
      `mission untso › basis: quote not found in ${SEED}: "UNTSO houdt geen toezicht."`,
    );
  });

  it('rejects a value the quotes do not state', () => {
    const m = mission();
    const entry = m.deployed[0]!;
    m.deployed = [{ ...entry, value: { ...entry.value, military: 23, total: 23 } }];
    const problems = checkProvenance(dataset(m), seeds);
    expect(problems.join('\n')).toMatch(
      /mission untso › deployed\[0\]: the quotes do not state military 23, total 23/u,
    );
  });

  it('rejects quotes that do not name the mission', () => {
    const m = mission({ acronym: 'UNDOF', id: 'undof' });
    expect(checkProvenance(dataset(m), seeds).join('\n')).toMatch(
      /mission undof › deployed\[0\]: the quotes do not name/u,
    );
  });

  it("accepts 'none' for an empty cell of a cited Bijlage 2 row", () => {
    const m = mission();
    const entry = m.deployed[0]!;
    m.deployed = [
      {
        ...entry,
        value: { ...entry.value, civilPolice: 'none' },
        sources: [{ doc: SEED, quote: 'UNTSO 12 22 22', where: 'Bijlage 2' }],
      },
    ];
    expect(checkProvenance(dataset(m), seeds)).toEqual([]);
  });

  it("rejects 'none' without a Bijlage 2 row, and a total 'none' beside a number", () => {
    const m = mission();
    const entry = m.deployed[0]!;
    m.deployed = [{ ...entry, value: { ...entry.value, civilPolice: 'none' } }];
    expect(checkProvenance(dataset(m), seeds).join('\n')).toMatch(/civilPolice 'none' \(a Bijlage 2 table row/u);
    const text = { doc: SEED, quote: 'United Nations Truce Supervision Organisation (UNTSO) houdt toezicht.' } as const;
    m.deployed = [
      { ...entry, value: { ...entry.value, civilPolice: 'none' }, sources: [{ ...text, where: 'Bijlage 2' }] },
    ];
    expect(checkProvenance(dataset(m), seeds).join('\n')).toMatch(/civilPolice 'none' \(a Bijlage 2 table row/u);
    m.deployed = [];
    m.nationalFramework = [
      {
        value: {
          military: 12,
          civilPolice: 'none',
          total: 'none',
          qualifier: 'exact',
          perYear: false,
          note: null,
          until: null,
        },
        asOf: '2025-05',
        sources: [{ doc: SEED, quote: 'UNTSO 12 22 22', where: 'Bijlage 2' }],
      },
    ];
    expect(checkProvenance(dataset(m), seeds).join('\n')).toMatch(/total 'none' \(only where both parts are 'none'\)/u);
  });

  it('accepts a garbled cell only through an explicit reading', () => {
    const garbled = { ...seeds, [SEED]: `${seeds[SEED]} MINUSMA 26612` } as SeedTexts;
    const entry = {
      value: { period: '2022-01/2023-04', military: 266, civilPolice: null, total: 266, note: null },
      asOf: '2023-05',
      sources: [{ doc: SEED, quote: 'MINUSMA 26612' }],
    } as const;
    const m = mission({ id: 'minusma', acronym: 'MINUSMA', deployed: [{ ...entry, sources: [...entry.sources] }] });
    m.basis = [{ doc: SEED, quote: 'MINUSMA 26612' }];
    m.statusSources = m.basis;
    expect(checkProvenance(dataset(m), garbled).join('\n')).toMatch(/do not state military 266/u);
    m.deployed = [
      { ...entry, sources: [{ doc: SEED, quote: 'MINUSMA 26612', reading: '26612 = 266 met voetnoot 12' }] },
    ];
    expect(checkProvenance(dataset(m), garbled)).toEqual([]);
  });
});
