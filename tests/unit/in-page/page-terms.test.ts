/** The page-terms answer: what the page holds as read so far, Kamerstuk references left out (they are no missions). */
import { describe, expect, it } from 'vitest';
import { pageTermsAnswer } from '../../../lib/in-page/page-terms';
import { TERM_MATCH as atmis, missionMatch, REFERENCE_MATCH as reference } from '../../support/page-matches';

const unifil = missionMatch('unifil', 'UNIFIL');
const stem = missionMatch(null, 'EUFOR', ['a', 'b']);

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
