import { describe, expect, it } from 'vitest';
import { missions } from '../../../data/dataset';
import type { Sourced } from '../../../data/schema';
import { disagreement, sameValue, shownEntries } from '../../../lib/format/disagreement';

function mission(id: string) {
  const m = missions.find((x) => x.id === id);
  if (!m) throw new Error(`${id} missing from the dataset`);
  return m;
}

const source = { doc: '001_538d6e1628be61ba.txt' as const, quote: 'een citaat uit de bron' };
const note = { nl: 'waarom het verschilt', en: 'why it differs' };

function entry<T>(value: T, asOf: string, withNote = false): Sourced<T> {
  return withNote ? { value, asOf, sources: [source], note } : { value, asOf, sources: [source] };
}

describe('disagreement in the dataset', () => {
  it('finds the table and the text of the 2025 report on UNIFIL (resolution 2749 versus 2695)', () => {
    // 001 § 2.3.1: "verlengd tot 31 augustus 2025 (VNVR-resolutie 2749)";
    // 001 Bijlage 1: "UNIFIL VNVR-resolutie 2695 31 augustus 2024 30 juni 2028".
    const unifil = mission('unifil');
    expect(disagreement(unifil.legalBasis)?.map((e) => e.value)).toEqual([
      'VNVR-resolutie 2749',
      'VNVR-resolutie 2695',
    ]);
    expect(disagreement(unifil.internationalMandateEnd)?.map((e) => e.value)).toEqual(['2025-08-31', '2024-08-31']);
  });

  it("shows UNIFIL's framework once: a later, more precise value without a note is no disagreement", () => {
    const unifil = mission('unifil');
    expect(disagreement(unifil.nationalFramework)).toBeNull();
    expect(shownEntries(unifil.nationalFramework)).toEqual([unifil.nationalFramework[0]]);
  });

  it('ignores a note on the second entry: it explains the third (EMASoH 2023, table versus text)', () => {
    expect(disagreement(mission('emasoh').nationalFramework)).toBeNull();
  });

  it('is no disagreement when two sources give the same value (Atalanta mandate end in 2023 and 2025)', () => {
    expect(disagreement(mission('eunavfor-atalanta').internationalMandateEnd)).toBeNull();
  });

  it('shows nothing for a history without entries', () => {
    expect(shownEntries(mission('nsatu').legalBasis)).toEqual([]);
  });
});

describe('disagreement rules (crafted)', () => {
  it('same date, different values: both', () => {
    const h = [entry('a', '2025-05'), entry('b', '2025-05')];
    expect(disagreement(h)).toEqual([h[0], h[1]]);
    expect(shownEntries(h)).toHaveLength(2);
  });

  it('different dates and values, with a note on the newer: both', () => {
    const h = [entry(3, '2025-05', true), entry(5, '2025-04-04'), entry(1, '2023-05')];
    expect(shownEntries(h)).toEqual([h[0], h[1]]);
  });

  it('different dates and values without a note: only the newest', () => {
    const h = [entry(3, '2025-05'), entry(5, '2025-04-04', true)];
    expect(shownEntries(h)).toEqual([h[0]]);
  });

  it('same values: only the newest, whatever the dates and notes', () => {
    const h = [entry({ a: 1, b: null }, '2025-05', true), entry({ b: null, a: 1 }, '2025-05')];
    expect(disagreement(h)).toBeNull();
  });

  it('a single entry: just that one', () => {
    const h = [entry('x', '2017')];
    expect(shownEntries(h)).toEqual(h);
  });
});

describe('sameValue', () => {
  it('compares JSON values by content', () => {
    expect(sameValue({ a: 1, n: { nl: 'x', en: 'y' } }, { n: { en: 'y', nl: 'x' }, a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue({ a: null }, { a: 0 })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue('2025', '2025')).toBe(true);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});
