/**
 * The bundled dataset for the extension's pages. The JSON was validated at build time
 * (wxt.config.ts runs the same checks as the tests), and the schema applies no defaults or
 * transforms, so the parsed shape is the JSON's shape.
 */

import notes from './notes.json';
import type { Mission, Notes, SourceDocument, Term } from './schema';
import sources from './sources.json';
import termsFile from './terms.json';

const missionModules = import.meta.glob<Mission[]>('./missions/*.json', { eager: true, import: 'default' });

export const missions: Mission[] = Object.keys(missionModules)
  .sort()
  .flatMap((path) => missionModules[path] ?? []);

export const documents: SourceDocument[] = sources.documents as SourceDocument[];
export const terms: Term[] = termsFile.terms as Term[];
export const datasetNotes: Notes = notes as Notes;
