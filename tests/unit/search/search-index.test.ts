import { describe, expect, it } from 'vitest';
import type { Term } from '../../../data/schema';
import { createSearchIndex } from '../../../lib/search/search-index';
import { fakeMission, fakeTerm, sharedAlias } from './fixtures';

const concept = (id: string, acronym: string, nl: string, en: string): Term => ({
  ...fakeTerm(id, acronym, nl),
  kind: 'concept',
  expansion: { nl, en },
});

describe('createSearchIndex', () => {
  it('has one item per mission and per glossary term that names no mission', () => {
    const index = createSearchIndex(
      [fakeMission({ id: 'osc', acronym: 'OSC' }), fakeMission({ id: 'kfor', acronym: 'KFOR' })],
      [fakeTerm('ussc', 'USSC', 'United States Security Coordinator', 'osc'), fakeTerm('polad', 'POLAD', 'Adviseur')],
    );
    expect(index.items.map((i) => `${i.kind}:${i.id}`)).toEqual(['mission:osc', 'mission:kfor', 'term:polad']);
  });

  it('folds a glossary term that names a mission into that mission: its acronym and texts find the mission', () => {
    const index = createSearchIndex(
      [fakeMission({ id: 'osc', acronym: 'OSC' })],
      [fakeTerm('ussc', 'USSC', 'United States Security Coordinator', 'osc')],
    );
    expect(index.exact.get('ussc')?.map((h) => index.items[h.item]?.id)).toEqual(['osc']);
    const coordinator = index.entries.filter((e) => e.text === 'united states security coordinator');
    expect(coordinator.map((e) => index.items[e.item]?.id)).toEqual(['osc']);
  });

  it('keys acronyms and aliases exactly, case, diacritics, spaces and punctuation aside', () => {
    const index = createSearchIndex(
      [fakeMission({ id: 'irini', acronym: 'EUNAVFOR MED Irini', aliases: ['Operatie Irini-Libië'] })],
      [],
    );
    expect(index.exact.get('eunavformedirini')).toHaveLength(1);
    expect(index.exact.get('operatieirinilibie')).toHaveLength(1);
  });

  it('marks an alias several missions carry as shared, an own acronym not', () => {
    const shared = sharedAlias('EUTM', ['a', 'b']);
    const index = createSearchIndex(
      [
        { ...fakeMission({ id: 'a', acronym: 'EUTM A' }), aliases: [shared] },
        { ...fakeMission({ id: 'b', acronym: 'EUTM B' }), aliases: [shared] },
      ],
      [],
    );
    expect(index.exact.get('eutm')?.map((h) => h.shared)).toEqual([true, true]);
    expect(index.exact.get('eutma')?.map((h) => h.shared)).toEqual([false]);
  });

  it('keys a concept by its name in both languages, an abbreviation by its acronym only', () => {
    const index = createSearchIndex(
      [],
      [concept('rechtsbasis', 'Rechtsbasis', 'rechtsgrond', 'legal basis'), fakeTerm('polad', 'POLAD', 'Adviseur')],
    );
    expect(index.exact.has('rechtsgrond')).toBe(true);
    expect(index.exact.has('legalbasis')).toBe(true);
    expect(index.exact.has('polad')).toBe(true);
    expect(index.exact.has('adviseur')).toBe(false);
  });

  it('lists a text once per item, under its best field, and keeps long texts apart', () => {
    const index = createSearchIndex([fakeMission({ id: 'kfor', acronym: 'KFOR', name: 'kfor' })], []);
    expect(index.entries.filter((e) => e.text === 'kfor').map((e) => e.field)).toEqual(['acronym']);
    expect(index.entries.some((e) => e.field === 'text')).toBe(false);
    expect(index.textEntries.map((e) => e.text)).toEqual(['samenvatting', 'summary', 'bijdrage', 'contribution']);
  });

  it('weighs active missions lightest, then ended ones, glossary terms, and missions without a Dutch contribution', () => {
    const index = createSearchIndex(
      [
        fakeMission({ id: 'active', acronym: 'A' }),
        fakeMission({ id: 'planned', acronym: 'P', status: 'planned' }),
        fakeMission({ id: 'ended', acronym: 'E', status: 'ended' }),
        fakeMission({ id: 'none', acronym: 'N', status: 'none' }),
      ],
      [fakeTerm('term', 'T', 'Term')],
    );
    const penalty = (id: string) => index.items.find((i) => i.id === id)?.penalty ?? Number.NaN;
    expect(penalty('active')).toBe(0);
    expect(penalty('planned')).toBe(0);
    expect(penalty('ended')).toBeGreaterThan(0);
    expect(penalty('term')).toBeGreaterThan(penalty('ended'));
    expect(penalty('none')).toBeGreaterThan(penalty('term'));
  });
});
