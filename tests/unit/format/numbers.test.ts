import { describe, expect, it } from 'vitest';
import { missions } from '../../../data/dataset';
import type { Deployed, NationalFramework } from '../../../data/schema';
import { deployedCounts, formatCount, formatNumber, frameworkCounts } from '../../../lib/format/numbers';

function mission(id: string) {
  const m = missions.find((x) => x.id === id);
  if (!m) throw new Error(`${id} missing from the dataset`);
  return m;
}

const texts = (parts: { label: string; text: string }[]) => parts.map((p) => `${p.label}: ${p.text}`);

describe('formatNumber and formatCount', () => {
  it('groups thousands the local way', () => {
    expect(formatNumber(1347, 'nl')).toBe('1.347');
    expect(formatNumber(1347, 'en')).toBe('1,347');
    expect(formatNumber(7, 'nl')).toBe('7');
  });

  it('keeps the qualifier the source uses', () => {
    expect(formatCount(12, 'circa', 'nl')).toBe('circa 12');
    expect(formatCount(15, 'max', 'nl')).toBe('maximaal 15');
    expect(formatCount(12, 'circa', 'en')).toBe('about 12');
    expect(formatCount(15, 'max', 'en')).toBe('at most 15');
    expect(formatCount(3, 'exact', 'nl')).toBe('3');
    expect(formatCount(0, 'exact', 'nl')).toBe('0');
  });

  it('says unknown for a count the source does not give, never a guessed number', () => {
    expect(formatCount(null, 'exact', 'nl')).toBe('onbekend');
    expect(formatCount(null, 'circa', 'nl')).toBe('onbekend');
    expect(formatCount(null, 'max', 'en')).toBe('not stated');
  });
});

describe('frameworkCounts', () => {
  it('gives military, civil-police and total, with unknown parts said as unknown', () => {
    // 000: "de EU-missie Aspides (circa tien staffunctionarissen)": a total only, about ten.
    const entry = mission('eunavfor-aspides').nationalFramework.find((e) => e.asOf === '2025-04-04');
    if (!entry) throw new Error('the 4 April 2025 framework of Aspides is missing');
    expect(texts(frameworkCounts(entry.value, 'nl'))).toEqual([
      'Militair: onbekend',
      'Civiel/politie: onbekend',
      'Totaal: circa 10',
    ]);
    expect(texts(frameworkCounts(entry.value, 'en'))).toEqual([
      'Military: not stated',
      'Civilian/police: not stated',
      'Total: about 10',
    ]);
  });

  it("gives the table's breakdown: Aspides in the 2025 report, 5 military and 1 civilian, 6 in all", () => {
    // 001, Bijlage 2: "EUNAVFOR Aspides 5 1 6 1 7".
    const newest = mission('eunavfor-aspides').nationalFramework[0];
    if (!newest) throw new Error('Aspides has no framework');
    const parts = frameworkCounts(newest.value, 'nl');
    expect(texts(parts)).toEqual(['Militair: 5', 'Civiel/politie: 1', 'Totaal: 6']);
    expect(parts.every((p) => p.known)).toBe(true);
  });

  it('applies "maximaal" to every stated number (crafted)', () => {
    const value: NationalFramework = {
      military: 15,
      civilPolice: null,
      total: 15,
      qualifier: 'max',
      perYear: true,
      note: null,
      until: null,
    };
    expect(texts(frameworkCounts(value, 'nl'))).toEqual([
      'Militair: maximaal 15',
      'Civiel/politie: onbekend',
      'Totaal: maximaal 15',
    ]);
  });
});

describe('deployedCounts', () => {
  it('gives the Bijlage 2 numbers exactly, with the thousands grouped', () => {
    const value: Deployed = { period: '2024-05/2025-04', military: 1333, civilPolice: 14, total: 1347, note: null };
    expect(texts(deployedCounts(value, 'nl'))).toEqual(['Militair: 1.333', 'Civiel/politie: 14', 'Totaal: 1.347']);
  });
});
