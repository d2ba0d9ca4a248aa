/**
 * The user's settings: one Zod schema, every field with its own default, so a corrupt, missing
 * or mistyped field falls back to that default alone and the rest is kept. The defaults and
 * allowed values are in settings-fields.ts, which also reads settings without Zod for the content
 * script. zod/mini: a smaller bundle for the popup and options page.
 */
import * as z from 'zod/mini';
import {
  DEFAULT_SETTINGS as FIELD_DEFAULTS,
  HOST_NAME,
  LANGUAGES,
  type SettingsFields,
  UNDERLINE_STYLES,
} from './settings-fields';

export { isActiveOn } from './settings-fields';

const hostSchema = z.string().check(z.regex(HOST_NAME));
const D = FIELD_DEFAULTS;

export const SETTINGS_VERSION = 1;

export const settingsSchema = z.object({
  /** Off everywhere until switched back on. */
  paused: z.catch(z.boolean(), D.paused),
  /** Default sites the user switched off. */
  disabledSites: z.catch(z.array(hostSchema), () => []),
  /** Sites outside the default list the user switched on (with the host permission granted). */
  enabledSites: z.catch(z.array(hostSchema), () => []),
  /** Also underline general abbreviations from the glossary (OHQ, POLAD, VNVR…). */
  abbreviations: z.catch(z.boolean(), D.abbreviations),
  /** Mark only the first occurrence of each mission on a page. */
  firstOccurrenceOnly: z.catch(z.boolean(), D.firstOccurrenceOnly),
  /** Mission and term ids never to mark. */
  mutedTerms: z.catch(z.array(z.string()), () => []),
  /** Kamerstuk references in the page ('Kamerstuk 29521, nr. 493') become links to officielebekendmakingen.nl. */
  kamerstukReferences: z.catch(z.boolean(), D.kamerstukReferences),
  language: z.catch(z.enum(LANGUAGES), D.language),
  underline: z.catch(z.enum(UNDERLINE_STYLES), D.underline),
  /** Send top-level PDF navigations on the default sites to the reader. */
  pdfsInReader: z.catch(z.boolean(), D.pdfsInReader),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = FIELD_DEFAULTS;

// settings-fields.ts reads settings without Zod for the content script: its type must be this one.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<SettingsFields, Settings>;

/** Whatever is stored, a complete valid Settings: each bad field replaced by its default. */
export function parseSettings(raw: unknown): Settings {
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  return settingsSchema.parse(input);
}
