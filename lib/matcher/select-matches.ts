/**
 * Leftmost-longest selection: reading left to right, the first candidate that may count wins, and at
 * one position the longest ('EUCAP Sahel Mali' over 'EUCAP Sahel' over 'EUCAP'); nothing overlaps.
 */
import type { Candidate } from './scan-text';

/** `candidates` sorted by start, then longest first (as scanText gives them). */
export function selectLeftmostLongest(
  candidates: readonly Candidate[],
  mayCount: (candidate: Candidate) => boolean,
): Candidate[] {
  const selected: Candidate[] = [];
  let cursor = 0;
  for (const candidate of candidates) {
    if (candidate.start < cursor || !mayCount(candidate)) continue;
    selected.push(candidate);
    cursor = candidate.end;
  }
  return selected;
}
