/**
 * The language a Preact interface speaks: the language setting, `auto` meaning the browser's.
 * It follows the settings it is given (useSettings keeps them current), so a change in the
 * options switches an open page at once. Code outside Preact uses uiLanguage from lib/i18n.
 */
import { useMemo } from 'preact/hooks';
import { type UiLanguage, uiLanguage } from '../../lib/i18n/language';
import type { Settings } from '../../lib/settings/settings-schema';

/** `settings`: null while they load (then `auto`); `browserLanguage`: navigator.language unless given. */
export function useUiLanguage(settings: Pick<Settings, 'language'> | null, browserLanguage?: string): UiLanguage {
  const setting = settings?.language ?? 'auto';
  const browser = browserLanguage ?? navigator.language;
  return useMemo(() => uiLanguage({ language: setting }, browser), [setting, browser]);
}
