import { describe, expect, it } from 'vitest';
import type { PageTerm } from '../../../lib/messages/protocol';
import { summarisePageTerms } from '../../../lib/popup/page-summary';

const mission = (id: string, text = id.toUpperCase()): PageTerm => ({ id, text, kind: 'mission', candidates: [id] });
const glossary = (id: string): PageTerm => ({ id, text: id.toUpperCase(), kind: 'term', candidates: [id] });
const EUBAMS = ['eubam-libya', 'eubam-moldova', 'eubam-rafah'];
const stem = (text: string, candidates = EUBAMS): PageTerm => ({ id: null, text, kind: 'mission', candidates });

describe('summarisePageTerms', () => {
  it('is empty for a page without terms', () => {
    expect(summarisePageTerms([])).toEqual([]);
  });

  it('counts each mission, in the order the page first mentions them', () => {
    const terms = ['unifil', 'untso', 'unifil', 'kfor', 'untso', 'unifil'].map((id) => mission(id));
    expect(summarisePageTerms(terms)).toEqual([
      { kind: 'mission', id: 'unifil', count: 3 },
      { kind: 'mission', id: 'untso', count: 2 },
      { kind: 'mission', id: 'kfor', count: 1 },
    ]);
  });

  it('counts different spellings of one mission together', () => {
    const terms = [
      mission('eunavfor-atalanta', 'EUNAVFOR Atalanta'),
      mission('eunavfor-atalanta', 'Operatie Atalanta'),
    ];
    expect(summarisePageTerms(terms)).toEqual([{ kind: 'mission', id: 'eunavfor-atalanta', count: 2 }]);
  });

  it('leaves glossary abbreviations out', () => {
    expect(summarisePageTerms([glossary('polad'), mission('kfor'), glossary('ohq'), glossary('polad')])).toEqual([
      { kind: 'mission', id: 'kfor', count: 1 },
    ]);
  });

  it('lists an undecided stem once, at its first place, with its candidates', () => {
    const terms = [mission('kfor'), stem('EUBAM'), mission('unifil'), stem('Eubam', [...EUBAMS].reverse())];
    expect(summarisePageTerms(terms)).toEqual([
      { kind: 'mission', id: 'kfor', count: 1 },
      { kind: 'stem', text: 'EUBAM', candidates: EUBAMS, count: 2 },
      { kind: 'mission', id: 'unifil', count: 1 },
    ]);
  });

  it('keeps a stem the page decided apart from the undecided ones', () => {
    const decided: PageTerm = { id: 'eubam-moldova', text: 'EUBAM', kind: 'mission', candidates: EUBAMS };
    expect(summarisePageTerms([stem('EUBAM'), decided, decided])).toEqual([
      { kind: 'stem', text: 'EUBAM', candidates: EUBAMS, count: 1 },
      { kind: 'mission', id: 'eubam-moldova', count: 2 },
    ]);
  });

  it('keeps stems with different candidates apart', () => {
    const other = ['euam-iraq', 'euam-ukraine'];
    expect(summarisePageTerms([stem('EUBAM'), stem('EUAM', other)])).toEqual([
      { kind: 'stem', text: 'EUBAM', candidates: EUBAMS, count: 1 },
      { kind: 'stem', text: 'EUAM', candidates: other, count: 1 },
    ]);
  });
});
