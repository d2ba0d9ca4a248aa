/**
 * Consistency of the dataset with the seeds as a whole: every abbreviation of 003's list and every
 * annex table row is accounted for, the Bijlage 2 columns add up to the Totaal rows, aliases do not
 * clash, the validator rejects broken data, and a set of facts checked by hand against the seeds.
 *
 * Expected values here are read from the seeds (by the test, or by hand in tests/data/fixtures),
 * never from the JSON.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawDataset, readSeeds } from '../../build/dataset/read-dataset-files';
import { type Dataset, DatasetError, parseDataset, type RawDataset } from '../../build/dataset/validate-dataset';
import { normalizeWhitespace } from '../../build/provenance/normalize-text';
import type { Mission, NationalFramework, SeedFile, SourceRef } from '../../data/schema';
import {
  AFKORTINGEN_IGNORED,
  ANNEX_TABLES,
  type AnnexRow,
  type AnnexTable,
  type Bijlage2Numbers,
} from './fixtures/annex-rows';

const ROOT = process.cwd();
const D000: SeedFile = '000_da575aca147779fa.txt';
const D001: SeedFile = '001_538d6e1628be61ba.txt';
const D002: SeedFile = '002_5e9d0aff90d9eb0c.txt';
const D003: SeedFile = '003_8869f228b444c97d.txt';

const seeds = readSeeds(join(ROOT, 'seeds'));
const normalizedSeeds = new Map<SeedFile, string>();

/** The seed's text with whitespace collapsed: the form every quote is matched against. */
function seed(doc: SeedFile): string {
  let text = normalizedSeeds.get(doc);
  if (text === undefined) {
    text = normalizeWhitespace(seeds[doc]);
    normalizedSeeds.set(doc, text);
  }
  return text;
}

let cachedDataset: Dataset | undefined;

/** The full dataset, parsed and cross-checked; throws DatasetError (failing the test) if it is broken. */
function dataset(): Dataset {
  cachedDataset ??= parseDataset(readRawDataset(join(ROOT, 'data')));
  return cachedDataset;
}

function mission(id: string): Mission {
  const found = dataset().missions.find((m) => m.id === id);
  if (!found) throw new Error(`mission "${id}" is not in the dataset`);
  return found;
}

function short(doc: SeedFile): string {
  return doc.slice(0, 3);
}

/** A count as a number: an empty table cell (`'none'`) or a count not stated adds 0. */
const zero = (n: number | 'none' | null | undefined): number => (typeof n === 'number' ? n : 0);

// ---------------------------------------------------------------------------------------------
// 1. 003's list of abbreviations
// ---------------------------------------------------------------------------------------------

/** The acronym of one line of the Afkortingen list: before a run of spaces, or its leading capitals. */
function acronymOfLine(line: string): string {
  const columns = line.split(/\s{2,}/u);
  if (columns.length > 1) return columns[0]!;
  // One space only (`MINUSMA Multidimensional…`, `EUPOL COPPS EU Police…`): the first word plus any
  // following all-capital words of three letters or more, never the last word.
  const words = line.split(' ');
  const acronym = [words[0]!];
  for (const word of words.slice(1, -1)) {
    if (!/^[A-Z]{3,}$/u.test(word)) break;
    acronym.push(word);
  }
  return acronym.join(' ');
}

/** Parsed from the seed: the lines between the heading `Afkortingen` and chapter `1 Inleiding`. */
function afkortingen(): { acronym: string; line: string }[] {
  const text = seeds[D003];
  const start = text.indexOf('Afkortingen');
  const end = text.indexOf('1 Inleiding', start);
  if (start < 0 || end < 0) throw new Error('Afkortingen list not found in 003');
  return text
    .slice(start + 'Afkortingen'.length, end)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ acronym: acronymOfLine(line), line: normalizeWhitespace(line) }));
}

/** Every surface form (acronym and aliases) → the missions that carry it. */
function missionsByForm(missions: Mission[]): Map<string, Mission[]> {
  const byForm = new Map<string, Mission[]>();
  for (const m of missions) {
    for (const form of new Set([m.acronym, ...m.aliases.map((a) => a.text)])) {
      byForm.set(form, [...(byForm.get(form) ?? []), m]);
    }
  }
  return byForm;
}

