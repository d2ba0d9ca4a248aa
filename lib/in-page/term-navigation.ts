/** Pure: stepping through the terms of a page with the keyboard, wrapping at both ends. */
export function stepIndex(current: number | null, count: number, direction: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** The first term at or after the viewport's top, so "next" starts where the reader is. */
export function firstIndexFrom(tops: number[], viewportTop: number): number {
  const index = tops.findIndex((top) => top >= viewportTop);
  return index === -1 ? 0 : index;
}

export type TermCount = { id: string; count: number; firstIndex: number };

/** Missions on the page with how often each occurs, in order of first appearance. */
export function countTerms(ids: (string | null)[]): TermCount[] {
  const counts = new Map<string, TermCount>();
  ids.forEach((id, index) => {
    if (id === null) return;
    const entry = counts.get(id);
    if (entry) entry.count++;
    else counts.set(id, { id, count: 1, firstIndex: index });
  });
  return [...counts.values()];
}
