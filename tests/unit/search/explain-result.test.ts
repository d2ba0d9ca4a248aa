import { describe, expect, it } from 'vitest';
import { missions, terms } from '../../../data/dataset';
import { explainUrlFor } from '../../../lib/background/context-menu';
import { explainLookups, explainResultFor, queryFromSearch } from '../../../lib/search/explain-result';

const lookups = explainLookups(missions, terms);
const explain = (q: string) => {
  const r = explainResultFor(lookups, missions, terms, q);
  if (r.kind === 'mission') return { kind: r.kind, id: r.mission.id, exact: r.exact };
  if (r.kind === 'term') return { kind: r.kind, id: r.term.id, exact: r.exact };
  if (r.kind === 'stem') return { kind: r.kind, stem: r.stem, ids: r.missions.map((m) => m.id) };
  return r;
};
const EUBAM = ['eubam-libya', 'eubam-moldova', 'eubam-rafah'];
const EUNAVFOR = ['eunavfor-aspides', 'eunavfor-atalanta', 'eunavfor-med-irini'];
const sorted = (ids: string[]) => [...ids].sort();

describe('what the explain page shows', () => {
  it('an exact acronym or alias, whatever its case', () => {
    expect(explain('UNIFIL')).toEqual({ kind: 'mission', id: 'unifil', exact: true });
    expect(explain('Unifil')).toEqual({ kind: 'mission', id: 'unifil', exact: true });
    expect(explain('EUNAVFOR Atalanta')).toEqual({ kind: 'mission', id: 'eunavfor-atalanta', exact: true });
  });

  it('a glossary term', () => {
    expect(explain('POLAD')).toEqual({ kind: 'term', id: 'polad', exact: true });
  });

  it('the closest fuzzy match for a typo, marked as not exact', () => {
    expect(explain('UNIFL')).toEqual({ kind: 'mission', id: 'unifil', exact: false });
  });

  it('a shared stem on its own: the missions it may stand for, to choose from, as in the page', () => {
    for (const [q, ids] of [
      ['EUBAM', EUBAM],
      ['eubam', EUBAM],
      ['EUNAVFOR', EUNAVFOR],
      ['European Union Border Assistance Mission', EUBAM],
    ] as const) {
      const r = explain(q);
      expect(r.kind, q).toBe('stem');
      expect(r.kind === 'stem' && sorted(r.ids), q).toEqual(ids);
    }
    expect(explain('EUBAM')).toMatchObject({ stem: 'EUBAM' });
    expect(explain('eubam')).toMatchObject({ stem: 'EUBAM' });
  });

  it('a shared stem resolved as the page resolves it: by the name after it or a clue in its sentence', () => {
    expect(explain('EUBAM Libië')).toEqual({ kind: 'mission', id: 'eubam-libya', exact: true });
    expect(explain('EUBAM in Moldavië')).toEqual({ kind: 'mission', id: 'eubam-moldova', exact: true });
    expect(explain('de EUBAM-missie aan de Libische grens')).toEqual({
      kind: 'mission',
      id: 'eubam-libya',
      exact: true,
    });
    expect(explain('European Union Border Assistance Mission (EUBAM) Libya')).toEqual({
      kind: 'mission',
      id: 'eubam-libya',
      exact: true,
    });
    expect(explain('EUNAVFOR Irini')).toEqual({ kind: 'mission', id: 'eunavfor-med-irini', exact: true });
  });

  it('not by a clue in another sentence of the selection', () => {
    expect(explain('Het gaat om Libië. Daarnaast is er EUBAM.')).toMatchObject({ kind: 'stem', stem: 'EUBAM' });
    expect(explain('EUBAM in Libië en Moldavië')).toMatchObject({ kind: 'stem' });
  });

  it('nothing for text that names no mission or term', () => {
    expect(explain('qqqzzzxxx')).toEqual({ kind: 'none' });
    expect(explain('')).toEqual({ kind: 'none' });
  });
});

describe('the page URL', () => {
  it('round-trips the selection the context menu put in it', () => {
    for (const selection of ['UNIFIL', 'EUNAVFOR Atalanta', 'Operatie „Prosperity Guardian” & co']) {
      const url = new URL(explainUrlFor(selection, 'chrome-extension://x/') as string);
      expect(queryFromSearch(url.search)).toBe(selection.replace(/[”]$/u, ''));
    }
    expect(queryFromSearch('')).toBe('');
    expect(queryFromSearch('?q=%20%20UNTSO%0A')).toBe('UNTSO');
  });
});
