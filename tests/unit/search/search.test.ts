import { describe, expect, it } from 'vitest';
import { missions, terms } from '../../../data/dataset';
import { createSearchIndex, foldForSearch, search } from '../../../lib/search';
import { fakeMission, fakeTerm, resultKey as key } from './fixtures';

const index = createSearchIndex(missions, terms);
const missionById = new Map(missions.map((m) => [m.id, m]));

function top(query: string, n = 20): string[] {
  return search(index, query, n).map((r) => key(r) ?? '');
}

/**
 * Query → the id of the first result. The expectations come from reading data/: which mission's
 * acronym, alias, name or place the query names, and the ranking rules in lib/search.
 */
const FIRST_RESULT: [query: string, expected: string, why: string][] = [
  // Acronyms and aliases, as written and in other cases
  ['UNIFIL', 'unifil', 'acronym'],
  ['Unifil', 'unifil', 'acronym with one capital'],
  ['untso', 'untso', 'acronym in lower case'],
  ['KFOR', 'kfor', 'acronym'],
  ['Atalanta', 'eunavfor-atalanta', 'alias'],
  ['eu navfor atalanta', 'eunavfor-atalanta', 'alias, spacing and case aside'],
  ['EUNAVFOR MED Irini', 'eunavfor-med-irini', 'acronym of an ended mission'],
  ['PSMX/ECC', 'psmx', 'acronym with a slash'],
  ['EUFOR', 'eufor-althea', 'alias (and the glossary term that names the mission)'],
  ['VN-missie in Mali', 'minusma', 'Dutch alias'],
  // Old names
  ['USSC', 'osc', 'former name of the Office of the Security Coordinator'],
  ['EUCAP Nestor', 'eucap-somalia', 'former name of EUCAP Somalia'],
  ['MSCHOA', 'term:mschoa', 'old name in the glossary'],
  // Glossary
  ['POLAD', 'term:polad', 'glossary acronym'],
  ['VNVR', 'term:vnvr', 'glossary acronym'],
  ['NAVO', 'term:navo', 'the organisation itself before its missions'],
  ['EUNAVFOR', 'eunavfor-aspides', 'a shared stem: the missions that carry it (by acronym), then the glossary'],
  ['EUTM', 'eutm-somalia', 'a shared stem: the active mission first, the ended EUTM Mali next, then the glossary'],
  ['politiek adviseur', 'term:polad', 'Dutch expansion of a glossary term'],
  // Concepts: the explanation before the missions whose texts use the word
  ['kader', 'term:nationaal-kader', 'a word of the concept “nationaal kader”'],
  ['nationaal kader', 'term:nationaal-kader', 'the concept as written'],
  ['national framework', 'term:nationaal-kader', 'its English name'],
  ['rechtsbasis', 'term:rechtsbasis', 'the concept as written'],
  ['legal basis', 'term:rechtsbasis', 'its English name'],
  ['volkenrechtelijk mandaat', 'term:rechtsbasis', 'the explanation speaks of the volkenrechtelijke rechtsgrond'],
  ['mandaat', 'term:internationaal-mandaat', 'a word of the concept “internationaal mandaat”'],
  ['international mandate', 'term:internationaal-mandaat', 'its English name'],
  // Typos
  ['unifl', 'unifil', 'one letter missing'],
  ['atalnta', 'eunavfor-atalanta', 'one letter missing'],
  ['eunavfor aspi', 'eunavfor-aspides', 'unfinished'],
  ['aspdes', 'eunavfor-aspides', 'one letter missing'],
  ['altea', 'eufor-althea', 'one letter missing'],
  ['minnusma', 'minusma', 'one letter too many'],
  ['untsso', 'untso', 'one letter too many'],
  // Places, in Dutch and English, with and without diacritics
  ['Libanon', 'unifil', 'UNIFIL names Lebanon in its name; UNTSO only in its location'],
  ['Lebanon', 'unifil', 'English alias “Interim Force in Lebanon”'],
  ['Bosnie', 'eufor-althea', 'Bosnië without diaeresis'],
  ['Bosnië', 'eufor-althea', 'name: in Bosnië en Herzegovina'],
  ['Bosnia and Herzegovina', 'eufor-althea', 'English name'],
  ['Sarajevo', 'eufor-althea', 'headquarters'],
  ['Afghanistan', 'resolute-support', 'only mission there'],
  ['Oekraine', 'nsatu', 'Oekraïne without diaeresis'],
  ['Curacao', 'sole', 'Curaçao without cedilla'],
  ['Zuid-Soedan', 'unmiss', 'Dutch name'],
  ['South Sudan', 'unmiss', 'English name'],
  ['Libya', 'eubam-libya', 'in the acronym EUBAM Libya'],
  ['Libië', 'eubam-libya', 'alias EUBAM Libië'],
  ['Noord-Korea', 'psmx', 'the sanctions PSMX helps enforce'],
  ['Tampa', 'hq-centcom', 'headquarters'],
  ['Gaza', 'eubam-rafah', 'location Rafah (Gazastrook)'],
  ['Hormuz', 'emasoh', 'alias Strait of Hormuz'],
  ['Middellandse Zee', 'eunavfor-med-irini', 'Dutch name'],
  ['Mediterranean', 'eunavfor-med-irini', 'English alias'],
  ['Tsjaad', 'gpoi', 'GPOI (active) and Takuba (ended) both list Chad'],
  ['Mali', 'eucap-sahel-mali', 'the active mission with Mali in its acronym, before the ended EUTM Mali'],
  ['Rode Zee', 'eunavfor-aspides', 'location starts with Rode Zee and is the shortest such field'],
  ['Red Sea', 'eunavfor-aspides', 'English location, likewise'],
  // Words from names and summaries
  ['piraterij', 'eunavfor-atalanta', 'EU-antipiraterijoperatie in the Dutch name'],
  ['Truce Supervision', 'untso', 'English name'],
  ['Bestandstoezicht', 'untso', 'start of the Dutch name'],
  ['Inherent Resolve', 'oir', 'alias'],
  ['anti-ISIS', 'oir', 'alias anti-ISIS-coalitie'],
  ['oostflank', 'nato-eastern-flank', 'Dutch name'],
  ['eastern flank', 'nato-eastern-flank', 'English name'],
  ['Early Forward Presence', 'sole', 'alias'],
  ['Vessel Protection', 'vpd', 'alias'],
  ['Peshmerga', 'mopa', 'alias'],
];

