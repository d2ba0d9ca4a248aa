/** The page-terms answer: what the page holds as read so far, Kamerstuk references left out (they are no missions). */
import { describe, expect, it } from 'vitest';
import type { PageMatch } from '../../../lib/dom/term-highlights';
import { pageTermsAnswer } from '../../../lib/in-page/page-terms';

const unifil: PageMatch = { start: 4, end: 10, text: 'UNIFIL', kind: 'mission', id: 'unifil', candidates: ['unifil'] };
const stem: PageMatch = { start: 0, end: 5, text: 'EUFOR', kind: 'mission', id: null, candidates: ['a', 'b'] };
const atmis: PageMatch = { start: 0, end: 5, text: 'ATMIS', kind: 'term', id: 'atmis', candidates: ['atmis'] };
const reference: PageMatch = {
  start: 0,
  end: 25,
  text: 'Kamerstuk 29 521, nr. 493',
  kind: 'reference',
  dossier: '29521',
  number: '493',
  year: null,
};

describe('pageTermsAnswer', () => {
  it('lists missions, stems and glossary terms in page order, without references or positions', () => {
    const answer = pageTermsAnswer({
      complete: false,
      terms: [unifil, reference, stem, atmis].map((match) => ({ match })),
      longestSliceMs: 4.5,
    });
    expect(answer).toEqual({
      complete: false,
      terms: [
        { id: 'unifil', text: 'UNIFIL', kind: 'mission', candidates: ['unifil'] },
        { id: null, text: 'EUFOR', kind: 'mission', candidates: ['a', 'b'] },
        { id: 'atmis', text: 'ATMIS', kind: 'term', candidates: ['atmis'] },
      ],
      longestSliceMs: 4.5,
    });
  });

  it('says when the page is read to its end', () => {
    expect(pageTermsAnswer({ complete: true, terms: [], longestSliceMs: 0 })).toEqual({
      complete: true,
      terms: [],
      longestSliceMs: 0,
    });
  });
});
