import { describe, expect, it } from 'vitest';
import { explainResultFor, queryFromSearch } from '../../../components/explain/explain-result';
import { glossary, missions } from '../../../data/dataset';
import { explainUrlFor } from '../../../lib/background/context-menu';
import { createSearchIndex } from '../../../lib/search';

const index = createSearchIndex(missions, glossary);
const explain = (q: string) => {
  const r = explainResultFor(index, missions, glossary, q);
  if (r.kind === 'mission') return { kind: r.kind, id: r.mission.id, exact: r.exact };
  if (r.kind === 'term') return { kind: r.kind, id: r.term.id, exact: r.exact };
  return r;
};

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
