/**
 * The language the interface speaks, given once at each root (popup, options, explain page, demo,
 * in-page layer) through UiLanguageContext instead of passed down by hand.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n/language';

/** No default: a component drawn outside a root fails at once instead of guessing the language. */
export const UiLanguageContext = createContext<UiLanguage | null>(null);

export function useLanguage(): UiLanguage {
  const lang = useContext(UiLanguageContext);
  if (lang === null) throw new Error('Drawn outside UiLanguageContext: each root provides the language.');
  return lang;
}
