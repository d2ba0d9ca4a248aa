/** The list of missions on the page: missions only, each counted, in order of first appearance, named in the interface's language. */
import { describe, expect, it } from 'vitest';
import { missions } from '../../../data/dataset';
import type { Mission } from '../../../data/schema';
import type { PageMatch } from '../../../lib/dom/term-highlights';
import { missionCounts, termsListEntries } from '../../../lib/in-page/terms-list';
import { REFERENCE_MATCH, TERM_MATCH } from '../../support/page-matches';

const byId = (id: string) => missions.find((m) => m.id === id) as Mission;
const mission = (id: string | null): PageMatch => ({
  start: 0,
  end: 2,
  text: 'xx',
  kind: 'mission',
  id,
  candidates: id ? [id] : ['unifil', 'untso'],
});
const term = TERM_MATCH;
const reference = REFERENCE_MATCH;

describe('missionCounts', () => {
  it('counts each mission, in order of first appearance, leaving out stems, glossary terms and references', () => {
    const counts = missionCounts([
      term,
      mission('untso'),
      mission(null),
      reference,
      mission('unifil'),
      mission('untso'),
    ]);
    expect(counts.map(({ id, count }) => [id, count])).toEqual([
      ['untso', 2],
      ['unifil', 1],
    ]);
  });
});

describe('termsListEntries', () => {
  const counts = [
    { id: 'untso', count: 2, firstIndex: 1 },
    { id: 'unifil', count: 1, firstIndex: 4 },
  ];

  it('names each mission in the language of the interface', () => {
    expect(termsListEntries(counts, [byId('unifil'), byId('untso')], 'en')).toEqual([
      { id: 'untso', acronym: 'UNTSO', name: byId('untso').name.en, count: 2 },
      { id: 'unifil', acronym: 'UNIFIL', name: byId('unifil').name.en, count: 1 },
    ]);
    expect(termsListEntries(counts, [byId('untso')], 'nl')[0]?.name).toBe(byId('untso').name.nl);
  });

  it('leaves out a mission whose record did not come', () => {
    expect(termsListEntries(counts, [byId('unifil')], 'nl').map((e) => e.id)).toEqual(['unifil']);
  });
});
