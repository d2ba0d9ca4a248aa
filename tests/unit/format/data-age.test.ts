import { describe, expect, it } from 'vitest';
import { isOlderThanAYear } from '../../../lib/format/data-age';

describe('isOlderThanAYear', () => {
  it('counts from the last day of a partial date', () => {
    // May 2025 ends on 31 May 2025: a year later is 31 May 2026.
    expect(isOlderThanAYear('2025-05', new Date(2026, 4, 31))).toBe(false);
    expect(isOlderThanAYear('2025-05', new Date(2026, 5, 1))).toBe(true);
    // "2025" runs to 31 December 2025.
    expect(isOlderThanAYear('2025', new Date(2026, 10, 23))).toBe(false);
    expect(isOlderThanAYear('2025', new Date(2027, 0, 1))).toBe(true);
  });

  it('takes a full date as that day', () => {
    expect(isOlderThanAYear('2025-04-04', new Date(2026, 3, 4))).toBe(false);
    expect(isOlderThanAYear('2025-04-04', new Date(2026, 3, 5))).toBe(true);
  });

  it('uses the local day of today, not the hour', () => {
    expect(isOlderThanAYear('2025-05', new Date(2026, 4, 31, 23, 59))).toBe(false);
  });
});
