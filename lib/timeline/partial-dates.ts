/**
 * The dataset's dates are as precise as the sources: `2017`, `2025-05`, `2025-04-04`. On a time axis
 * a partial date is a span; these give its first and last day (UTC milliseconds). Pure.
 */
import type { PartialDate } from '../../data/schema';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type Parts = { year: number; month: number | null; day: number | null };

export function parsePartialDate(date: PartialDate): Parts {
  const m = PARTIAL_DATE.exec(date);
  if (!m) throw new Error(`not a partial date: ${date}`);
  return {
    year: Number(m[1]),
    month: m[2] === undefined ? null : Number(m[2]),
    day: m[3] === undefined ? null : Number(m[3]),
  };
}

/** First day: `2025` → 1 Jan 2025, `2025-05` → 1 May 2025. */
export function partialDateStart(date: PartialDate): number {
  const { year, month, day } = parsePartialDate(date);
  return Date.UTC(year, (month ?? 1) - 1, day ?? 1);
}

/** Last day: `2025` → 31 Dec 2025, `2028-06` → 30 Jun 2028. */
export function partialDateEnd(date: PartialDate): number {
  const { year, month, day } = parsePartialDate(date);
  if (day !== null && month !== null) return Date.UTC(year, month - 1, day);
  if (month !== null) return Date.UTC(year, month, 0); // day 0 of the next month
  return Date.UTC(year, 11, 31);
}

/** A Date as the UTC day it falls on in local time (the user's "today"). */
export function dayOf(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
}

export function yearOf(time: number): number {
  return new Date(time).getUTCFullYear();
}

/** A short label as precise as the date: `4 apr 2025`, `mei 2025`, `2025` (en: `4 Apr 2025`, `May 2025`). */
export function formatPartialDate(date: PartialDate, lang: 'nl' | 'en'): string {
  const { year, month, day } = parsePartialDate(date);
  if (month === null) return String(year);
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const time = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === null
      ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(time).replace('.', '');
}
