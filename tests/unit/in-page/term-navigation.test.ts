import { describe, expect, it } from 'vitest';
import { countTerms, firstIndexFrom, stepIndex } from '../../../lib/in-page/term-navigation';

describe('stepIndex', () => {
  it('starts at the first term going forward and the last going back', () => {
    expect(stepIndex(null, 3, 1)).toBe(0);
    expect(stepIndex(null, 3, -1)).toBe(2);
  });
  it('wraps around at both ends', () => {
    expect(stepIndex(2, 3, 1)).toBe(0);
    expect(stepIndex(0, 3, -1)).toBe(2);
  });
  it('has nowhere to go on a page without terms', () => {
    expect(stepIndex(null, 0, 1)).toBeNull();
  });
});

describe('firstIndexFrom', () => {
  it('finds the first term at or below the viewport top', () => {
    expect(firstIndexFrom([10, 500, 900], 400)).toBe(1);
  });
  it('falls back to the first term when all are above', () => {
    expect(firstIndexFrom([10, 20], 400)).toBe(0);
  });
});

describe('countTerms', () => {
  it('counts each mission once per occurrence, in order of first appearance, skipping unresolved stems', () => {
    expect(countTerms(['unifil', 'kfor', null, 'unifil'])).toEqual([
      { id: 'unifil', count: 2, firstIndex: 0 },
      { id: 'kfor', count: 1, firstIndex: 1 },
    ]);
  });
});