describe("1. 003's Afkortingen list", () => {
  const list = afkortingen();

  it('is parsed from the seed completely (49 entries, multi-word and mixed-case acronyms intact)', () => {
    expect(list).toHaveLength(49);
    const acronyms = list.map((e) => e.acronym);
    for (const expected of ['ATMIS', 'EUPOL COPPS', 'MINUSMA', 'EUNAVFOR', 'UNSMIL', 'HoM', 'ToT', 'WtBK', 'VN'])
      expect(acronyms).toContain(expected);
    for (const { acronym, line } of list) {
      expect(line.startsWith(`${acronym} `), line).toBe(true);
      expect(acronym).toMatch(/^[A-Za-z]{2,}( [A-Z]{3,})?$/u);
    }
    expect(new Set(acronyms).size).toBe(acronyms.length);
  });

  it('maps every entry to a mission (acronym or alias), a glossary term or an explained ignore', () => {
    const { missions, terms } = dataset();
    const forms = missionsByForm(missions);
    const termAcronyms = new Set(terms.map((t) => t.acronym));
    const unmapped = list
      .map((e) => e.acronym)
      .filter((a) => !forms.has(a) && !termAcronyms.has(a) && !(a in AFKORTINGEN_IGNORED));
    expect(unmapped).toEqual([]);
  });

  it('has an explained ignore list that only names entries of the list', () => {
    const acronyms = new Set(list.map((e) => e.acronym));
    for (const [acronym, reason] of Object.entries(AFKORTINGEN_IGNORED)) {
      expect(acronyms.has(acronym), acronym).toBe(true);
      expect(reason.trim().length).toBeGreaterThan(10);
    }
  });

  it('has a glossary term, quoting its Afkortingen line, for every entry', () => {
    const { terms } = dataset();
    const problems: string[] = [];
    for (const { acronym, line } of list) {
      const term = terms.find((t) => t.acronym === acronym);
      if (!term) problems.push(`${acronym}: no glossary term`);
      else if (!term.sources.some((s) => s.doc === D003 && normalizeWhitespace(s.quote) === line))
        problems.push(`${acronym}: term ${term.id} does not quote "${line}"`);
    }
    expect(problems).toEqual([]);
  });

  it('glossary and missions agree: a term naming one mission points to it, and that mission carries the term', () => {
    const { missions, terms } = dataset();
    const forms = missionsByForm(missions);
    const problems: string[] = [];
    for (const t of terms) {
      const named = (forms.get(t.acronym) ?? []).filter(
        (m) => m.acronym === t.acronym || m.aliases.some((a) => a.text === t.acronym && !a.sharedBy),
      );
      if (named.length === 1 && t.missionId !== named[0]!.id)
        problems.push(`term ${t.id}: "${t.acronym}" names mission ${named[0]!.id}, but missionId is ${t.missionId}`);
      if (t.missionId !== null) {
        const m = missions.find((x) => x.id === t.missionId);
        if (m && !(forms.get(t.acronym) ?? []).includes(m))
          problems.push(`term ${t.id}: mission ${m.id} has neither acronym nor alias "${t.acronym}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Bijlage 1 and Bijlage 2 rows of 001 and 003
// ---------------------------------------------------------------------------------------------

function rowsOf(table: AnnexTable): AnnexRow[] {
  return table.items.filter((item): item is AnnexRow => typeof item !== 'string');
}

/** The table body in the normalised seed, between `after` and `before`. */
function tableBody(table: AnnexTable): { body: string; rest: string } {
  const text = seed(table.doc);
  const start = text.indexOf(table.after);
  if (start < 0) throw new Error(`${table.doc}: start of ${table.annex} not found: "${table.after}"`);
  const from = start + table.after.length;
  const tail = text.slice(from);
  const end = typeof table.before === 'string' ? tail.indexOf(table.before) : tail.search(table.before);
  if (end < 0) throw new Error(`${table.doc}: end of ${table.annex} not found: ${String(table.before)}`);
  return { body: tail.slice(0, end).trim(), rest: tail.slice(end) };
}

function tableName(table: AnnexTable): string {
  return `${short(table.doc)} ${table.annex}`;
}

const FACT_FIELDS_B1 = ['legalBasis', 'internationalMandateEnd', 'nationalFramework'] as const;

describe('2. annex table rows', () => {
  for (const table of ANNEX_TABLES) {
    const rows = rowsOf(table);

    describe(tableName(table), () => {
      it('the fixture (headings and rows, in order) reproduces the table in the seed exactly', () => {
        const joined = table.items.map((item) => (typeof item === 'string' ? item : item.text)).join(' ');
        expect(joined).toBe(tableBody(table).body);
      });

      it('every row label occurs in the seed, at the start of its row', () => {
        for (const row of rows) {
          expect(row.text.startsWith(row.label), row.label).toBe(true);
          expect(seed(table.doc).includes(`${row.label}`), row.label).toBe(true);
        }
      });

      it('every row maps to an existing mission, an existing glossary term, or an ignore with a reason', () => {
        const { missions, terms } = dataset();
        const problems: string[] = [];
        for (const row of rows) {
          const t = row.target;
          if ('mission' in t && !missions.some((m) => m.id === t.mission))
            problems.push(`${row.label}: mission "${t.mission}" is not in the dataset`);
          if ('term' in t && !terms.some((x) => x.id === t.term))
            problems.push(`${row.label}: term "${t.term}" is not in the glossary`);
          if ('ignore' in t && t.ignore.trim().length < 20) problems.push(`${row.label}: ignore without a real reason`);
        }
        expect(problems).toEqual([]);
      });

      it('no two rows of one table map to the same mission', () => {
        const ids = rows.flatMap((r) => ('mission' in r.target ? [r.target.mission] : []));
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      });

      if (table.annex === 'Bijlage 1') {
        it('every mission row is quoted by its mission (legal basis, mandate end or framework)', () => {
          const problems: string[] = [];
          for (const row of rows) {
            const target = row.target;
            if (!('mission' in target)) continue;
            const m = dataset().missions.find((x) => x.id === target.mission);
            if (!m) continue; // reported by the test above
            const cites = FACT_FIELDS_B1.some((field) =>
              (m[field] as { sources: SourceRef[] }[]).some((entry) =>
                entry.sources.some((s) => {
                  const q = normalizeWhitespace(s.quote);
                  return (
                    s.doc === table.doc &&
                    q.length >= row.label.length &&
                    (row.text.includes(q) || q.includes(row.text))
                  );
                }),
              ),
            );
            if (!cites)
              problems.push(
                `${m.id}: no legalBasis/internationalMandateEnd/nationalFramework source quotes "${row.text}"`,
              );
          }
          expect(problems).toEqual([]);
        });
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 3. Bijlage 2 columns add up to the Totaal row
// ---------------------------------------------------------------------------------------------

type Columns = [number, number, number, number, number];
const COLUMN_NAMES = [
  'framework military',
  'framework civil/IPO',
  'deployed military',
  'deployed civil/IPO',
  'deployed total',
];

/** The Totaal row right after the table body, read from the seed. */
function totaalRow(table: AnnexTable): Columns {
  const match = /^Totaal (\d+) (\d+) (\d+) (\d+) (\d+)/u.exec(tableBody(table).rest);
  if (!match) throw new Error(`${table.doc}: no Totaal row after ${table.annex}`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5])];
}

function addColumns(a: Columns, b: Bijlage2Numbers | readonly (number | 'none' | null)[]): Columns {
  return [a[0] + zero(b[0]), a[1] + zero(b[1]), a[2] + zero(b[2]), a[3] + zero(b[3]), a[4] + zero(b[4])];
}

function numbersOf(row: AnnexRow): Bijlage2Numbers {
  if (!row.numbers) throw new Error(`Bijlage 2 row "${row.label}" has no numbers in the fixture`);
  return row.numbers;
}

function deployedEntries(m: Mission, period: string) {
  return m.deployed.filter((e) => e.value.period === period);
}

/** The framework entry a Bijlage 2 row is recorded as: preferably one quoting the row, else the table's document at its date. */
function bijlage2Framework(m: Mission, table: AnnexTable, row: AnnexRow): NationalFramework | undefined {
  const fromDoc = m.nationalFramework.filter((e) => e.sources.some((s) => s.doc === table.doc));
  const quotingRow = fromDoc.find((e) =>
    e.sources.some((s) => s.doc === table.doc && row.text.includes(normalizeWhitespace(s.quote))),
  );
  return (quotingRow ?? fromDoc.find((e) => e.asOf === table.asOf))?.value;
}

function missionRows(table: AnnexTable): { row: AnnexRow; id: string }[] {
  return rowsOf(table).flatMap((row) => ('mission' in row.target ? [{ row, id: row.target.mission }] : []));
}

describe('3. Bijlage 2 totals', () => {
  for (const table of ANNEX_TABLES.filter((t) => t.annex === 'Bijlage 2')) {
    const period = table.period ?? '';

    describe(`${tableName(table)} (${period})`, () => {
      it('the Totaal row read from the seed matches SEEDS.md, and the fixture rows add up to it', () => {
        const totaal = totaalRow(table);
        const documented: Record<string, Columns> = {
          [D001]: [1320, 22, 3375, 18, 3393],
          [D003]: [744, 29, 3232, 26, 3258],
        };
        expect(totaal).toEqual(documented[table.doc]);
        const sum = rowsOf(table).reduce<Columns>((acc, row) => addColumns(acc, numbersOf(row)), [0, 0, 0, 0, 0]);
        expect(sum).toEqual(totaal);
        for (const row of rowsOf(table)) {
          const n = numbersOf(row);
          expect(zero(n[2]) + zero(n[3]), `${row.label}: military + civil = total`).toBe(zero(n[4]));
        }
      });

      it('every number of the fixture is written in its row, or explained by a reading', () => {
        const problems: string[] = [];
        for (const row of rowsOf(table)) {
          for (const n of numbersOf(row)) {
            if (n === null) continue;
            const written = new RegExp(`(?<![\\d+])${n}(?!\\d)`, 'u').test(row.text.slice(row.label.length));
            if (!written && !row.reading?.includes(String(n))) problems.push(`${row.label}: ${n} not in "${row.text}"`);
          }
        }
        expect(problems).toEqual([]);
      });

      it('a mission has at most one deployed entry for the period', () => {
        const doubles = dataset()
          .missions.filter((m) => deployedEntries(m, period).length > 1)
          .map((m) => m.id);
        expect(doubles).toEqual([]);
      });

      for (const { row, id } of missionRows(table)) {
        it(`"${row.text.length > 90 ? `${row.text.slice(0, 87)}…` : row.text}" → ${id}: deployed and framework numbers`, () => {
          const m = mission(id);
          const n = numbersOf(row);
          const deployed = deployedEntries(m, period)[0]?.value;
          expect(deployed, `${id} has no deployed entry for ${period}`).toBeDefined();
          expect(
            [zero(deployed?.military), zero(deployed?.civilPolice), deployed?.total],
            `${id} deployed (military, civil/IPO, total)`,
          ).toEqual([zero(n[2]), zero(n[3]), zero(n[4])]);
          const framework = bijlage2Framework(m, table, row);
          if (n[0] === null && n[1] === null) {
            expect([zero(framework?.military), zero(framework?.civilPolice)]).toEqual([0, 0]);
          } else {
            expect(framework, `${id} has no framework entry from ${table.doc}`).toBeDefined();
            expect(
              [zero(framework?.military), zero(framework?.civilPolice)],
              `${id} framework (military, civil/IPO)`,
            ).toEqual([row.frameworkSplit?.recorded ?? zero(n[0]), zero(n[1])]);
          }
        });
      }

      it("the dataset's deployed entries for the period, plus the rows not in the dataset, add up to the Totaal row", () => {
        const totaal = totaalRow(table);
        let sum: Columns = [0, 0, 0, 0, 0];
        for (const m of dataset().missions) {
          const entry = deployedEntries(m, period)[0];
          if (entry) sum = addColumns(sum, [0, 0, entry.value.military, entry.value.civilPolice, entry.value.total]);
        }
        for (const row of rowsOf(table)) if (!('mission' in row.target)) sum = addColumns(sum, numbersOf(row));
        const byColumn = (c: Columns) => Object.fromEntries(COLUMN_NAMES.slice(2).map((name, i) => [name, c[i + 2]]));
        expect(byColumn(sum)).toEqual(byColumn(totaal));
      });

      it("the dataset's Bijlage 2 framework entries, plus the rows not in the dataset, add up to the Totaal row", () => {
        const totaal = totaalRow(table);
        let sum: Columns = [0, 0, 0, 0, 0];
        for (const row of rowsOf(table)) {
          const target = row.target;
          if ('mission' in target) {
            const m = dataset().missions.find((x) => x.id === target.mission);
            const f = m ? bijlage2Framework(m, table, row) : undefined;
            sum = addColumns(sum, [f?.military ?? null, f?.civilPolice ?? null, null, null, null]);
            const split = row.frameworkSplit;
            if (split) {
              const bracketed = m?.nationalFramework.find(
                (e) => e.sources.some((s) => s.doc === table.doc) && e.value.military === split.bracketed,
              );
              expect(bracketed, `${target.mission}: the bracketed ${split.bracketed} has its own entry`).toBeDefined();
              sum = addColumns(sum, [split.bracketed, null, null, null, null]);
            }
          } else {
            sum = addColumns(sum, numbersOf(row));
          }
        }
        const byColumn = (c: Columns) => Object.fromEntries(COLUMN_NAMES.slice(0, 2).map((name, i) => [name, c[i]]));
        expect(byColumn(sum)).toEqual(byColumn(totaal));
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 4. Ids, aliases and summaries; the validator rejects broken data
// ---------------------------------------------------------------------------------------------

const SHARED_STEMS: Record<string, string[]> = {
  EUBAM: ['eubam-moldova', 'eubam-rafah', 'eubam-libya'],
  EUCAP: ['eucap-somalia', 'eucap-sahel-mali', 'eucap-sahel-niger'],
  'EUCAP Sahel': ['eucap-sahel-mali', 'eucap-sahel-niger'],
  EUTM: ['eutm-somalia', 'eutm-mali'],
  EUNAVFOR: ['eunavfor-atalanta', 'eunavfor-aspides', 'eunavfor-med-irini'],
};

describe('4. ids, aliases and summaries in the dataset', () => {
  it('mission ids are unique', () => {
    const ids = dataset().missions.map((m) => m.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('glossary term ids are unique', () => {
    const ids = dataset().terms.map((t) => t.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('no surface form names two missions unless each marks it sharedBy, listing exactly those missions', () => {
    const owners = new Map<string, Mission[]>();
    for (const m of dataset().missions) {
      for (const form of new Set([m.acronym, ...m.aliases.map((a) => a.text)].map((f) => f.toLowerCase())))
        owners.set(form, [...(owners.get(form) ?? []), m]);
    }
    const problems: string[] = [];
    for (const [form, list] of owners) {
      if (list.length < 2) continue;
      const ids = list.map((m) => m.id).sort();
      for (const m of list) {
        const alias = m.aliases.find((a) => a.text.toLowerCase() === form);
        const shared = [...(alias?.sharedBy ?? [])].sort();
        if (!alias || JSON.stringify(shared) !== JSON.stringify(ids))
          problems.push(`"${form}" on ${ids.join(', ')}: ${m.id} marks sharedBy [${shared.join(', ')}]`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every sharedBy list includes its own mission and only missions carrying the same alias', () => {
    const { missions } = dataset();
    const problems: string[] = [];
    for (const m of missions) {
      for (const a of m.aliases) {
        if (!a.sharedBy) continue;
        if (!a.sharedBy.includes(m.id)) problems.push(`${m.id} "${a.text}": sharedBy omits ${m.id}`);
        for (const id of a.sharedBy) {
          const other = missions.find((x) => x.id === id);
          if (!other?.aliases.some((b) => b.text === a.text))
            problems.push(`${m.id} "${a.text}": ${id} does not carry this alias`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the shared stems of the brief are on every mission listed, exactly', () => {
    const problems: string[] = [];
    for (const [text, ids] of Object.entries(SHARED_STEMS)) {
      for (const id of ids) {
        const m = dataset().missions.find((x) => x.id === id);
        if (!m) {
          problems.push(`${text}: mission ${id} is not in the dataset`);
          continue;
        }
        const alias = m.aliases.find((a) => a.text === text);
        const exact =
          alias?.case === 'exact' &&
          !alias.needsContext &&
          alias.lang === 'any' &&
          JSON.stringify([...(alias.sharedBy ?? [])].sort()) === JSON.stringify([...ids].sort());
        if (!exact)
          problems.push(`${id}: alias "${text}" missing or not { exact, needsContext false, any, sharedBy ${ids} }`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('bare names that are also ordinary words (Atalanta, Althea, Irini, Aspides) are aliases that need context', () => {
    const problems: string[] = [];
    for (const [word, id] of [
      ['Atalanta', 'eunavfor-atalanta'],
      ['Althea', 'eufor-althea'],
      ['Irini', 'eunavfor-med-irini'],
      ['Aspides', 'eunavfor-aspides'],
    ] as const) {
      const alias = mission(id).aliases.find((a) => a.text === word);
      if (!alias?.needsContext) problems.push(`${id}: "${word}" missing or without needsContext`);
    }
    for (const m of dataset().missions)
      for (const a of m.aliases)
        if (['atalanta', 'althea', 'irini', 'aspides', 'sole'].includes(a.text.toLowerCase()) && !a.needsContext)
          problems.push(`${m.id}: "${a.text}" without needsContext`);
    expect(problems).toEqual([]);
  });

  it('every mission has a summary and a Dutch contribution in Dutch and English', () => {
    const missing = dataset().missions.flatMap((m) =>
      (['summary', 'dutchContribution', 'name'] as const).flatMap((field) =>
        (['nl', 'en'] as const)
          .filter((lang) => m[field][lang].trim().length === 0)
          .map((l) => `${m.id} ${field}.${l}`),
      ),
    );
    expect(missing).toEqual([]);
  });
});

describe('4. parseDataset rejects broken data', () => {
  const real = readRawDataset(join(ROOT, 'data'), []);

  function craftMission(id: string, acronym: string): Mission {
    const source: SourceRef = { doc: D001, quote: `${acronym} is a crafted mission` };
    return {
      id,
      acronym,
      acronymCase: 'exact',
      aliases: [],
      name: { nl: acronym, en: acronym },
      organisation: 'UN',
      region: 'middle-east',
      location: { nl: 'ergens', en: 'somewhere' },
      countries: [],
      status: 'active',
      statusNote: null,
      statusSources: [source],
      summary: { nl: 'Een missie.', en: 'A mission.' },
      dutchContribution: { nl: 'Eén persoon.', en: 'One person.' },
      basis: [source],
      legalBasis: [],
      internationalMandateEnd: [],
      nationalFramework: [],
      deployed: [],
      related: [],
    };
  }

  function raw(missionFiles: Record<string, unknown>, terms: unknown = { terms: [] }): RawDataset {
    return { missionFiles, sources: real.sources, terms, notes: real.notes };
  }

  function problemsOf(data: RawDataset): string[] {
    try {
      parseDataset(data);
      return [];
    } catch (error) {
      if (error instanceof DatasetError) return error.problems;
      throw error;
    }
  }

  const zulu = { text: 'ZULU', case: 'exact', needsContext: false, lang: 'any' } as const;

  it('accepts the crafted base dataset (control)', () => {
    expect(
      problemsOf(raw({ 'missions/a.json': [craftMission('alpha', 'ALPHA'), craftMission('bravo', 'BRAVO')] })),
    ).toEqual([]);
  });

  it('rejects a duplicate id, even across files', () => {
    const problems = problemsOf(
      raw({
        'missions/a.json': [craftMission('alpha', 'ALPHA')],
        'missions/b.json': [craftMission('alpha', 'ALPHA2')],
      }),
    );
    expect(problems).toContain('mission alpha: duplicate id');
  });

  it('rejects an alias on two missions that is not marked sharedBy, and accepts it when it is', () => {
    const clash = problemsOf(
      raw({
        'missions/a.json': [
          { ...craftMission('alpha', 'ALPHA'), aliases: [zulu] },
          { ...craftMission('bravo', 'BRAVO'), aliases: [zulu] },
        ],
      }),
    );
    expect(clash.some((p) => p.includes('alias "zulu" names alpha, bravo'))).toBe(true);
    const acronymClash = problemsOf(
      raw({
        'missions/a.json': [
          craftMission('alpha', 'ALPHA'),
          { ...craftMission('bravo', 'BRAVO'), aliases: [{ ...zulu, text: 'ALPHA' }] },
        ],
      }),
    );
    expect(acronymClash.some((p) => p.includes('alias "alpha" names alpha, bravo'))).toBe(true);
    const shared = { ...zulu, sharedBy: ['alpha', 'bravo'] };
    expect(
      problemsOf(
        raw({
          'missions/a.json': [
            { ...craftMission('alpha', 'ALPHA'), aliases: [shared] },
            { ...craftMission('bravo', 'BRAVO'), aliases: [shared] },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('rejects a history that is not newest first, and accepts it in the right order', () => {
    const newer = {
      value: 'VNVR-resolutie 2749',
      asOf: '2025-05',
      sources: [{ doc: D001, quote: 'ALPHA newer quote' }],
    };
    const older = {
      value: 'VNVR-resolutie 2650',
      asOf: '2023-05',
      sources: [{ doc: D003, quote: 'ALPHA older quote' }],
    };
    const wrong = problemsOf(
      raw({ 'missions/a.json': [{ ...craftMission('alpha', 'ALPHA'), legalBasis: [older, newer] }] }),
    );
    expect(wrong.some((p) => p.startsWith('mission alpha › legalBasis[1]: history must be newest first'))).toBe(true);
    expect(
      problemsOf(raw({ 'missions/a.json': [{ ...craftMission('alpha', 'ALPHA'), legalBasis: [newer, older] }] })),
    ).toEqual([]);
  });

  it('names file, entry and field path of a bad field', () => {
    const framework: NationalFramework = {
      military: 1,
      civilPolice: null,
      total: 1,
      qualifier: 'exact',
      perYear: false,
      note: null,
      until: '2028-06',
    };
    const badQualifier = {
      ...craftMission('alpha', 'ALPHA'),
      nationalFramework: [
        {
          value: { ...framework, qualifier: 'about' },
          asOf: '2025-05',
          sources: [{ doc: D001, quote: 'ALPHA 1 1 1' }],
        },
      ],
    };
    const badStatus = { ...craftMission('bravo', 'BRAVO'), status: 'finished' };
    const problems = problemsOf(raw({ 'missions/test.json': [badQualifier, badStatus] }));
    expect(problems.some((p) => p.startsWith('data/missions/test.json › [1] (bravo) › status:'))).toBe(true);
    expect(
      problems.some((p) =>
        p.startsWith('data/missions/test.json › [0] (alpha) › nationalFramework[0].value.qualifier:'),
      ),
    ).toBe(true);
  });

  it('rejects a name the matcher could never find, with its path, and takes one after spaces', () => {
    const problems = problemsOf(
      raw(
        {
          'missions/test.json': [
            { ...craftMission('alpha', 'ALPHA'), aliases: [zulu, { ...zulu, text: '(ZULU)' }] },
            craftMission('bravo', '-BRAVO'),
            { ...craftMission('charlie', 'CHARLIE'), aliases: [{ ...zulu, text: '\u00A0Ümlaut 2' }] },
          ],
        },
        {
          terms: [
            {
              id: 'vpd',
              kind: 'abbreviation',
              acronym: '“VPD”',
              expansion: { nl: 'Vpd', en: 'Vpd' },
              explanation: { nl: 'Test.', en: 'Test.' },
              missionId: null,
              sources: [],
              case: 'exact',
            },
          ],
        },
      ),
    );
    const about = (prefix: string) => problems.filter((p) => p.startsWith(prefix));
    expect(
      about('data/missions/test.json › [0] (alpha) › aliases[1].text: must start with a letter or digit'),
    ).toHaveLength(1);
    expect(about('data/missions/test.json › [1] (bravo) › acronym: must start with a letter or digit')).toHaveLength(1);
    expect(about('data/missions/test.json › [2]')).toEqual([]);
    expect(about('data/terms.json › terms[0].acronym: must start with a letter or digit')).toHaveLength(1);
  });

  it('rejects references to unknown missions (related, sharedBy, glossary missionId)', () => {
    const term = {
      id: 'zulu',
      kind: 'abbreviation',
      acronym: 'ZULU',
      expansion: { nl: 'Zulu', en: 'Zulu' },
      explanation: { nl: 'Test.', en: 'Test.' },
      missionId: 'nowhere',
      sources: [],
      case: 'exact',
    };
    const problems = problemsOf(
      raw(
        {
          'missions/a.json': [
            {
              ...craftMission('alpha', 'ALPHA'),
              related: ['ghost'],
              aliases: [{ ...zulu, sharedBy: ['alpha', 'phantom'] }],
            },
          ],
        },
        { terms: [term] },
      ),
    );
    expect(problems).toContain('mission alpha › related: unknown mission "ghost"');
    expect(problems).toContain('mission alpha › aliases[0].sharedBy: unknown mission "phantom"');
    expect(problems).toContain('term zulu › missionId: unknown mission "nowhere"');
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Facts pinned by hand: expected values read in the seeds
// ---------------------------------------------------------------------------------------------

/** A test named by its quote; the quote must be in the seed as written (whitespace aside). */
function pinned(doc: SeedFile, quote: string, claim: string, check: () => void): void {
  it(`"${quote}" (${short(doc)}) → ${claim}`, () => {
    expect(seed(doc).includes(normalizeWhitespace(quote)), `quote not found in ${doc}`).toBe(true);
    check();
  });
}

function deployed(id: string, period: string) {
  const entry = deployedEntries(mission(id), period)[0];
  if (!entry) throw new Error(`${id} has no deployed entry for ${period}`);
  return entry.value;
}

function frameworksFrom(id: string, doc: SeedFile) {
  return mission(id).nationalFramework.filter((e) => e.sources.some((s) => s.doc === doc));
}

const END_JUNE_2028 = ['2028-06', '2028-06-30'];
const END_MAY_2025 = ['2025-05', '2025-05-31'];
const P2025 = '2024-05/2025-04';
const P2023 = '2022-01/2023-04';

describe('5. pinned facts', () => {
  pinned(D001, 'UNTSO 12 22 22', `UNTSO deployed 22 military in ${P2025}, framework 12`, () => {
    expect(deployed('untso', P2025)).toMatchObject({ military: 22, total: 22 });
    expect(frameworksFrom('untso', D001)[0]?.value.military).toBe(12);
  });

  pinned(D003, 'UNTSO 12 28 28', `UNTSO deployed 28 military in ${P2023}`, () => {
    expect(deployed('untso', P2023)).toMatchObject({ military: 28, total: 28 });
  });

  pinned(
    D001,
    'Per 31 december 2024 is de Nederlandse bijdrage en het nationaal kader voor EMASoH beëindigd.',
    'EMASoH has ended; its newest framework runs to 2024-12-31',
    () => {
      expect(mission('emasoh').status).toBe('ended');
      expect(mission('emasoh').nationalFramework[0]?.value.until).toBe('2024-12-31');
    },
  );

  pinned(D001, 'EMASOH (t/m juni 2024) 8 6 6', `EMASoH framework 8, deployed 6 in ${P2025}`, () => {
    expect(frameworksFrom('emasoh', D001).some((e) => e.value.military === 8)).toBe(true);
    expect(deployed('emasoh', P2025)).toMatchObject({ military: 6, total: 6 });
  });

  pinned(D001, 'Door het eindigen van MINUSMA in 2023', 'MINUSMA has ended', () => {
    expect(mission('minusma').status).toBe('ended');
  });

  pinned(
    D003,
    'MINUSMA (inclusief C-130 detachement) 6 (+90) 10 26612 11 277',
    `MINUSMA deployed 266 military + 11 civil/IPO = 277 in ${P2023}, framework 6 (+ circa 90 for the C-130 detachment of November 2021 – May 2022) and 10`,
    () => {
      expect(deployed('minusma', P2023)).toMatchObject({ military: 266, civilPolice: 11, total: 277 });
      const frameworks = frameworksFrom('minusma', D003);
      expect(frameworks[0]?.value).toMatchObject({ military: 6, civilPolice: 10, until: '2024-06-30' });
      expect(frameworks.some((e) => e.value.military === 96)).toBe(false);
      expect(
        frameworks.some((e) => e.value.military === 90 && e.value.qualifier === 'circa' && e.value.until === '2022-05'),
      ).toBe(true);
    },
  );

  pinned(
    D000,
    'Het kabinet zal een personele bijdrage leveren van één persoon aan de Pacific Security Maritime Exchange/Enforcement Coordination Cell (PSMX/ECC).',
    'PSMX/ECC is planned, with a framework of one person',
    () => {
      const psmx = mission('psmx');
      expect(psmx.status).toBe('planned');
      const f = psmx.nationalFramework[0]?.value;
      expect(f?.total ?? f?.military ?? f?.civilPolice).toBe(1);
    },
  );

  pinned(
    D002,
    'Dit moet zijn tot en met eind juni 2028, gelijk aan de overige nationale kaders in de brief.',
    "Aspides: 002's correction (framework to end June 2028, with a note) precedes 000's erroneous end of May 2025",
    () => {
      const history = mission('eunavfor-aspides').nationalFramework;
      const corrected = history.findIndex((e) => e.sources.some((s) => s.doc === D002));
      const erroneous = history.findIndex(
        (e) => e.sources.some((s) => s.doc === D000) && !e.sources.some((s) => s.doc === D002),
      );
      expect(corrected).toBeGreaterThanOrEqual(0);
      expect(END_JUNE_2028).toContain(history[corrected]?.value.until);
      expect(history[corrected]?.note).toBeDefined();
      expect(erroneous).toBeGreaterThan(corrected);
      expect(END_MAY_2025).toContain(history[erroneous]?.value.until);
    },
  );

  pinned(
    D001,
    'EUNAVFOR Aspides UNCLOS 28 februari 2026 30 juni 2028',
    'Aspides: legal basis UNCLOS, newest framework to 2028-06-30, a mandate end of 2026-02-28 as of 2025-05',
    () => {
      const aspides = mission('eunavfor-aspides');
      expect(aspides.legalBasis[0]?.value).toContain('UNCLOS');
      expect(aspides.nationalFramework[0]?.value.until).toBe('2028-06-30');
      expect(aspides.internationalMandateEnd.some((e) => e.value === '2026-02-28' && e.asOf === '2025-05')).toBe(true);
    },
  );

  pinned(
    D001,
    'Op 18 februari is het mandaat van Aspides met een jaar verlengd tot 1 februari 2026',
    "Aspides: the text's mandate end 2026-02-01 is kept beside the table's 2026-02-28",
    () => {
      expect(
        mission('eunavfor-aspides').internationalMandateEnd.some(
          (e) => e.value === '2026-02-01' && e.asOf === '2025-05',
        ),
      ).toBe(true);
    },
  );

  pinned(
    D002,
    'De Nederlandse bijdrage is eerder verlengd tot 9 juli 2025',
    "Poseidon Archer: 002's correction (to 2025-07-09, with a note) precedes 000's end of May 2025; newest is 2025-07-09",
    () => {
      const history = mission('operation-poseidon-archer').nationalFramework;
      const corrected = history.findIndex((e) => e.sources.some((s) => s.doc === D002));
      const erroneous = history.findIndex(
        (e) => e.sources.some((s) => s.doc === D000) && !e.sources.some((s) => s.doc === D002),
      );
      expect(history[corrected]?.value.until).toBe('2025-07-09');
      expect(history[corrected]?.note).toBeDefined();
      expect(erroneous).toBeGreaterThan(corrected);
      expect(END_MAY_2025).toContain(history[erroneous]?.value.until);
      expect(history[0]?.value.until).toBe('2025-07-09');
    },
  );

  pinned(
    D001,
    'Operatie Poseidon Archer VN Handvest art. 51 Onbepaald 9 juli 2025',
    'Poseidon Archer: legal basis UN Charter art. 51, mandate indefinite',
    () => {
      const opa = mission('operation-poseidon-archer');
      expect(opa.legalBasis[0]?.value).toMatch(/51/u);
      expect(opa.internationalMandateEnd[0]?.value).toBe('indefinite');
    },
  );

  pinned(D001, 'OSC, voorheen USSC', 'OSC carries its former name USSC as an alias', () => {
    expect(mission('osc').aliases.map((a) => a.text)).toContain('USSC');
  });

  pinned(D001, 'OSC 4 3', `OSC framework 4 military + 3 civil/police; deployed 8 + 2 = 10 in ${P2025}`, () => {
    expect(deployed('osc', P2025)).toMatchObject({ military: 8, civilPolice: 2, total: 10 });
    expect(frameworksFrom('osc', D001).some((e) => e.value.military === 4 && e.value.civilPolice === 3)).toBe(true);
  });

  pinned(D003, 'USSC 4 3 8 5 13', `OSC (then USSC) deployed 8 + 5 = 13 in ${P2023}`, () => {
    expect(deployed('osc', P2023)).toMatchObject({ military: 8, civilPolice: 5, total: 13 });
  });

  pinned(
    D001,
    'Het UNIFIL-mandaat is unaniem verlengd tot 31 augustus 2025 (VNVR-resolutie 2749).',
    "UNIFIL: the text's 2025-08-31 / resolution 2749 come first, the table's 2024-08-31 / 2695 are kept (same asOf)",
    () => {
      const unifil = mission('unifil');
      expect(unifil.internationalMandateEnd[0]?.value).toBe('2025-08-31');
      expect(unifil.legalBasis[0]?.value).toContain('2749');
      expect(unifil.internationalMandateEnd.some((e) => e.value === '2024-08-31' && e.asOf === '2025-05')).toBe(true);
      expect(unifil.legalBasis.some((e) => e.value.includes('2695') && e.asOf === '2025-05')).toBe(true);
    },
  );

  pinned(
    D003,
    'UNDOF (Golan) VNVR-resolutie 2394 30 juni 2022 15 augustus 2023',
    'UNDOF framework (2023-05) runs to 2023-08-15',
    () => {
      expect(frameworksFrom('undof', D003).some((e) => e.value.until === '2023-08-15')).toBe(true);
    },
  );

  pinned(
    D003,
    'De einddatum van de Nederlandse bijdrage is in goed overleg met de VN vastgesteld op augustus 2023.',
    'the Dutch contribution to UNDOF has ended',
    () => {
      expect(mission('undof').status).toBe('ended');
    },
  );

  pinned(
    D003,
    'Nederland heeft sinds januari 2023 geen nationaal kader meer voor deelname aan Taakgroep Takuba',
    'Takuba has ended',
    () => {
      expect(mission('takuba').status).toBe('ended');
    },
  );

  pinned(
    D003,
    'het nationale kader van EUTM Mali (6 personen)',
    'EUTM Mali: the text\'s framework of 6 and the table\'s "EUTM Mali13 5 21 21" (5) are both kept for 2023-05; deployed 21',
    () => {
      expect(seed(D003)).toContain('EUTM Mali13 5 21 21');
      const of2023 = mission('eutm-mali')
        .nationalFramework.filter((e) => e.asOf === '2023-05')
        .map((e) => e.value);
      expect(of2023.some((f) => f.total === 6 || f.military === 6)).toBe(true);
      expect(of2023.some((f) => f.military === 5)).toBe(true);
      expect(deployed('eutm-mali', P2023)).toMatchObject({ military: 21, total: 21 });
    },
  );

  pinned(
    D001,
    'KFOR VNVR-resolutie 1244 Onbepaald 30 april 2026',
    'KFOR framework to 2026-04-30, mandate indefinite',
    () => {
      const kfor = mission('kfor');
      expect(frameworksFrom('kfor', D001).some((e) => e.value.until === '2026-04-30')).toBe(true);
      expect(kfor.internationalMandateEnd.some((e) => e.value === 'indefinite' && e.asOf === '2025-05')).toBe(true);
      expect(kfor.legalBasis[0]?.value).toContain('1244');
    },
  );

  pinned(D001, 'VPD 121 0 0', `VPD framework 121, none deployed in ${P2025}`, () => {
    expect(frameworksFrom('vpd', D001).some((e) => e.value.military === 121)).toBe(true);
    expect(deployed('vpd', P2025)).toMatchObject({ total: 0 });
  });

  pinned(
    D001,
    'Sinds 1 februari 2025 levert Nederland geen bijdrage meer aan OPG',
    'Prosperity Guardian has ended',
    () => {
      expect(mission('operation-prosperity-guardian').status).toBe('ended');
    },
  );

  pinned(
    D002,
    'Nederland heeft momenteel een nationaal kader van vijf personen: twee civiel experts en drie politiefunctionarissen.',
    'EUPOL COPPS framework (002): five civilians and police officers, no military',
    () => {
      const f = frameworksFrom('eupol-copps', D002)[0]?.value;
      expect(f).toBeDefined();
      expect(f?.civilPolice ?? f?.total).toBe(5);
      expect(zero(f?.military)).toBe(0);
    },
  );

  pinned(D001, 'GPOI 4 8 8', `GPOI framework 4, deployed 8 in ${P2025}`, () => {
    expect(frameworksFrom('gpoi', D001).some((e) => e.value.military === 4)).toBe(true);
    expect(deployed('gpoi', P2025)).toMatchObject({ military: 8, total: 8 });
  });

  pinned(
    D000,
    'In Zuid-Soedan stopt het kabinet de Nederlandse bijdrage aan de VN-missie in Zuid-Soedan (UNMISS).',
    'the Dutch contribution to UNMISS has ended',
    () => {
      expect(mission('unmiss').status).toBe('ended');
    },
  );
});
