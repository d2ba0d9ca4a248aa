import { describe, expect, it } from 'vitest';
import { dutchNumberWords, textStatesNumber } from '../../../../build/provenance/dutch-numbers';

describe('dutchNumberWords', () => {
  it.each([
    [1, 'één'],
    [5, 'vijf'],
    [12, 'twaalf'],
    [15, 'vijftien'],
    [20, 'twintig'],
    [25, 'vijfentwintig'],
    [22, 'tweeëntwintig'],
    [175, 'honderdvijfenzeventig'],
  ])('spells %i as %s', (n, word) => {
    expect(dutchNumberWords(n)).toContain(word);
  });

  it('accepts the seeds’ spelling of ë as é and plain e', () => {
    expect(dutchNumberWords(22)).toEqual(expect.arrayContaining(['tweeentwintig', 'tweeéntwintig']));
  });

  it('has no words outside 0–999', () => {
    expect(dutchNumberWords(1000)).toEqual([]);
    expect(dutchNumberWords(-1)).toEqual([]);
  });
});

describe('textStatesNumber', () => {
  it('finds digits on their own, not inside a longer number', () => {
    expect(textStatesNumber('UNTSO 12 22 22', 22)).toBe(true);
    expect(textStatesNumber('MINUSMA 26612', 266)).toBe(false);
    expect(textStatesNumber('in totaal 3393 mensen', 339)).toBe(false);
  });

  it('finds Dutch number words as whole words', () => {
    expect(textStatesNumber('met circa twaalf personen', 12)).toBe(true);
    expect(textStatesNumber('circa vijfentwintig militaire adviseurs', 25)).toBe(true);
    expect(textStatesNumber('vijftiende keer', 15)).toBe(false);
  });
});
