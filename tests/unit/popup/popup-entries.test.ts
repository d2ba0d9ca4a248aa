import { describe, expect, it } from 'vitest';
import { kamerstukLinks, kamerstukUrl } from '../../../components/popup/kamerstuk';
import { activeMissionEntries, moveActive, toEntries } from '../../../components/popup/popup-entries';
import { documents, glossary, missions } from '../../../data/dataset';

describe('moveActive', () => {
  it.each([
    [-1, 'ArrowDown', 5, 0],
    [0, 'ArrowDown', 5, 1],
    [4, 'ArrowDown', 5, 4],
    [-1, 'ArrowUp', 5, 4],
    [3, 'ArrowUp', 5, 2],
    [0, 'ArrowUp', 5, 0],
    [2, 'Home', 5, 0],
    [2, 'End', 5, 4],
    [-1, 'ArrowDown', 0, -1],
  ] as const)('from %i, %s in a list of %i → %i', (active, key, count, expected) => {
    expect(moveActive(active, key, count)).toBe(expected);
  });
});

describe('entries', () => {
  it('lists the active missions by acronym when nothing is typed', () => {
    const entries = activeMissionEntries(missions);
    expect(entries.length).toBe(missions.filter((m) => m.status === 'active').length);
    const acronyms = entries.map((e) => (e.kind === 'mission' ? e.mission.acronym : ''));
    expect(acronyms).toEqual([...acronyms].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
  });

  it('turns search results into the missions and terms they name, dropping unknown ids', () => {
    const entries = toEntries(
      [
        { kind: 'mission', id: 'unifil', score: 0, match: 'exact' },
        { kind: 'term', id: 'polad', score: 0, match: 'exact' },
        { kind: 'mission', id: 'no-such-mission', score: 0.1, match: 'fuzzy' },
      ],
      missions,
      glossary,
    );
    expect(entries.map((e) => (e.kind === 'mission' ? e.mission.id : `term:${e.term.id}`))).toEqual([
      'unifil',
      'term:polad',
    ]);
  });
});

describe('Kamerstuk links', () => {
  it('build the address of officielebekendmakingen.nl', () => {
    expect(kamerstukUrl('29521', '493')).toBe('https://zoek.officielebekendmakingen.nl/kst-29521-493.html');
  });

  it('link only documents that the mission cites and that have a Kamerstuk number', () => {
    const withNumber = documents.filter((d) => d.kamerstuk !== null).map((d) => d.doc);
    expect(withNumber.length).toBeGreaterThan(0);
    for (const mission of missions) {
      for (const link of kamerstukLinks(mission, documents)) {
        expect(withNumber).toContain(link.document.doc);
        expect(link.url).toBe(kamerstukUrl(link.dossier, link.number));
      }
    }
    // The 2025 letter (Kamerstuk 29 521, nr. 493) is quoted for UNIFIL, never for MINUSMA.
    const unifil = missions.find((m) => m.id === 'unifil');
    const minusma = missions.find((m) => m.id === 'minusma');
    if (!unifil || !minusma) throw new Error('dataset changed');
    expect(kamerstukLinks(unifil, documents).map((l) => l.url)).toEqual([
      'https://zoek.officielebekendmakingen.nl/kst-29521-493.html',
    ]);
    expect(kamerstukLinks(minusma, documents)).toEqual([]);
  });
});
