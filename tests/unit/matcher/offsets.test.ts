import { describe, expect, it } from 'vitest';
import type { TermMatch } from '../../../lib/matcher';
import { generateMissionText } from '../../support/generate-mission-text';
import { fixtureMatcher } from './helpers';

const find = fixtureMatcher();

/** The invariants every result must keep, whatever the text. */
function expectWellFormed(text: string, matches: TermMatch[]): void {
  let previousEnd = 0;
  for (const m of matches) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.candidates.length).toBeGreaterThan(0);
    if (m.id !== null) expect(m.candidates).toEqual([m.id]);
    else expect(m.candidates.length).toBeGreaterThan(1);
    previousEnd = m.end;
  }
}

describe('offsets into the original text', () => {
  it('are UTF-16 offsets, also after astral characters and collapsed whitespace', () => {
    const text = '\u{1F600}\u{1F600}  EUNAVFOR \n\u00A0 Atalanta\u00AD, \u{1D400} UNIFIL';
    const matches = find(text);
    expect(matches.map((m) => m.text)).toEqual(['EUNAVFOR \n\u00A0 Atalanta', 'UNIFIL']);
    expect(matches[0]?.start).toBe(6);
    expect(matches[1]?.end).toBe(text.length);
    expectWellFormed(text, matches);
  });

  it('are exact for names after characters whose lowercase is longer (İ)', () => {
    const text = 'İİİ UNIFIL İ KFOR';
    expect(find(text)).toMatchObject([
      { start: 4, end: 10, text: 'UNIFIL' },
      { start: 13, end: 17, text: 'KFOR' },
    ]);
  });

  it('hold on generated texts: text matches the slice, sorted, no overlaps', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const text = generateMissionText(seed, 4000);
      const matches = find(text);
      expect(matches.length).toBeGreaterThan(0);
      expectWellFormed(text, matches);
    }
  });

  it('do not break on lone surrogates or an empty text', () => {
    expect(find('')).toEqual([]);
    expect(find('\uD800UNIFIL\uDC00 KFOR\uD83D')).toMatchObject([{ text: 'UNIFIL' }, { text: 'KFOR' }]);
  });
});
