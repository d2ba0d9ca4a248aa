import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawDataset } from '../../../build/dataset/read-dataset-files';
import type { Mission, Term } from '../../../data/schema';
import {
  compileMatcher,
  findMatches,
  loadPrecompiledMatcher,
  MatcherCompileError,
  type MatcherInput,
  type PrecompiledMatcher,
  precompileMatcher,
  type TermInput,
} from '../../../lib/matcher';
import { alias, MISSIONS, mission, TERMS } from '../../support/matcher-fixtures';

const ROOT = join(import.meta.dirname, '../../..');

function datasetInput(): { missions: MatcherInput; terms: TermInput[] } {
  const raw = readRawDataset(join(ROOT, 'data'));
  const missions = (Object.values(raw.missionFiles).flat() as Mission[]).map(
    ({ id, acronym, acronymCase, aliases, countries }) => ({ id, acronym, acronymCase, aliases, countries }),
  );
  const terms = (raw.terms as { terms: Term[] }).terms.map(({ id, acronym, case: caseRule }) => ({
    id,
    acronym,
    case: caseRule,
  }));
  return { missions, terms };
}

/** As the bundle holds it: through JSON and back. */
function throughJson(data: PrecompiledMatcher): PrecompiledMatcher {
  return JSON.parse(JSON.stringify(data));
}

describe('the precompiled matcher', () => {
  const cases: [string, () => { missions: MatcherInput; terms: TermInput[] }][] = [
    ['the dataset in data/', datasetInput],
    ['the hand-made missions and terms', () => ({ missions: MISSIONS, terms: TERMS })],
  ];

  for (const [name, input] of cases) {
    it(`loads, with and without terms, as compileMatcher compiles ${name}`, () => {
      const { missions, terms } = input();
      expect(terms.length).toBeGreaterThan(0);
      const stored = throughJson(precompileMatcher(missions, terms));
      expect(loadPrecompiledMatcher(stored, true)).toEqual(compileMatcher(missions, terms));
      expect(loadPrecompiledMatcher(stored, false)).toEqual(compileMatcher(missions, []));
    });
  }

  it('finds in every seed exactly what the matcher compiled on the page would find', () => {
    const { missions, terms } = datasetInput();
    const stored = throughJson(precompileMatcher(missions, terms));
    const seeds = readdirSync(join(ROOT, 'seeds')).filter((file) => file.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThan(0);
    for (const withTerms of [true, false]) {
      const loaded = loadPrecompiledMatcher(stored, withTerms);
      const compiled = compileMatcher(missions, withTerms ? terms : []);
      for (const seed of seeds) {
        const text = readFileSync(join(ROOT, 'seeds', seed), 'utf8');
        const found = findMatches(loaded, text);
        expect(found.length).toBeGreaterThan(0);
        expect(found).toEqual(findMatches(compiled, text));
      }
    }
  });

  it('stops the build on a name the matcher cannot use, naming its owner', () => {
    expect(() => precompileMatcher([mission('x', 'ABC', 'exact', [alias('(ABC)', 'exact')])], [])).toThrow(
      MatcherCompileError,
    );
    expect(() => precompileMatcher([], [{ id: 'vpd', acronym: '-VPD', case: 'exact' }])).toThrow(/vpd: "-VPD"/);
  });
});
