/** The UI languages, and which one `auto` means. */
export type UiLanguage = 'nl' | 'en';

/** `auto` follows the browser: Dutch for any nl-* locale, English otherwise. */
export function resolveLanguage(setting: UiLanguage | 'auto', browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
