/**
 * Dates as precise as the sources state them, through Intl (nl-NL / en-GB): `2028-06-30` →
 * "30 juni 2028", `2025-05` → "mei 2025", `2017` → "2017". Pure; "today" is always passed in so
 * the card and its tests agree on what has passed.
 */
import type { MandateEnd, NationalFramework, PartialDate } from '../../data/schema';
import { CARD_MESSAGES, type UiLanguage } from '../i18n/card-messages';
import { dayOf, parsePartialDate, partialDateEnd } from '../timeline/partial-dates';

export const LOCALES: Record<UiLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: UiLanguage, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withDay}`;
  let f = formatters.get(key);
  if (!f) {
    // UTC on both sides: a date-only value must not shift a day in the user's time zone.
    f = new Intl.DateTimeFormat(LOCALES[lang], {
      ...(withDay ? { day: 'numeric' } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(key, f);
  }
  return f;
}

/** `2028-06-30` → "30 juni 2028" / "30 June 2028"; `2025-05` → "mei 2025"; `2017` → "2017". */
export function formatDate(date: PartialDate, lang: UiLanguage): string {
  const { year, month, day } = parsePartialDate(date);
  if (month === null) return String(year);
  return formatter(lang, day !== null).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

/**
 * Whether the whole period of a (partial) date lies before `today` (the user's local day):
 * `2025-07` has passed on 1 August 2025, not on 31 July.
 */
export function hasPassed(date: PartialDate, today: Date): boolean {
  return dayOf(today) > partialDateEnd(date);
}

/** The date in an end value, or null for the words that stand for no date (`ongoing`, `indefinite`). */
export function endDateOf(value: NationalFramework['until'] | MandateEnd): PartialDate | null {
  return value === null || value === 'ongoing' || value === 'indefinite' ? null : value;
}

/** A framework's end: "t/m 30 juni 2028", "doorlopend", or "einddatum niet vermeld" when not stated. */
export function formatUntil(until: NationalFramework['until'], lang: UiLanguage): string {
  const t = CARD_MESSAGES[lang];
  if (until === null) return t.card_untilUnknown;
  if (until === 'ongoing') return t.card_ongoing;
  return t.card_until(formatDate(until, lang));
}

/** The end of an international mandate: a date, or "onbepaald" / "indefinite". */
export function formatMandateEnd(value: MandateEnd, lang: UiLanguage): string {
  return value === 'indefinite' ? CARD_MESSAGES[lang].card_indefinite : formatDate(value, lang);
}

/** A Bijlage 2 reporting period, `2024-05/2025-04` → "mei 2024 t/m april 2025". */
export function formatPeriod(period: string, lang: UiLanguage): string {
  const [from, to] = period.split('/');
  if (from === undefined || to === undefined) throw new Error(`not a period: ${period}`);
  return CARD_MESSAGES[lang].card_period(formatDate(from, lang), formatDate(to, lang));
}
