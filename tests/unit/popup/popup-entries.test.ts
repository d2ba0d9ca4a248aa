import { describe, expect, it } from 'vitest';
import { missions, terms } from '../../../data/dataset';
import { activeMissionEntries, moveActive, toEntries } from '../../../lib/popup/popup-entries';

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
      terms,
    );
    expect(entries.map((e) => (e.kind === 'mission' ? e.mission.id : `term:${e.term.id}`))).toEqual([
      'unifil',
      'term:polad',
    ]);
  });
});
