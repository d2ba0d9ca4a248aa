/**
 * Build: a virtual module holding the matcher compiled from the dataset (precompiled-matcher.ts),
 * so the content script neither carries every fact and quote nor compiles the matcher on each page.
 * The full dataset is validated separately before every build (wxt.config.ts); a name the matcher
 * cannot use stops the build here with a MatcherCompileError naming it.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { Mission, Term } from '../../data/schema';
import { precompileMatcher } from '../../lib/matcher/precompiled-matcher';
import { readRawDataset } from '../dataset/read-dataset-files';

export const PRECOMPILED_MATCHER_MODULE = 'virtual:missiewijzer-precompiled-matcher';
const RESOLVED = `\0${PRECOMPILED_MATCHER_MODULE}`;

export function precompiledMatcherPlugin(root: string): Plugin {
  return {
    name: 'missiewijzer-precompiled-matcher',
    resolveId: (id) => (id === PRECOMPILED_MATCHER_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const raw = readRawDataset(join(root, 'data'));
      const missions = Object.values(raw.missionFiles).flat() as Mission[];
      const terms = (raw.terms as { terms: Term[] }).terms;
      const precompiled = precompileMatcher(
        missions.map(({ id, acronym, acronymCase, aliases, countries }) => ({
          id,
          acronym,
          acronymCase,
          aliases,
          countries,
        })),
        // Concepts (nationaal kader) are explained in the popup, not marked in pages.
        terms
          .filter((t) => t.kind === 'abbreviation')
          .map(({ id, acronym, case: caseRule }) => ({ id, acronym, case: caseRule })),
      );
      return `export default ${JSON.stringify(precompiled)};`;
    },
  };
}
