import { describe, expect, it } from 'vitest';
import {
  endDateOf,
  formatDate,
  formatMandateEnd,
  formatPeriod,
  formatUntil,
  hasPassed,
} from '../../../lib/format/dates';

describe('formatDate', () => {
  it('writes a full date in words, in Dutch and English', () => {
    expect(formatDate('2028-06-30', 'nl')).toBe('30 juni 2028');
    expect(formatDate('2028-06-30', 'en')).toBe('30 June 2028');
    expect(formatDate('2025-04-04', 'nl')).toBe('4 april 2025');
  });

  it('is no more precise than the source: a month, or only a year', () => {
    expect(formatDate('2025-05', 'nl')).toBe('mei 2025');
    expect(formatDate('2025-05', 'en')).toBe('May 2025');
    expect(formatDate('2017', 'nl')).toBe('2017');
    expect(formatDate('2017', 'en')).toBe('2017');
  });

  it('does not shift a day in time zones far from UTC', () => {
    // The formatter works in UTC; 1 January must stay 1 January (and the year must not slip back).
    expect(formatDate('2025-01-01', 'nl')).toBe('1 januari 2025');
    expect(formatDate('2024-12-31', 'en')).toBe('31 December 2024');
  });
});

describe('end values', () => {
  it('says until a date, ongoing, or that the end is not stated', () => {
    expect(formatUntil('2028-06-30', 'nl')).toBe('t/m 30 juni 2028');
    expect(formatUntil('2028-06-30', 'en')).toBe('until 30 June 2028');
    expect(formatUntil('2028-06', 'nl')).toBe('t/m juni 2028');
    expect(formatUntil('ongoing', 'nl')).toBe('doorlopend');
    expect(formatUntil('ongoing', 'en')).toBe('ongoing');
    expect(formatUntil(null, 'nl')).toBe('einddatum niet vermeld');
    expect(formatUntil(null, 'en')).toBe('end date not stated');
  });

  it('writes an indefinite mandate as such', () => {
    expect(formatMandateEnd('indefinite', 'nl')).toBe('onbepaald');
    expect(formatMandateEnd('indefinite', 'en')).toBe('indefinite');
    expect(formatMandateEnd('2024-12-31', 'nl')).toBe('31 december 2024');
  });

  it('finds the date in an end value, and none in the words', () => {
    expect(endDateOf('2028-06')).toBe('2028-06');
    expect(endDateOf('ongoing')).toBeNull();
    expect(endDateOf('indefinite')).toBeNull();
    expect(endDateOf(null)).toBeNull();
  });

  it('writes a reporting period from month to month', () => {
    expect(formatPeriod('2024-05/2025-04', 'nl')).toBe('mei 2024 t/m april 2025');
    expect(formatPeriod('2024-05/2025-04', 'en')).toBe('May 2024 to April 2025');
  });
});

describe('hasPassed', () => {
  it('passes a month only when the whole month has', () => {
    expect(hasPassed('2025-07', new Date(2025, 6, 31, 23, 59))).toBe(false);
    expect(hasPassed('2025-07', new Date(2025, 7, 1))).toBe(true);
  });

  it('passes a year only when the whole year has', () => {
    expect(hasPassed('2024', new Date(2024, 11, 31))).toBe(false);
    expect(hasPassed('2024', new Date(2025, 0, 1))).toBe(true);
  });

  it('passes a day on the day after it', () => {
    expect(hasPassed('2024-12-31', new Date(2024, 11, 31, 18))).toBe(false);
    expect(hasPassed('2024-12-31', new Date(2025, 0, 1))).toBe(true);
  });

  it("uses the injected today: Atalanta's mandate end (31 December 2024)", () => {
    expect(hasPassed('2024-12-31', new Date(2026, 10, 23))).toBe(true);
    expect(hasPassed('2024-12-31', new Date(2024, 5, 1))).toBe(false);
  });

  it('handles February in a leap year', () => {
    expect(hasPassed('2024-02', new Date(2024, 1, 29))).toBe(false);
    expect(hasPassed('2024-02', new Date(2024, 2, 1))).toBe(true);
  });
});
