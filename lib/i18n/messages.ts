/**
 * Every UI string, in Dutch and English. One typed table so the user can switch language at
 * run time (browser.i18n follows the browser's language only). Dutch is the reference: the
 * English table must have exactly the same keys.
 */
const nl = {
  appName: 'Missiewijzer',
  popupHeading: 'Missies',
  missionCount: (n: number) => `${n} missies in de dataset`,
  status_active: 'actief',
  status_ended: 'beëindigd',
  status_planned: 'gepland',
} as const;

type MessageTable = {
  [K in keyof typeof nl]: (typeof nl)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

const en: MessageTable = {
  appName: 'Missiewijzer',
  popupHeading: 'Missions',
  missionCount: (n: number) => `${n} missions in the dataset`,
  status_active: 'active',
  status_ended: 'ended',
  status_planned: 'planned',
};

export type UiLanguage = 'nl' | 'en';
export type Messages = MessageTable;

export const MESSAGES: Record<UiLanguage, Messages> = { nl, en };

/** `auto` follows the browser: Dutch for any nl-* locale, English otherwise. */
export function resolveLanguage(setting: UiLanguage | 'auto', browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
