import { describe, expect, it } from 'vitest';
import { fuzzyScores } from '../../../lib/search/fuzzy-scores';
import { createSearchIndex, type SearchIndex } from '../../../lib/search/search-index';
import { fakeMission } from './fixtures';

/** Item id → score, for a folded query. */
function scores(index: SearchIndex, folded: string): Map<string, number> {
  return new Map([...fuzzyScores(index, folded)].map(([item, score]) => [index.items[item]?.id ?? '', score]));
}

describe('fuzzyScores', () => {
  it('weighs a hit in an acronym above the same hit in an alias, a name or a place', () => {
    const index = createSearchIndex(
      [
        fakeMission({ id: 'acronym', acronym: 'Golan' }),
        fakeMission({ id: 'alias', acronym: 'X1', aliases: ['Golan'] }),
        fakeMission({ id: 'name', acronym: 'X2', name: 'Golan' }),
        fakeMission({ id: 'place', acronym: 'X3', countries: ['Golan'] }),
      ],
      [],
    );
    const found = scores(index, 'golan');
    const order = [...found.keys()].sort((a, b) => (found.get(a) ?? 0) - (found.get(b) ?? 0));
    expect(order).toEqual(['acronym', 'alias', 'name', 'place']);
  });

  it('prefers the field the query covers more of', () => {
    const index = createSearchIndex(
      [
        fakeMission({ id: 'whole', acronym: 'X1', countries: ['Libanon'] }),
        fakeMission({ id: 'part', acronym: 'X2', countries: ['Zuid-Libanon'] }),
        fakeMission({ id: 'smaller-part', acronym: 'X3', countries: ['Zuid-Libanon en Israël'] }),
      ],
      [],
    );
    const found = scores(index, 'libanon');
    expect(found.get('whole')).toBeLessThan(found.get('part') ?? 0);
    expect(found.get('part')).toBeLessThan(found.get('smaller-part') ?? 0);
  });

  it('where the query names a place, counts only records with that word', () => {
    const index = createSearchIndex(
      [
        fakeMission({ id: 'mali', acronym: 'X1', countries: ['Mali'] }),
        fakeMission({ id: 'somalia', acronym: 'X2', countries: ['Somalië'] }),
        fakeMission({ id: 'near', acronym: 'X3', countries: ['Malta'] }),
      ],
      [],
    );
    expect([...scores(index, 'mali').keys()]).toEqual(['mali']);
  });

  it('elsewhere keeps a match inside a word and a near miss, both below a match at a word start', () => {
    const index = createSearchIndex(
      [
        fakeMission({ id: 'start', acronym: 'NAVFOR Aspides' }),
        fakeMission({ id: 'inside', acronym: 'EUNAVFOR Atalanta' }),
        fakeMission({ id: 'typo', acronym: 'NAVFR' }),
      ],
      [],
    );
    const found = scores(index, 'navfor');
    expect(found.get('start')).toBeLessThan(found.get('inside') ?? 0);
    expect(found.get('start')).toBeLessThan(found.get('typo') ?? 0);
  });

  it('matches a query of one or two letters only at the start of a word of an acronym or alias', () => {
    const index = createSearchIndex(
      [
        fakeMission({ id: 'start', acronym: 'KA-X' }),
        fakeMission({ id: 'inside', acronym: 'OKAX' }),
        fakeMission({ id: 'name', acronym: 'X1', name: 'Kabul' }),
      ],
      [],
    );
    expect([...scores(index, 'ka').keys()]).toEqual(['start']);
  });

  it('finds a query of several words word by word, after a record that has the whole phrase', () => {
    const index = createSearchIndex(
      [
        fakeMission({ id: 'phrase', acronym: 'X1', name: 'Bravo Charlie' }),
        fakeMission({ id: 'apart', acronym: 'Bravo', countries: ['Charlie'] }),
        fakeMission({ id: 'one-word', acronym: 'X2', countries: ['Charlie'] }),
      ],
      [],
    );
    const found = scores(index, 'charlie bravo');
    expect(found.has('apart')).toBe(true);
    expect(found.has('one-word')).toBe(false);
    expect(scores(index, 'bravo charlie').get('phrase')).toBeLessThan(found.get('apart') ?? 0);
  });

  it('leaves out words that say nothing when a query is split into words', () => {
    const index = createSearchIndex([fakeMission({ id: 'apart', acronym: 'Bravo', countries: ['Charlie'] })], []);
    expect(scores(index, 'bravo van de charlie').has('apart')).toBe(true);
  });
});
