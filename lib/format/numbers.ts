/**
 * Head counts as the sources state them: a number with its qualifier ("circa 12", "maximaal 15"),
 * "geen" where the source's table leaves the cell empty or writes "-", and "niet vermeld" where the
 * source gives no figure for the category — never a guessed 0. Pure.
 */
import type { Count, Deployed, NationalFramework } from '../../data/schema';
import { CARD_MESSAGES, type UiLanguage } from '../i18n/card-messages';
import { LOCALES } from './dates';

type Qualifier = NationalFramework['qualifier'];

const formatters: Partial<Record<UiLanguage, Intl.NumberFormat>> = {};

/** 1347 → "1.347" (nl) / "1,347" (en). */
export function formatNumber(n: number, lang: UiLanguage): string {
  formatters[lang] ??= new Intl.NumberFormat(LOCALES[lang]);
  return formatters[lang].format(n);
}

/** A number the source states, none (an empty or "-" table cell), or not stated at all. */
export type CountState = 'known' | 'none' | 'notStated';

export function countState(n: Count): CountState {
  if (n === null) return 'notStated';
  return n === 'none' ? 'none' : 'known';
}

/**
 * "12", "circa 12", "maximaal 15"; `'none'` → "geen" / "none"; null → "niet vermeld" / "not stated".
 * The qualifier belongs to a number only.
 */
export function formatCount(n: Count, qualifier: Qualifier, lang: UiLanguage): string {
  const t = CARD_MESSAGES[lang];
  if (n === null) return t.card_unknown;
  if (n === 'none') return t.card_countNone;
  const text = formatNumber(n, lang);
  if (qualifier === 'circa') return t.card_circa(text);
  if (qualifier === 'max') return t.card_max(text);
  return text;
}

export type CountPart = {
  key: 'military' | 'civilPolice' | 'total';
  label: string;
  text: string;
  state: CountState;
};

function parts(
  counts: { military: Count; civilPolice: Count; total: Count },
  qualifier: Qualifier,
  lang: UiLanguage,
): CountPart[] {
  const t = CARD_MESSAGES[lang];
  const labels = { military: t.card_military, civilPolice: t.card_civilPolice, total: t.card_total } as const;
  return (['military', 'civilPolice', 'total'] as const).map((key) => ({
    key,
    label: labels[key],
    text: formatCount(counts[key], qualifier, lang),
    state: countState(counts[key]),
  }));
}

/** Military / civil-police / total of a national framework, each with the framework's qualifier. */
export function frameworkCounts(value: NationalFramework, lang: UiLanguage): CountPart[] {
  return parts(value, value.qualifier, lang);
}

/** Military / civil-police / total actually deployed (Bijlage 2 counts are exact). */
export function deployedCounts(value: Deployed, lang: UiLanguage): CountPart[] {
  return parts(value, 'exact', lang);
}
