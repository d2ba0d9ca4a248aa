/** Marks of each kind as the annotator records them, for tests of what the page session makes of them. */
import type { PageMatch } from '../../lib/dom/term-highlights';

/** A mission name (`id`), or a shared stem (`id` null) that may mean any of `candidates`. */
export function missionMatch(id: string | null, text: string, candidates: string[] = id ? [id] : []): PageMatch {
  return { start: 0, end: text.length, text, kind: 'mission', id, candidates };
}

export const TERM_MATCH: PageMatch = {
  start: 0,
  end: 5,
  text: 'ATMIS',
  kind: 'term',
  id: 'atmis',
  candidates: ['atmis'],
};

export const REFERENCE_MATCH: PageMatch = {
  start: 0,
  end: 25,
  text: 'Kamerstuk 29 521, nr. 493',
  kind: 'reference',
  dossier: '29521',
  number: '493',
  year: null,
};
