/**
 * Build: a virtual module with only what the in-page matcher needs from the dataset (names,
 * case rules, countries), so the content script does not carry every fact and quote.
 * The full dataset is validated separately before every build (wxt.config.ts).
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { Mission, Term } from '../../data/schema';
import { readRawDataset } from '../data/read-dataset-files';

export const MATCHER_INPUT_MODULE = 'virtual:missiewijzer-matcher-input';
const RESOLVED = `\0${MATCHER_INPUT_MODULE}`;

export function matcherInputPlugin(root: string): Plugin {
  return {
    name: 'missiewijzer-matcher-input',
    resolveId: (id) => (id === MATCHER_INPUT_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const raw = readRawDataset(join(root, 'data'));
      const missions = Object.values(raw.missionFiles).flat() as Mission[];
      const terms = (raw.terms as { terms: Term[] }).terms;
      const input = {
        missions: missions.map(({ id, acronym, acronymCase, aliases, countries }) => ({
          id,
          acronym,
          acronymCase,
          aliases,
          countries,
        })),
        terms: terms.map(({ id, acronym, case: caseRule }) => ({ id, acronym, case: caseRule })),
      };
      return `export default ${JSON.stringify(input)};`;
    },
  };
}
