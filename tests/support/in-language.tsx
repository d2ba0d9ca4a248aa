/** Renders a component the way each root does: inside the UI language's provider. */
import type { ComponentChildren } from 'preact';
import { UiLanguageContext } from '../../components/settings/ui-language-context';
import type { UiLanguage } from '../../lib/i18n/language';

export function inLanguage(lang: UiLanguage, ui: ComponentChildren) {
  return <UiLanguageContext.Provider value={lang}>{ui}</UiLanguageContext.Provider>;
}
