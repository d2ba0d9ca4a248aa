import { describe, expect, it } from 'vitest';
import { missions } from '../../../data/dataset';
import type { NationalFramework, Sourced } from '../../../data/schema';
import { frameworkInForce, frameworksFrom, inForceIndex, periodHolds } from '../../../lib/format/framework-in-force';

const ref = { doc: '000_da575aca147779fa.txt' as const, quote: 'een citaat als voorbeeld' };

function entry(total: number, asOf: string, period?: NationalFramework['period']): Sourced<NationalFramework> {
  const value: NationalFramework = {
    military: null,
    civilPolice: null,
    total,
    qualifier: 'exact',
    perYear: false,
    note: null,
    until: null,
  };
  return { value: period ? { ...value, period } : value, asOf, sources: [ref] };
}

function mission(id: string) {
  const m = missions.find((x) => x.id === id);
  if (!m) throw new Error(`${id} missing from the dataset`);
  return m;
}

describe('periodHolds', () => {
  const plan = { from: '2025', to: '2028-06' };
  it('includes both ends, each as a whole year, month or day', () => {
    expect(periodHolds(plan, new Date(2025, 0, 1))).toBe(true);
    expect(periodHolds(plan, new Date(2028, 5, 30))).toBe(true);
    expect(periodHolds(plan, new Date(2024, 11, 31))).toBe(false);
    expect(periodHolds(plan, new Date(2028, 6, 1))).toBe(false);
  });

  it('leaves an end the quotes do not state open', () => {
    expect(periodHolds({ to: '2025-05' }, new Date(1990, 0, 1))).toBe(true);
    expect(periodHolds({ to: '2025-05' }, new Date(2025, 5, 1))).toBe(false);
    expect(periodHolds({ from: '2024-05' }, new Date(2040, 0, 1))).toBe(true);
    expect(periodHolds({ from: '2024-05' }, new Date(2024, 3, 30))).toBe(false);
  });
});

describe('frameworkInForce', () => {
  // Newest first, as the dataset keeps it: a report on May 2024 to April 2025, then the plan.
  const report = entry(6, '2025-05', { from: '2024-05', to: '2025-04' });
  const plan = entry(10, '2025-04-04', { from: '2025', to: '2028-06' });
  const older = entry(3, '2023-05');

  it('puts the plan first once the report’s period is over, and the report while it runs', () => {
    expect(frameworkInForce([report, plan, older], new Date(2026, 11, 5))).toBe(plan);
    expect(frameworkInForce([report, plan, older], new Date(2024, 11, 1))).toBe(report);
  });

  it('takes the newest where two periods hold the day', () => {
    expect(frameworkInForce([report, plan], new Date(2025, 2, 1))).toBe(report);
  });

  it('falls back on the newest where no period holds the day, or no entry has one', () => {
    expect(frameworkInForce([report, plan, older], new Date(2030, 0, 1))).toBe(report);
    expect(frameworkInForce([older], new Date(2026, 0, 1))).toBe(older);
    expect(frameworkInForce([], new Date(2026, 0, 1))).toBeUndefined();
    expect(inForceIndex([older], new Date(2026, 0, 1))).toBe(-1);
  });

  it('keeps the entries after the one in force, so a correction still meets what it corrects', () => {
    expect(frameworksFrom([report, plan, older], new Date(2026, 11, 5))).toEqual([plan, older]);
    expect(frameworksFrom([report, plan, older], new Date(2030, 0, 1))).toEqual([report, plan, older]);
  });
});

describe('the dataset’s frameworks in December 2026', () => {
  const today = new Date(2026, 11, 5);

  it('shows UNTSO’s plan from the letter of 4 April 2025 before the May 2025 report’s table', () => {
    const history = mission('untso').nationalFramework;
    expect(history[0]?.asOf).toBe('2025-05');
    const shown = frameworkInForce(history, today);
    expect(shown?.asOf).toBe('2025-04-04');
    expect(shown?.value.period).toEqual({ from: '2025', to: '2028-06' });
  });

  it('shows Aspides’ corrected framework (to the end of June 2028), with the letter’s mistaken one after it', () => {
    const shown = frameworksFrom(mission('eunavfor-aspides').nationalFramework, today);
    expect(shown.map((e) => e.asOf)).toEqual(['2025', '2025-04-04']);
    expect(shown[0]?.value.until).toBe('2028-06');
  });
});
