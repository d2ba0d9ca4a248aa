import { describe, expect, it } from 'vitest';
import { missions } from '../../../data/dataset';
import type { MandateEnd, Mission, NationalFramework, PartialDate } from '../../../data/schema';
import {
  buildTimeline,
  type FrameworkRow,
  formatPartialDate,
  type MandateRow,
  partialDateEnd,
  partialDateStart,
} from '../../../lib/timeline';
import { fakeMission } from '../search/fixtures';

const source = { doc: '001_538d6e1628be61ba.txt' as const, quote: 'een citaat uit de bron' };

function framework(asOf: PartialDate, until: NationalFramework['until']) {
  const value: NationalFramework = {
    military: 2,
    civilPolice: null,
    total: 2,
    qualifier: 'exact',
    perYear: false,
    note: null,
    until,
  };
  return { value, asOf, sources: [source, source] };
}

function mandate(asOf: PartialDate, value: MandateEnd) {
  return { value, asOf, sources: [source] };
}

function withFacts(facts: Partial<Pick<Mission, 'nationalFramework' | 'internationalMandateEnd'>>): Mission {
  return { ...fakeMission({ id: 'test', acronym: 'TEST' }), ...facts };
}

const TODAY = new Date(2025, 8, 15); // 15 September 2025, local time

describe('partial dates', () => {
  it('read as the first and last day of the span they name', () => {
    expect(partialDateStart('2025')).toBe(Date.UTC(2025, 0, 1));
    expect(partialDateEnd('2025')).toBe(Date.UTC(2025, 11, 31));
    expect(partialDateStart('2025-05')).toBe(Date.UTC(2025, 4, 1));
    expect(partialDateEnd('2028-06')).toBe(Date.UTC(2028, 5, 30));
    expect(partialDateEnd('2024-02')).toBe(Date.UTC(2024, 1, 29));
    expect(partialDateStart('2025-04-04')).toBe(Date.UTC(2025, 3, 4));
    expect(partialDateEnd('2025-04-04')).toBe(Date.UTC(2025, 3, 4));
  });

  it('format as precisely as they are', () => {
    expect(formatPartialDate('2025', 'nl')).toBe('2025');
    expect(formatPartialDate('2025-05', 'nl')).toBe('mei 2025');
    expect(formatPartialDate('2025-05', 'en')).toBe('May 2025');
    expect(formatPartialDate('2025-04-04', 'nl')).toBe('4 apr 2025');
    expect(formatPartialDate('2025-04-04', 'en')).toBe('4 Apr 2025');
  });
});

