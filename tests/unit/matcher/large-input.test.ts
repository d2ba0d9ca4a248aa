import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches } from '../../../lib/matcher';
import { generateMissionText } from '../../support/generate-mission-text';
import { MISSIONS, TERMS } from '../../support/matcher-fixtures';

// A smoke test, not a benchmark: no timing assertion (CI machines vary). It makes sure a megabyte
// of dense mission text completes with the one-pass design; the benchmark measures speed.
describe('large input', () => {
  it('matches a megabyte of text', () => {
    const matcher = compileMatcher(MISSIONS, TERMS);
    const text = generateMissionText(2024, 1_000_000);
    const matches = findMatches(matcher, text);
    expect(matches.length).toBeGreaterThan(1000);
    const last = matches.at(-1);
    expect(last && text.slice(last.start, last.end)).toBe(last?.text);
  });

  it('matches a megabyte of ordinary prose', () => {
    const matcher = compileMatcher(MISSIONS, TERMS);
    const sentence = 'Nederland levert met 190 militairen een bijdrage aan UNIFIL in Libanon. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    expect(findMatches(matcher, text)).toHaveLength(Math.ceil(1_000_000 / sentence.length));
  });
});
