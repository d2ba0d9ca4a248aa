/**
 * Head counts as the sources state them: a number with its qualifier ("circa 12", "maximaal 15"),
 * or unknown where a source gives none — never a guessed 0. Pure.
 */
import type { Deployed, NationalFramework } from '../../data/schema';
import { CARD_MESSAGES, type UiLanguage } from '../i18n/card-messages';
import { LOCALES } from './dates';

type Qualifier = NationalFramework['qualifier'];

const formatters: Partial<Record<UiLanguage, Intl.NumberFormat>> = {};

/** 1347 → "1.347" (nl) / "1,347" (en). */
export function formatNumber(n: number, lang: UiLanguage): string {
  formatters[lang] ??= new Intl.NumberFormat(LOCALES[lang]);
  return formatters[lang].format(n);
}

/** "12", "circa 12", "maximaal 15"; null → "onbekend" / "not stated" (no qualifier on an unknown). */
export function formatCount(n: number | null, qualifier: Qualifier, lang: UiLanguage): string {
  const t = CARD_MESSAGES[lang];
  if (n === null) return t.card_unknown;
  const text = formatNumber(n, lang);
  if (qualifier === 'circa') return t.card_circa(text);
  if (qualifier === 'max') return t.card_max(text);
  return text;
}

export type CountPart = {
  key: 'military' | 'civilPolice' | 'total';
  label: string;
  text: string;
  known: boolean;
};

function parts(
  counts: { military: number | null; civilPolice: number | null; total: number | null },
  qualifier: Qualifier,
  lang: UiLanguage,
): CountPart[] {
  const t = CARD_MESSAGES[lang];
  const labels = { military: t.card_military, civilPolice: t.card_civilPolice, total: t.card_total } as const;
  return (['military', 'civilPolice', 'total'] as const).map((key) => ({
    key,
    label: labels[key],
    text: formatCount(counts[key], qualifier, lang),
    known: counts[key] !== null,
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
