/**
 * Which entries of a fact's history the card shows. Histories are newest first; normally the card
 * shows the newest. The first two disagree when their values differ and either they have the same
 * date (a table and the text of one document) or the newer one carries a `note` explaining why (a
 * correction, a later source giving another figure): then the card shows both, each with its source.
 * Two entries that say the same are no disagreement, whatever their dates.
 *
 * Only the newer entry's note counts: a note on the second entry explains how it differs from the
 * third (EMASoH's 2023 table versus text), not from the first.
 */
import type { Sourced } from '../../data/schema';

export function disagreement<T>(history: readonly Sourced<T>[]): [Sourced<T>, Sourced<T>] | null {
  const [first, second] = history;
  if (!first || !second) return null;
  if (sameValue(first.value, second.value)) return null;
  return first.asOf === second.asOf || first.note !== undefined ? [first, second] : null;
}

/** The entries the card shows for a fact: both sides of a disagreement, else the newest, else none. */
export function shownEntries<T>(history: readonly Sourced<T>[]): Sourced<T>[] {
  const pair = disagreement(history);
  if (pair) return pair;
  return history.slice(0, 1);
}

/** Structural equality of JSON values (the dataset's values are strings, numbers, null and plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => k in b && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
