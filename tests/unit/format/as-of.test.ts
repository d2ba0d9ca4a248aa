import { describe, expect, it } from 'vitest';
import { documents, missions } from '../../../data/dataset';
import { cardAsOf, newestAsOf } from '../../../lib/format/as-of';

function mission(id: string) {
  const m = missions.find((x) => x.id === id);
  if (!m) throw new Error(`${id} missing from the dataset`);
  return m;
}

describe('newestAsOf', () => {
  it('orders by the documents (oldest first in sources.json), not by the partial dates', () => {
    // The written answers (002, "2025": April 2025) come after the letter of 4 April 2025 (000)
    // and before the May 2025 report (001), as sources.json lists them.
    const [table, answers, letter] = mission('eunavfor-aspides').nationalFramework;
    if (!table || !answers || !letter) throw new Error('Aspides has three framework entries');
    expect([table.asOf, answers.asOf, letter.asOf]).toEqual(['2025-05', '2025', '2025-04-04']);
    expect(newestAsOf([letter, answers], documents)).toBe('2025');
    expect(newestAsOf([answers, letter, table], documents)).toBe('2025-05');
  });

  it('has no date for no entries', () => {
    expect(newestAsOf([], documents)).toBeNull();
  });

  it('compares the dates themselves where the documents are not known', () => {
    const source = { doc: '003_8869f228b444c97d.txt' as const };
    expect(
      newestAsOf(
        [
          { asOf: '2023-05', sources: [source] },
          { asOf: '2024', sources: [source] },
        ],
        [],
      ),
    ).toBe('2024');
  });
});

const TODAY = new Date(2026, 11, 5);

describe('cardAsOf', () => {
  it('is the 2025 report (May 2025) for UNIFIL and Aspides', () => {
    expect(cardAsOf(mission('unifil'), documents, TODAY)).toBe('2025-05');
    expect(cardAsOf(mission('eunavfor-aspides'), documents, TODAY)).toBe('2025-05');
  });

  it('falls back on the dates of the status and summary quotes where a mission has no dated facts', () => {
    // NSATU is only mentioned in the written answers (002, 2025); EUBAM Rafah only in the letter (000).
    expect(cardAsOf(mission('nsatu'), documents, TODAY)).toBe('2025');
    expect(cardAsOf(mission('eubam-rafah'), documents, TODAY)).toBe('2025-04-04');
  });

  it('stays the newest source the card shows when the framework in force comes from an older letter', () => {
    // UNTSO's framework in force in December 2026 is the letter's (4 April 2025); its numbers
    // deployed still come from the May 2025 report, which the card also shows.
    expect(cardAsOf(mission('untso'), documents, TODAY)).toBe('2025-05');
  });

  it('gives every mission in the dataset a date', () => {
    for (const m of missions) expect(cardAsOf(m, documents, TODAY), m.id).not.toBeNull();
  });
});
