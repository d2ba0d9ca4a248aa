/** What an annotator has marked, as comparable records: where each range lies, and its match. */
import type { Annotator } from '../../lib/dom/annotator';

export function marks(annotator: Annotator) {
  return annotator.terms().map(({ range, match }) => ({
    start: range.startContainer,
    startOffset: range.startOffset,
    end: range.endContainer,
    endOffset: range.endOffset,
    id: match.kind === 'reference' ? null : match.id,
    text: match.text,
  }));
}