describe('search: the first result', () => {
  it('has at least 30 queries, each about a known mission or term', () => {
    expect(FIRST_RESULT.length).toBeGreaterThanOrEqual(30);
    const termIds = new Set(terms.map((t) => `term:${t.id}`));
    for (const [, expected] of FIRST_RESULT) {
      expect(missionById.has(expected) || termIds.has(expected), expected).toBe(true);
    }
  });

  it.each(FIRST_RESULT)('%s → %s (%s)', (query, expected) => {
    expect(key(search(index, query, 5)[0])).toBe(expected);
  });
});

describe('search: what a query finds among the first results', () => {
  it.each([
    ['Libanon', ['unifil', 'untso'], 3],
    ['Lebanon', ['unifil', 'untso'], 3],
    ['Somalië', ['eunavfor-atalanta'], 3],
    ['Somalie', ['eunavfor-atalanta'], 3],
    ['Somalia', ['eunavfor-atalanta'], 3],
    ['piraterij', ['eunavfor-atalanta', 'vpd'], 5],
    ['Golan', ['untso', 'undof'], 3],
    ['Rode Zee', ['eunavfor-aspides', 'operation-poseidon-archer'], 5],
    ['Red Sea', ['eunavfor-aspides', 'operation-poseidon-archer'], 5],
    ['Azië', ['unc-korea', 'psmx'], 3],
    ['Asia', ['unc-korea', 'psmx'], 3],
    ['Kosovo', ['kfor', 'eulex-kosovo'], 2],
  ] as const)('%s finds %j in the first %i', (query, expected, n) => {
    expect(top(query, n)).toEqual(expect.arrayContaining([...expected]));
  });

  it('finds missions by organisation, in both languages', () => {
    for (const query of ['Verenigde Naties', 'United Nations']) {
      const first = search(index, query, 4);
      expect(first).toHaveLength(4);
      for (const r of first) expect(missionById.get(r.id)?.organisation, `${query}: ${r.id}`).toBe('UN');
    }
    const navo = top('NAVO', 5);
    expect(navo[0]).toBe('term:navo');
    for (const id of navo.slice(1)) expect(missionById.get(id)?.organisation, id).toBe('NATO');
  });

  it('finds missions by region, in both languages', () => {
    for (const query of ['Midden-Oosten', 'Middle East']) {
      const first = search(index, query, 5);
      expect(first).toHaveLength(5);
      for (const r of first) expect(missionById.get(r.id)?.region, `${query}: ${r.id}`).toBe('middle-east');
    }
  });

  it('ignores diacritics in the query and in the data alike', () => {
    expect(foldForSearch('Bosnië en Herzegovina')).toBe('bosnie en herzegovina');
    expect(top('Bosnie')).toEqual(top('Bosnië'));
    expect(top('Oekraine')).toEqual(top('Oekraïne'));
    expect(top('Curacao')).toEqual(top('Curaçao'));
  });

  it('finds a multi-word query in any word order', () => {
    expect(top('aspides eunavfor', 1)).toEqual(['eunavfor-aspides']);
  });

  it('lists one mission once, even where a glossary term names it', () => {
    const ids = top('USSC', 50);
    expect(ids).toContain('osc');
    expect(ids).not.toContain('term:ussc');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(search(index, '', 10)).toEqual([]);
    expect(search(index, '  – ', 10)).toEqual([]);
    expect(search(index, 'EU', 3)).toHaveLength(3);
    expect(search(index, 'EU', 0)).toEqual([]);
  });

  it('matches one letter only at the start of a word of an acronym or alias', () => {
    const results = search(index, 'e', 100);
    expect(results.length).toBeGreaterThan(5);
    for (const r of results) {
      const names =
        r.kind === 'mission'
          ? [missionById.get(r.id)?.acronym, ...(missionById.get(r.id)?.aliases.map((a) => a.text) ?? [])]
          : [terms.find((t) => t.id === r.id)?.acronym];
      expect(
        names.some((n) => n !== undefined && /(^|[^a-z])e/.test(foldForSearch(n))),
        names.join(', '),
      ).toBe(true);
    }
  });
});

