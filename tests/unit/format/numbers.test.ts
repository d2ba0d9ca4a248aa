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

  it('says "niet vermeld" for a count the source does not give, never a guessed number', () => {
    expect(formatCount(null, 'exact', 'nl')).toBe('niet vermeld');
    expect(formatCount(null, 'circa', 'nl')).toBe('niet vermeld');
    expect(formatCount(null, 'max', 'en')).toBe('not stated');
  });

  it('says "geen" for a count the table leaves empty, without a qualifier, and keeps a written 0 as 0', () => {
    expect(formatCount('none', 'exact', 'nl')).toBe('geen');
    expect(formatCount('none', 'circa', 'nl')).toBe('geen');
    expect(formatCount('none', 'max', 'en')).toBe('none');
    expect(formatCount(0, 'exact', 'en')).toBe('0');
  });
});

describe('frameworkCounts', () => {
  it('gives military, civil-police and total, with parts the text does not give said as not stated', () => {
    // 000: "de EU-missie Aspides (circa tien staffunctionarissen)": a total only, about ten.
    const entry = mission('eunavfor-aspides').nationalFramework.find((e) => e.asOf === '2025-04-04');
    if (!entry) throw new Error('the 4 April 2025 framework of Aspides is missing');
    expect(texts(frameworkCounts(entry.value, 'nl'))).toEqual([
      'Militair: niet vermeld',
      'Civiel/politie: niet vermeld',
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
    expect(parts.every((p) => p.state === 'known')).toBe(true);
  });

  it('tells none (an empty table cell) from not stated (a text without that figure)', () => {
    // 001, Bijlage 2: "UNIFIL 1 2 2": framework 1 military, the civil/police cells empty.
    const table: NationalFramework = {
      military: 1,
      civilPolice: 'none',
      total: 1,
      qualifier: 'exact',
      perYear: false,
      note: null,
      until: '2028-06-30',
    };
    const parts = frameworkCounts(table, 'nl');
    expect(texts(parts)).toEqual(['Militair: 1', 'Civiel/politie: geen', 'Totaal: 1']);
    expect(parts.map((p) => p.state)).toEqual(['known', 'none', 'known']);
    expect(texts(frameworkCounts(table, 'en'))).toEqual(['Military: 1', 'Civilian/police: none', 'Total: 1']);

    // 000: "UNIFIL met één persoon": a total only, no breakdown.
    const text: NationalFramework = { ...table, military: null, civilPolice: null, qualifier: 'exact' };
    const unstated = frameworkCounts(text, 'nl');
    expect(texts(unstated)).toEqual(['Militair: niet vermeld', 'Civiel/politie: niet vermeld', 'Totaal: 1']);
    expect(unstated.map((p) => p.state)).toEqual(['notStated', 'notStated', 'known']);
  });

  it('says "geen" for every part of a framework the table gives as "-" and leaves empty (crafted)', () => {
    const value: NationalFramework = {
      military: 'none',
      civilPolice: 'none',
      total: 'none',
      qualifier: 'exact',
      perYear: false,
      note: null,
      until: 'ongoing',
    };
    const parts = frameworkCounts(value, 'en');
    expect(texts(parts)).toEqual(['Military: none', 'Civilian/police: none', 'Total: none']);
    expect(parts.every((p) => p.state === 'none')).toBe(true);
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
      'Civiel/politie: niet vermeld',
      'Totaal: maximaal 15',
    ]);
  });
});

describe('deployedCounts', () => {
  it('gives the Bijlage 2 numbers exactly, with the thousands grouped', () => {
    const value: Deployed = { period: '2024-05/2025-04', military: 1333, civilPolice: 14, total: 1347, note: null };
    expect(texts(deployedCounts(value, 'nl'))).toEqual(['Militair: 1.333', 'Civiel/politie: 14', 'Totaal: 1.347']);
  });

  it('says "geen" for an empty civil/police cell and keeps a written 0 (VPD in the 2025 report)', () => {
    // 001, Bijlage 2: "VPD 121 0 0": deployed military 0, civil/police cell empty, total 0.
    const value: Deployed = { period: '2024-05/2025-04', military: 0, civilPolice: 'none', total: 0, note: null };
    const parts = deployedCounts(value, 'nl');
    expect(texts(parts)).toEqual(['Militair: 0', 'Civiel/politie: geen', 'Totaal: 0']);
    expect(parts.map((p) => p.state)).toEqual(['known', 'none', 'known']);
  });

  it('says "niet vermeld" for a deployed part the source does not give (crafted)', () => {
    const value: Deployed = { period: '2022-01/2023-04', military: 21, civilPolice: null, total: 21, note: null };
    expect(texts(deployedCounts(value, 'en'))).toEqual(['Military: 21', 'Civilian/police: not stated', 'Total: 21']);
    expect(deployedCounts(value, 'en').map((p) => p.state)).toEqual(['known', 'notStated', 'known']);
  });
});
