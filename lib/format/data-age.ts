/**
 * How old the card's data is, and how a date that has passed since its source is said. The data
 * is as of its Kamerstukken; a date that has passed by today is a fact of that time ("liep tot 31
 * augustus 2025 volgens de bron van mei 2025"), not news that something expired. Pure.
 */
import type { PartialDate } from '../../data/schema';
import { dayOf, partialDateEnd } from '../timeline/partial-dates';

/** True when a year has gone by since the end of `asOf` (`2025-05` is old from 1 June 2026). */
export function isOlderThanAYear(asOf: PartialDate, today: Date): boolean {
  const end = new Date(partialDateEnd(asOf));
  const yearLater = Date.UTC(end.getUTCFullYear() + 1, end.getUTCMonth(), end.getUTCDate());
  return dayOf(today) > yearLater;
}