describe('buildTimeline', () => {
  it('is null for a mission with neither a framework nor a mandate end', () => {
    expect(buildTimeline(withFacts({}), TODAY)).toBeNull();
  });

  it('spans whole years from the earliest date to the latest, today included', () => {
    const t = buildTimeline(withFacts({ nationalFramework: [framework('2023-05', '2024-07-31')] }), TODAY);
    expect(t?.domain).toEqual({ start: Date.UTC(2023, 0, 1), end: Date.UTC(2026, 0, 1) });
    expect(t?.ticks.map((tick) => tick.year)).toEqual([2023, 2024, 2025, 2026]);
    // The last tick closes the axis and has no label of its own.
    expect(t?.ticks.at(-1)?.labelX).toBeNull();
    expect(t?.ticks[0]?.x).toBe(t?.plot.left);
    expect(t?.ticks.at(-1)?.x).toBe(t?.plot.right);
  });

  it('puts a framework bar from its source date to its end, and today where it belongs', () => {
    const t = buildTimeline(withFacts({ nationalFramework: [framework('2024-01', '2025-12-31')] }), TODAY, {
      width: 308,
      labelWidth: 0,
    });
    // 300 px for the years 2024 and 2025: 150 px a year.
    expect(t?.plot).toMatchObject({ left: 0, right: 300 });
    const row = t?.groups[0]?.rows[0] as FrameworkRow;
    expect(row).toMatchObject({ kind: 'framework', x1: 0, open: false, endedBeforeSource: false });
    expect(row.x2).toBeCloseTo(300 - 150 / 365, 0);
    expect(t?.today.x).toBeCloseTo(150 + (150 * (31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 14)) / 365, 0);
    expect(row.docs).toEqual(['001_538d6e1628be61ba.txt']);
  });

  it('runs an ongoing framework, or one without an end, to the right edge', () => {
    const t = buildTimeline(
      withFacts({ nationalFramework: [framework('2025-05', 'ongoing'), framework('2023-05', null)] }),
      TODAY,
    );
    for (const row of (t?.groups[0]?.rows ?? []) as FrameworkRow[]) {
      expect(row.open).toBe(true);
      expect(row.x2).toBe(t?.plot.right);
      expect(row.x1).toBeLessThan(row.x2);
    }
  });

  it('shows only the end of a framework that had ended before the source reported it', () => {
    const t = buildTimeline(withFacts({ nationalFramework: [framework('2023-05', '2022-07-31')] }), TODAY);
    const row = t?.groups[0]?.rows[0] as FrameworkRow;
    expect(row.endedBeforeSource).toBe(true);
    expect(row.x1).toBe(row.x2);
    expect(row.x2).toBeLessThan(row.xSource);
    expect(t?.domain.start).toBe(Date.UTC(2022, 0, 1));
  });

  it('marks a mandate end, and none for an indefinite mandate', () => {
    const t = buildTimeline(
      withFacts({ internationalMandateEnd: [mandate('2025-05', '2025-08-31'), mandate('2023-05', 'indefinite')] }),
      TODAY,
    );
    const [dated, indefinite] = (t?.groups[0]?.rows ?? []) as MandateRow[];
    expect(t?.groups.map((g) => g.kind)).toEqual(['mandate']);
    expect(dated?.xEnd).toBeGreaterThan(dated?.xSource ?? Number.POSITIVE_INFINITY);
    expect(dated?.xEnd).toBeLessThan(t?.today.x ?? 0);
    expect(indefinite?.xEnd).toBeNull();
  });

  it('stacks the rows, framework group first, inside the plot, each row below the last', () => {
    const unifil = missions.find((m) => m.id === 'unifil');
    if (!unifil) throw new Error('unifil missing from the dataset');
    const t = buildTimeline(unifil, TODAY);
    if (!t) throw new Error('no timeline for UNIFIL');
    expect(t.groups.map((g) => [g.kind, g.rows.length])).toEqual([
      ['framework', unifil.nationalFramework.length],
      ['mandate', unifil.internationalMandateEnd.length],
    ]);
    const ys = t.groups.flatMap((g) => [g.y, ...g.rows.map((r) => r.y)]);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(Math.min(...ys)).toBeGreaterThan(t.plot.top);
    expect(Math.max(...ys)).toBeLessThan(t.plot.bottom);
    expect(t.height).toBeGreaterThan(t.plot.bottom);
    for (const row of t.groups.flatMap((g) => g.rows)) {
      const xs = row.kind === 'framework' ? [row.x1, row.x2] : [row.xSource, row.xEnd ?? t.plot.right];
      for (const x of xs) {
        expect(x).toBeGreaterThanOrEqual(t.plot.left);
        expect(x).toBeLessThanOrEqual(t.plot.right);
      }
    }
  });

  it('labels every other year when the years get narrow', () => {
    const t = buildTimeline(withFacts({ internationalMandateEnd: [mandate('2010', '2028-06')] }), TODAY, {
      width: 240,
      labelWidth: 40,
    });
    const labelled = t?.ticks.filter((tick) => tick.labelX !== null).map((tick) => tick.year) ?? [];
    expect(labelled[0]).toBe(2010);
    expect(labelled.length).toBeLessThan(19);
    expect(labelled[1]).toBeGreaterThan(2011);
  });

  it('gives every mission in the dataset a drawable timeline or none', () => {
    for (const m of missions) {
      const t = buildTimeline(m, TODAY);
      if (m.nationalFramework.length === 0 && m.internationalMandateEnd.length === 0) {
        expect(t, m.id).toBeNull();
        continue;
      }
      expect(t, m.id).not.toBeNull();
      for (const value of [t?.today.x, ...(t?.ticks.map((tick) => tick.x) ?? [])]) {
        expect(Number.isFinite(value), m.id).toBe(true);
      }
    }
  });
});
