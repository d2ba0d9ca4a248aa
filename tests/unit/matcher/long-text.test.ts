import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches, type TermMatch } from '../../../lib/matcher';
import { LONG_TEXT_CHARS, matchLongText, PIECE_CHARS, pieces } from '../../../lib/matcher/long-text';
import { generateMissionText } from '../../support/generate-mission-text';
import { MISSIONS, TERMS } from '../../support/matcher-fixtures';

const matcher = compileMatcher(MISSIONS, TERMS);
const inPieces = (text: string): TermMatch[] => [...matchLongText(matcher, text)].flat();
/** Ordinary words without any name, `n` characters or a little more. */
const prose = (n: number) => 'De commissie vergadert dinsdag over de begroting. '.repeat(Math.ceil(n / 50));

describe('pieces', () => {
  it('cover the text end to end, each inside its matched stretch', () => {
    const text = generateMissionText(7, 100_000);
    const cuts = pieces(text);
    expect(cuts.length).toBeGreaterThan(5);
    expect(cuts[0]?.start).toBe(0);
    expect(cuts.at(-1)?.end).toBe(text.length);
    for (let i = 1; i < cuts.length; i++) expect(cuts[i]?.start).toBe(cuts[i - 1]?.end);
    for (const p of cuts) {
      expect(p.from).toBeLessThanOrEqual(p.start);
      expect(p.to).toBeGreaterThanOrEqual(p.end);
      expect(p.end - p.start).toBeLessThan(PIECE_CHARS * 2);
    }
  });

  it('leave a text no longer than a long one whole', () => {
    expect(pieces('x '.repeat(LONG_TEXT_CHARS / 4))).toHaveLength(1);
  });
});

describe('a long text matched in pieces', () => {
  it('gives what matching it whole gives (dense mission text)', () => {
    const text = generateMissionText(2024, 120_000);
    const whole = findMatches(matcher, text);
    expect(whole.length).toBeGreaterThan(100);
    expect(inPieces(text)).toEqual(whole);
  });

  it('finds a name that runs across a cut, once', () => {
    // The first cut is the first space from PIECE_CHARS on: the one inside 'EUFOR Althea'.
    const head = `${prose(PIECE_CHARS).slice(0, PIECE_CHARS - 3)} `;
    const text = `${head}EUFOR Althea ${prose(PIECE_CHARS * 3)}`;
    const cut = pieces(text)[0]?.end;
    expect(cut).toBe(head.length + 'EUFOR'.length);
    const found = inPieces(text);
    expect(found).toEqual(findMatches(matcher, text));
    expect(found.map((m) => m.text)).toEqual(['EUFOR Althea']);
  });

  it('counts a mission named far away in the same text as context (rule c), across pieces', () => {
    // 'Atalanta' alone needs context; EUNAVFOR Atalanta names the mission, many pieces before.
    const text = `EUNAVFOR Atalanta patrouilleert. ${prose(PIECE_CHARS * 5)} Het schip voer mee met Atalanta. ${prose(PIECE_CHARS)}`;
    const bare = text.lastIndexOf('Atalanta');
    const whole = findMatches(matcher, text);
    expect(whole.map((m) => m.start)).toContain(bare);
    expect(inPieces(text)).toEqual(whole);
    // Without the far name, neither marks it.
    const alone = text.replace('EUNAVFOR Atalanta', 'De marine');
    expect(inPieces(alone)).toEqual([]);
    expect(findMatches(matcher, alone)).toEqual([]);
  });
});
