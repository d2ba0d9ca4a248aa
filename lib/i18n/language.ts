/** The UI languages, and which one `auto` means. */
export type UiLanguage = 'nl' | 'en';

/** `auto` follows the browser: Dutch for any nl-* locale, English otherwise. */
export function resolveLanguage(setting: UiLanguage | 'auto', browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/**
 * The UI language for the settings' language setting in this browser: the one function for code
 * outside the Preact interfaces (those use useUiLanguage). No settings yet means `auto`.
 */
export function uiLanguage(
  settings: { language: UiLanguage | 'auto' } | null | undefined,
  browserLanguage: string = navigator.language,
): UiLanguage {
  return resolveLanguage(settings?.language ?? 'auto', browserLanguage);
}
