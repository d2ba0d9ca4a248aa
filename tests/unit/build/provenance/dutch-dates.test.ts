import { describe, expect, it } from 'vitest';
import { textStatesDate } from '../../../../build/provenance/dutch-dates';

describe('textStatesDate', () => {
  it('finds a full date written in Dutch words', () => {
    expect(textStatesDate('UNIFIL VNVR-resolutie 2695 31 augustus 2024 30 juni 2028', '2024-08-31')).toBe(true);
  });

  it('finds a numeric date', () => {
    expect(textStatesDate('loopt tot 31-12-2024', '2024-12-31')).toBe(true);
  });

  it('finds a month and year', () => {
    expect(textStatesDate('lopen tot en met juni 2028 tenzij anders aangegeven', '2028-06')).toBe(true);
  });

  it('rejects another day, month or year', () => {
    expect(textStatesDate('30 juni 2028', '2028-06-29')).toBe(false);
    expect(textStatesDate('30 juni 2028', '2028-07')).toBe(false);
    expect(textStatesDate('30 juni 2028', '2027')).toBe(false);
  });

  it('does not take "mei" inside another word for the month', () => {
    expect(textStatesDate('gemeiden 2025', '2025-05')).toBe(false);
  });
});
