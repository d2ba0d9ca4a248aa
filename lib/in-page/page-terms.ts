/**
 * The page-terms answer (the popup's list): the missions and terms the page holds as read so far.
 * Kamerstuk references are marked but are no missions: they are left out.
 */
import type { PageMatch } from '../dom/term-highlights';
import type { PageTermsResponse } from '../messages/protocol';

/** What the annotator knows of the page when page-terms is asked. */
export type ReadSoFar = { complete: boolean; terms: { match: PageMatch }[]; longestSliceMs: number };

export function pageTermsAnswer({ complete, terms, longestSliceMs }: ReadSoFar): PageTermsResponse {
  return {
    complete,
    terms: terms.flatMap(({ match }) =>
      match.kind === 'reference'
        ? []
        : [{ id: match.id, text: match.text, kind: match.kind, candidates: match.candidates }],
    ),
    longestSliceMs,
  };
}
