import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches } from '../../../lib/matcher';
import { generateMissionText } from '../../support/generate-mission-text';
import { MISSIONS, TERMS } from '../../support/matcher-fixtures';
import { referenceFindMatches } from '../../support/reference-matcher';

describe('the matcher agrees with the plain reference matcher', () => {
  const matcher = compileMatcher(MISSIONS, TERMS);

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('on generated text #%i', (seed) => {
    const text = generateMissionText(seed, 30_000);
    const expected = referenceFindMatches(MISSIONS, TERMS, text);
    expect(expected.length).toBeGreaterThan(100);
    expect(findMatches(matcher, text)).toEqual(expected);
  });

  it.each([21, 22, 23, 24, 25, 26])('on sparse generated text #%i, where the windows decide', (seed) => {
    const text = generateMissionText(seed, 40_000, { neutralRun: 300, nameRate: 0.6 });
    const expected = referenceFindMatches(MISSIONS, TERMS, text);
    expect(findMatches(matcher, text)).toEqual(expected);
  });

  it.each([31, 32, 33, 34])('on generated text #%i cut into short blocks, where context decides', (seed) => {
    const text = generateMissionText(seed, 60_000, { nameRate: 0.15 });
    let checked = 0;
    for (let at = 0; at < text.length; at += 120) {
      const block = text.slice(at, at + 120);
      const expected = referenceFindMatches(MISSIONS, TERMS, block);
      checked += expected.length;
      expect(findMatches(matcher, block)).toEqual(expected);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('with other windows', () => {
    const options = { contextWindow: 40, countryWindow: 15 };
    const narrow = compileMatcher(MISSIONS, TERMS, options);
    for (const seed of [11, 12, 13]) {
      const text = generateMissionText(seed, 20_000);
      expect(findMatches(narrow, text)).toEqual(referenceFindMatches(MISSIONS, TERMS, text, options));
    }
  });

  it.each([
    'Atalanta won met 3-0 van Juventus in de Serie A',
    "De missie Atalanta en EUNAV\u00ADFOR\u00A0Atalanta; SOLE’s VPD's EUTMs PEUTM",
    'EUBAM in Libië. En EUBAM in Moldavië en Libya. EUCAP Sahel Niger, EUCAP Sahel Mali, EUCAP.',
    'European Union\nTraining Mission in Mali, Unifil, unifil, UNifil, Sole',
  ])('on the spec examples: %j', (text) => {
    expect(findMatches(matcher, text)).toEqual(referenceFindMatches(MISSIONS, TERMS, text));
  });
});
