/**
 * Head counts of national frameworks and deployed personnel: `'none'` (the source's table leaves the
 * cell empty or writes `-`) against `null` (the source gives no figure for that category).
 *
 * A `'none'` rests on a Bijlage 2 row of 001 or 003. The rows and their cells are transcribed by hand
 * in tests/data/fixtures/annex-rows.ts (checked there against the seed, and against each table's
 * Totaal row), so each `'none'` is compared with the cell it stands for, never with the JSON itself.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawDataset } from '../../build/dataset/read-dataset-files';
import { parseDataset } from '../../build/dataset/validate-dataset';
import { normalizeWhitespace } from '../../build/provenance/normalize-text';
import type { Count, Mission, SourceRef } from '../../data/schema';
import { ANNEX_TABLES, type AnnexRow, type Bijlage2Numbers } from './fixtures/annex-rows';

const missions = parseDataset(readRawDataset(join(process.cwd(), 'data'))).missions;

type CountKey = 'military' | 'civilPolice' | 'total';
type Counts = { military: Count; civilPolice: Count; total: Count };
type Field = 'nationalFramework' | 'deployed';
type Entry = { mission: Mission; field: Field; index: number; counts: Counts; sources: SourceRef[] };

const entries: Entry[] = missions.flatMap((mission) =>
  (['nationalFramework', 'deployed'] as const).flatMap((field) =>
    mission[field].map((e, index) => ({ mission, field, index, counts: e.value, sources: e.sources })),
  ),
);

const name = (e: Entry) => `${e.mission.id} › ${e.field}[${e.index}]`;

/** The Bijlage 2 rows with the document they are in. */
const tableRows = ANNEX_TABLES.filter((t) => t.annex === 'Bijlage 2').flatMap((t) =>
  t.items.flatMap((item) => (typeof item === 'string' ? [] : [{ doc: t.doc, row: item }])),
);

/** The Bijlage 2 row an entry cites: a source from the row's document whose quote is (part of) that row. */
function citedRow(e: Entry): AnnexRow | undefined {
  const found = tableRows.filter(({ doc, row }) =>
    e.sources.some((s) => {
      const quote = normalizeWhitespace(s.quote);
      return s.doc === doc && quote.length >= row.label.length && row.text.includes(quote);
    }),
  );
  if (found.length > 1) throw new Error(`${name(e)} cites more than one Bijlage 2 row`);
  return found[0]?.row;
}

/**
 * The cells of a row for an entry: framework military and civil/police (columns 1–2), or deployed
 * military, civil/police and total (columns 3–5). A blank or `-` cell (null in the fixture) is none.
 */
function cellsFor(field: Field, numbers: Bijlage2Numbers, row?: AnnexRow): Partial<Record<CountKey, Count>> {
  const cell = (n: number | null): Count => n ?? 'none';
  if (field === 'nationalFramework')
    return { military: cell(row?.frameworkSplit?.recorded ?? numbers[0]), civilPolice: cell(numbers[1]) };
  return { military: cell(numbers[2]), civilPolice: cell(numbers[3]), total: cell(numbers[4]) };
}

const asNumber = (n: number | 'none'): number => (n === 'none' ? 0 : n);

describe("counts: 'none' where a table leaves the cell empty, null where nothing is stated", () => {
  it('every entry citing a Bijlage 2 row has its cells: the number, or none where the cell is blank or "-"', () => {
    const problems: string[] = [];
    for (const e of entries) {
      const row = citedRow(e);
      if (!row?.numbers) continue;
      for (const [key, cell] of Object.entries(cellsFor(e.field, row.numbers, row)) as [CountKey, Count][]) {
        if (e.counts[key] !== cell)
          problems.push(`${name(e)}.${key}: ${JSON.stringify(e.counts[key])}, but "${row.text}" gives ${cell}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("a 'none' is only used on an entry that cites a Bijlage 2 row, for a part whose cell is blank", () => {
    const problems: string[] = [];
    for (const e of entries) {
      const none = (['military', 'civilPolice', 'total'] as const).filter((k) => e.counts[k] === 'none');
      if (none.length === 0) continue;
      const row = citedRow(e);
      if (!row?.numbers) {
        problems.push(`${name(e)}: ${none.join(', ')} 'none' without a cited Bijlage 2 row`);
        continue;
      }
      const cells = cellsFor(e.field, row.numbers);
      for (const key of none) {
        // A framework total is not a column: it is none only where both parts are.
        const blank = key in cells ? cells[key] === 'none' : cells.military === 'none' && cells.civilPolice === 'none';
        if (!blank) problems.push(`${name(e)}.${key}: 'none', but "${row.text}" has a number there`);
      }
      const quoting = e.sources.filter((s) => row.text.includes(normalizeWhitespace(s.quote)));
      if (!quoting.some((s) => s.where?.startsWith('Bijlage 2')))
        problems.push(`${name(e)}: the row's source does not say it is from Bijlage 2`);
    }
    expect(problems).toEqual([]);
  });

  it('a part stated as a number adds up with the other part to the total (none counting as 0)', () => {
    const problems: string[] = [];
    for (const e of entries) {
      const { military, civilPolice, total } = e.counts;
      if (military === null || civilPolice === null || total === null) continue;
      if (asNumber(military) + asNumber(civilPolice) !== asNumber(total))
        problems.push(`${name(e)}: ${military} + ${civilPolice} ≠ ${total}`);
    }
    expect(problems).toEqual([]);
  });

  it("a total is 'none' exactly where both parts are, and is given wherever both parts are", () => {
    const problems: string[] = [];
    for (const e of entries) {
      const { military, civilPolice, total } = e.counts;
      const bothNone = military === 'none' && civilPolice === 'none';
      if ((total === 'none') !== bothNone)
        problems.push(`${name(e)}: total ${total} with ${military} + ${civilPolice}`);
      if (military !== null && civilPolice !== null && total === null) problems.push(`${name(e)}: total not given`);
    }
    expect(problems).toEqual([]);
  });

  it('a part is never more than the total', () => {
    const problems: string[] = [];
    for (const e of entries) {
      const { total } = e.counts;
      if (typeof total !== 'number') continue;
      for (const key of ['military', 'civilPolice'] as const) {
        const n = e.counts[key];
        if (typeof n === 'number' && n > total) problems.push(`${name(e)}.${key}: ${n} > total ${total}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the dataset uses both: none from the tables, not stated from the texts', () => {
    // 001 Bijlage 2, "UNIFIL 1 2 2": no civil/police cell. 000: "UNIFIL met één persoon", no breakdown.
    const unifil = missions.find((m) => m.id === 'unifil');
    expect(unifil?.nationalFramework.map((f) => [f.asOf, f.value.military, f.value.civilPolice])).toEqual([
      ['2025-05', 1, 'none'],
      ['2025-04-04', null, null],
      ['2023-05', 1, 'none'],
    ]);
    expect(unifil?.deployed.map((d) => d.value.civilPolice)).toEqual(['none', 'none']);
  });
});