describe('search: ordering rules', () => {
  it('puts an exact acronym or alias hit above fuzzy results, even an ended mission', () => {
    const small = createSearchIndex(
      [
        fakeMission({ id: 'better-name', acronym: 'QRS', name: 'ABC Force', status: 'active' }),
        fakeMission({ id: 'longer-acronym', acronym: 'ABCD', status: 'active' }),
        fakeMission({ id: 'exact', acronym: 'ABC', status: 'ended' }),
      ],
      [],
    );
    const results = search(small, 'abc', 10);
    expect(results.map((r) => r.id)).toEqual(['exact', 'longer-acronym', 'better-name']);
    expect(results[0]).toMatchObject({ match: 'exact', score: 0 });
    expect(results.slice(1).every((r) => r.match === 'fuzzy' && r.score > 0)).toBe(true);
  });

  it('also treats an alias as exact, case and diacritics aside', () => {
    const small = createSearchIndex(
      [
        fakeMission({ id: 'named', acronym: 'XYZ', aliases: ['Operatie Zeeën'], status: 'ended' }),
        fakeMission({ id: 'mentions', acronym: 'QQQ', name: 'Operatie Zeeen', status: 'active' }),
      ],
      [],
    );
    expect(search(small, 'operatie zeeen', 10).map((r) => [r.id, r.match])).toEqual([
      ['named', 'exact'],
      ['mentions', 'fuzzy'],
    ]);
  });

  it('puts ended missions below active and planned ones that match as well', () => {
    const small = createSearchIndex(
      [
        fakeMission({ id: 'ended', acronym: 'AAA', countries: ['Testland'], status: 'ended' }),
        fakeMission({ id: 'active', acronym: 'ZZZ', countries: ['Testland'], status: 'active' }),
        fakeMission({ id: 'planned', acronym: 'MMM', countries: ['Testland'], status: 'planned' }),
      ],
      [],
    );
    // Without the rule, AAA would come first by acronym.
    expect(search(small, 'Testland', 10).map((r) => r.id)).toEqual(['planned', 'active', 'ended']);
  });

  it('keeps ended missions findable: a better match still wins', () => {
    const small = createSearchIndex(
      [
        fakeMission({ id: 'ended', acronym: 'OLD', name: 'Testland Force', status: 'ended' }),
        fakeMission({ id: 'active', acronym: 'NEW', countries: ['Testlnd'], status: 'active' }),
      ],
      [],
    );
    // The ended mission has the word in its name; the active one only has a near miss in a country.
    expect(search(small, 'Testland', 10).map((r) => r.id)).toEqual(['ended', 'active']);
  });

  it('puts glossary terms after missions of equal relevance', () => {
    const small = createSearchIndex(
      [fakeMission({ id: 'mission', acronym: 'ZZZ', name: 'Testland Force' })],
      [fakeTerm('term', 'AAA', 'Testland Force')],
    );
    expect(search(small, 'Testland Force', 10).map((r) => `${r.kind}:${r.id}`)).toEqual([
      'mission:mission',
      'term:term',
    ]);
  });

  it('folds a glossary term that names a mission into that mission', () => {
    const small = createSearchIndex(
      [fakeMission({ id: 'osc', acronym: 'OSC', name: 'Office of the Security Coordinator' })],
      [fakeTerm('ussc', 'USSC', 'United States Security Coordinator', 'osc')],
    );
    expect(search(small, 'USSC', 10)).toEqual([{ kind: 'mission', id: 'osc', score: 0, match: 'exact' }]);
    expect(search(small, 'United States', 10).map((r) => r.id)).toEqual(['osc']);
  });

  it('puts the missions of a name before the glossary entry of that name', () => {
    const small = createSearchIndex(
      [
        fakeMission({ id: 'one', acronym: 'ABC One', aliases: ['ABC'], status: 'ended' }),
        fakeMission({ id: 'only', acronym: 'XYZ' }),
      ],
      [fakeTerm('abc', 'ABC', 'Alpha Bravo Charlie'), fakeTerm('xyz', 'XYZ', 'X-ray Yankee Zulu')],
    );
    expect(search(small, 'ABC', 10).map((r) => `${r.kind}:${r.id}:${r.match}`)).toEqual([
      'mission:one:exact',
      'term:abc:exact',
    ]);
    expect(search(small, 'XYZ', 10).map((r) => `${r.kind}:${r.id}`)).toEqual(['mission:only', 'term:xyz']);
  });

  it('does not match a place inside another place: Mali is not in Somalië', () => {
    const small = createSearchIndex(
      [
        fakeMission({ id: 'somalia', acronym: 'AAA Somalia', countries: ['Somalië'] }),
        fakeMission({ id: 'mali', acronym: 'ZZZ', countries: ['Mali'], status: 'ended' }),
      ],
      [],
    );
    expect(search(small, 'Mali', 10).map((r) => r.id)).toEqual(['mali']);
    // With no place of that name, a match inside a word is still a match.
    expect(search(small, 'omali', 10)[0]?.id).toBe('somalia');
  });

  it('finds the real Mali missions for Mali, and no mission in Somalia', () => {
    const mali = top('Mali');
    expect(mali.slice(0, 3).sort()).toEqual(['eucap-sahel-mali', 'eutm-mali', 'minusma']);
    for (const id of ['eucap-somalia', 'eutm-somalia', 'eunavfor-atalanta', 'vpd']) expect(mali).not.toContain(id);
    expect(top('Somalië', 2).sort()).toEqual(['eucap-somalia', 'eutm-somalia']);
  });

  it('keeps a match inside a compound acronym where no place has that name', () => {
    expect(top('navfor', 5)).toEqual(
      expect.arrayContaining(['eunavfor-aspides', 'eunavfor-atalanta', 'eunavfor-med-irini']),
    );
  });

  it('finds a concept by its name in either language, before the missions whose texts use it', () => {
    const concept = { ...fakeTerm('frame', 'testkader', 'Testkader'), kind: 'concept' as const };
    concept.expansion = { nl: 'Testkader', en: 'Test framework' };
    const small = createSearchIndex(
      [
        {
          ...fakeMission({ id: 'mission', acronym: 'AAA' }),
          summary: { nl: 'Het testkader.', en: 'The test framework.' },
        },
      ],
      [concept],
    );
    expect(search(small, 'test framework', 10).map((r) => `${r.kind}:${r.id}:${r.match}`)).toEqual([
      'term:frame:exact',
      'mission:mission:fuzzy',
    ]);
    expect(search(small, 'testkader', 10).map((r) => r.id)).toEqual(['frame', 'mission']);
  });

  it('finds an abbreviation without an expansion by its acronym and explanation, and by nothing the UI says about it', () => {
    const term = { ...fakeTerm('xyz', 'XYZ', 'unused'), expansion: null };
    term.explanation = { nl: 'Een staf in Brussel.', en: 'A staff in Brussels.' };
    const small = createSearchIndex([fakeMission({ id: 'mission', acronym: 'AAA' })], [term]);
    expect(search(small, 'XYZ', 10).map((r) => r.id)).toEqual(['xyz']);
    expect(search(small, 'Brussel', 10).map((r) => r.id)).toEqual(['xyz']);
    expect(search(small, 'uitgeschreven', 10)).toEqual([]);
    expect(search(small, 'Kamerstukken', 10)).toEqual([]);
  });

  it('prefers the field the query covers more of', () => {
    const small = createSearchIndex(
      [
        fakeMission({ id: 'long', acronym: 'AAA', countries: ['Testzee en de wateren van drie andere landen'] }),
        fakeMission({ id: 'short', acronym: 'ZZZ', countries: ['Testzee en Golf'] }),
      ],
      [],
    );
    expect(search(small, 'Testzee', 10).map((r) => r.id)).toEqual(['short', 'long']);
  });

  it('ranks a mission named without a Dutch contribution after active and ended ones with the same match', () => {
    const small = createSearchIndex(
      [
        fakeMission({ id: 'none', acronym: 'AAA', countries: ['Somalië'], status: 'none' }),
        fakeMission({ id: 'ended', acronym: 'BBB', countries: ['Somalië'], status: 'ended' }),
        fakeMission({ id: 'active', acronym: 'CCC', countries: ['Somalië'] }),
      ],
      [],
    );
    // Alphabetically AAA would come first; the status decides before the acronym does.
    expect(search(small, 'Somalië', 10).map((r) => r.id)).toEqual(['active', 'ended', 'none']);
  });

  it('lists the real missions with a Dutch contribution in Somalia before ATMIS', () => {
    const somalia = top('Somalië');
    for (const id of ['eunavfor-atalanta', 'eucap-somalia', 'eutm-somalia'])
      expect(somalia.indexOf(id), id).toBeLessThan(somalia.indexOf('atmis'));
    expect(top('ATMIS')[0]).toBe('atmis');
  });

  it('ranks a real ended mission below an active one with the same kind of match', () => {
    const mali = top('Mali');
    expect(mali.indexOf('eucap-sahel-mali')).toBeLessThan(mali.indexOf('eutm-mali'));
    const chad = top('Tsjaad');
    expect(chad.indexOf('gpoi')).toBeLessThan(chad.indexOf('takuba'));
  });

  it('lists every mission that carries a shared stem, ended ones last, then the glossary term', () => {
    expect(top('EUCAP', 4)).toEqual(['eucap-sahel-mali', 'eucap-somalia', 'eucap-sahel-niger', 'term:eucap']);
    expect(top('EUTM', 3)).toEqual(['eutm-somalia', 'eutm-mali', 'term:eutm']);
    expect(top('EUNAVFOR', 4)).toEqual([
      'eunavfor-aspides',
      'eunavfor-atalanta',
      'eunavfor-med-irini',
      'term:eunavfor',
    ]);
    expect(new Set(top('EUBAM', 3))).toEqual(new Set(['eubam-libya', 'eubam-moldova', 'eubam-rafah']));
    expect(search(index, 'EUBAM', 3).every((r) => r.match === 'exact')).toBe(true);
  });
});
