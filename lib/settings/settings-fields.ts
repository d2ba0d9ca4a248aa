/**
 * Pure: the settings' values without Zod, for the content script, which reads them on every page:
 * Zod's runtime is about 5 KB gzip, a sixth of that script. The defaults and allowed values live
 * here and settingsSchema (settings-schema.ts) is built from them; `readSettingsFields` reads
 * stored settings field by field as settingsSchema does, each bad field replaced by its default
 * (tests/unit/settings/settings-schema.test.ts runs both on the same inputs).
 */
/** A host name as the user sees it: `www.example.org`, lower case, no scheme or path. */
export const HOST_NAME = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/u;
export const LANGUAGES = ['auto', 'nl', 'en'] as const;
export const UNDERLINE_STYLES = ['subtle', 'clear'] as const;

/**
 * Typed here, not as Settings: settingsSchema, which Settings comes from, is built from these
 * (settings-schema.ts checks that both types are the same).
 */
export const DEFAULT_SETTINGS = {
  paused: false,
  disabledSites: [] as string[],
  enabledSites: [] as string[],
  abbreviations: false,
  firstOccurrenceOnly: false,
  mutedTerms: [] as string[],
  kamerstukReferences: true,
  language: 'auto' as (typeof LANGUAGES)[number],
  underline: 'subtle' as (typeof UNDERLINE_STYLES)[number],
  pdfsInReader: false,
};

/** The settings as this module knows them; the same type as Settings. */
export type SettingsFields = typeof DEFAULT_SETTINGS;

type Check<T> = (value: unknown) => value is T;

const isBoolean: Check<boolean> = (value) => typeof value === 'boolean';
const isString: Check<string> = (value) => typeof value === 'string';
const isHost: Check<string> = (value): value is string => isString(value) && HOST_NAME.test(value);
const listOf =
  <T>(item: Check<T>): Check<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.every(item);
const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (value): value is T =>
    (values as readonly unknown[]).includes(value);

/** Every field's check: a field with a default and no check (or the reverse) fails to compile. */
const CHECKS: { [K in keyof SettingsFields]-?: Check<SettingsFields[K]> } = {
  paused: isBoolean,
  disabledSites: listOf(isHost),
  enabledSites: listOf(isHost),
  abbreviations: isBoolean,
  firstOccurrenceOnly: isBoolean,
  mutedTerms: listOf(isString),
  kamerstukReferences: isBoolean,
  language: oneOf(LANGUAGES),
  underline: oneOf(UNDERLINE_STYLES),
  pdfsInReader: isBoolean,
};

/** Whatever is stored, complete valid Settings: each missing or bad field replaced by its default. */
export function readSettingsFields(raw: unknown): SettingsFields {
  const input: Record<string, unknown> =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(CHECKS) as [keyof SettingsFields, Check<unknown>][]) {
    const value = input[key];
    const fallback = DEFAULT_SETTINGS[key];
    // Lists are copied, so no caller shares (and could change) another's or the defaults' array.
    out[key] = check(value) ? (Array.isArray(value) ? [...value] : value) : Array.isArray(fallback) ? [] : fallback;
  }
  return out as SettingsFields;
}

/** Whether Missiewijzer should mark terms on `host`, given the default list. */
export function isActiveOn(settings: SettingsFields, host: string, isDefaultSite: (host: string) => boolean): boolean {
  if (settings.paused) return false;
  const h = host.toLowerCase();
  const listed = (list: string[]) => list.some((site) => h === site || h.endsWith(`.${site}`));
  if (isDefaultSite(h)) return !listed(settings.disabledSites);
  return listed(settings.enabledSites);
}
