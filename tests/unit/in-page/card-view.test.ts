/** What the card shows for each kind of mark, from the records loaded for it; nothing where its record is missing. */
import { describe, expect, it } from 'vitest';
import { datasetNotes, documents, missions, terms } from '../../../data/dataset';
import type { Mission, Term } from '../../../data/schema';
import type { CardData } from '../../../lib/in-page/card-data';
import { cardView } from '../../../lib/in-page/card-view';
import { findKamerstukReferences } from '../../../lib/matcher';
import { missionMatch, TERM_MATCH } from '../../support/page-matches';

const byId = (id: string) => missions.find((m) => m.id === id) as Mission;
const atmis = terms.find((t) => t.id === 'atmis') as Term;
const data = (ms: Mission[], terms: Term[] = []): CardData => ({ missions: ms, terms, documents, notes: datasetNotes });

describe('cardView', () => {
  it("shows a mission's own record", () => {
    const view = cardView(missionMatch('unifil', 'UNIFIL', ['unifil']), data([byId('unifil')]));
    expect(view).toEqual({ kind: 'mission', mission: byId('unifil') });
  });

  it('shows nothing for a mission whose record did not come', () => {
    expect(cardView(missionMatch('unifil', 'UNIFIL', ['unifil']), data([]))).toBeNull();
  });

  it('shows a stem with the missions it may stand for', () => {
    const candidates = [byId('unifil'), byId('untso')];
    expect(cardView(missionMatch(null, 'VN', ['unifil', 'untso']), data(candidates))).toEqual({
      kind: 'stem',
      stem: 'VN',
      missions: candidates,
    });
  });

  it('shows a glossary term, or nothing if its record did not come', () => {
    const match = TERM_MATCH;
    expect(cardView(match, data([], [atmis]))).toEqual({ kind: 'term', term: atmis });
    expect(cardView(match, data([]))).toBeNull();
  });

  it('shows a Kamerstuk reference with the title the sources give it', () => {
    const [found] = findKamerstukReferences('Kamerstuk 29 521, nr. 493');
    if (!found) throw new Error('no reference');
    const view = cardView({ ...found, kind: 'reference' }, data([]));
    expect(view?.kind).toBe('reference');
    if (view?.kind !== 'reference') return;
    expect(view.reference.dossier).toBe('29521');
    expect(view.reference.title).toEqual(documents.find((d) => d.kamerstuk?.number === '493')?.title);
  });
});
