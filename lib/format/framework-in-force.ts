/**
 * Which national framework value is in force on a given day. A framework's history is newest first
 * by source, but the newest source is not always the one that holds today: a progress report states
 * the framework of the period it looks back on (May 2024 to April 2025), an older letter the plan
 * that runs on (2025 to June 2028). The value whose `period` holds the day comes first; without one
 * the history reads as before, newest first. Pure: the day is passed in.
 */
import type { FrameworkPeriod, NationalFramework, Sourced } from '../../data/schema';
import { dayOf, partialDateEnd, partialDateStart } from '../timeline/partial-dates';

/** True when `day` lies within the period (both ends included; an open end does not limit it). */
export function periodHolds(period: FrameworkPeriod, day: Date): boolean {
  const d = dayOf(day);
  if (period.from !== undefined && d < partialDateStart(period.from)) return false;
  if (period.to !== undefined && d > partialDateEnd(period.to)) return false;
  return true;
}

/** Index of the newest entry whose period holds `day`; -1 where none does. */
export function inForceIndex(history: readonly Sourced<NationalFramework>[], day: Date): number {
  return history.findIndex((entry) => entry.value.period !== undefined && periodHolds(entry.value.period, day));
}

/**
 * The history as the card's key facts read it: from the value in force on `day` on, so that a
 * correction still meets the value it corrects; the whole history where no value is in force.
 */
export function frameworksFrom(
  history: readonly Sourced<NationalFramework>[],
  day: Date,
): readonly Sourced<NationalFramework>[] {
  const index = inForceIndex(history, day);
  return index <= 0 ? history : history.slice(index);
}

/** The value the card shows first: the one in force on `day`, else the newest. */
export function frameworkInForce(
  history: readonly Sourced<NationalFramework>[],
  day: Date,
): Sourced<NationalFramework> | undefined {
  return frameworksFrom(history, day)[0];
}
