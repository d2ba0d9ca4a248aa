/**
 * The user's settings: one Zod schema, every field with its own default, so a corrupt, missing
 * or mistyped field falls back to that default alone and the rest is kept. zod/mini: the
 * content script reads settings too.
 */
import * as z from 'zod/mini';

/** A host name as the user sees it: `www.example.org`, lower case, no scheme or path. */
const hostSchema = z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/u));

export const SETTINGS_VERSION = 1;

export const settingsSchema = z.object({
  /** Off everywhere until switched back on. */
  paused: z.catch(z.boolean(), false),
  /** Default sites the user switched off. */
  disabledSites: z.catch(z.array(hostSchema), []),
  /** Sites outside the default list the user switched on (with the host permission granted). */
  enabledSites: z.catch(z.array(hostSchema), []),
  /** Also underline general abbreviations from the glossary (OHQ, POLAD, VNVR…). */
  abbreviations: z.catch(z.boolean(), false),
  /** Mark only the first occurrence of each mission on a page. */
  firstOccurrenceOnly: z.catch(z.boolean(), false),
  /** Mission and term ids never to mark. */
  mutedTerms: z.catch(z.array(z.string()), []),
  /** Kamerstuk references in the page ('Kamerstuk 29521, nr. 493') become links to officielebekendmakingen.nl. */
  kamerstukReferences: z.catch(z.boolean(), true),
  language: z.catch(z.enum(['auto', 'nl', 'en']), 'auto'),
  underline: z.catch(z.enum(['subtle', 'clear']), 'subtle'),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Whatever is stored, a complete valid Settings: each bad field replaced by its default. */
export function parseSettings(raw: unknown): Settings {
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  return settingsSchema.parse(input);
}

/** Whether Missiewijzer should mark terms on `host`, given the default list. */
export function isActiveOn(settings: Settings, host: string, isDefaultSite: (host: string) => boolean): boolean {
  if (settings.paused) return false;
  const h = host.toLowerCase();
  const listed = (list: string[]) => list.some((site) => h === site || h.endsWith(`.${site}`));
  if (isDefaultSite(h)) return !listed(settings.disabledSites);
  return listed(settings.enabledSites);
}
