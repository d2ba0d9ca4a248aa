/**
 * The in-page session through the user's settings: started on a page the settings make active,
 * stopped when they no longer do, rebuilt when a change needs the page re-read (abbreviations,
 * muted terms), and changed in place otherwise (underline style, first occurrence only). The
 * content script hands in how a session is made and where settings changes come from.
 */
import { benchMeasure, SLICE_MEASURE } from '../dom/bench-marks';
import type { HighlightStyle } from '../dom/term-highlights';
import { type UiLanguage, uiLanguage } from '../i18n/language';
import { isActiveOn } from '../settings/settings-fields';
import type { Settings } from '../settings/settings-schema';
import { isDefaultSite } from '../sites/default-sites';
import { needsRescan } from './session-options';

/** The part of a page's session the settings reach. */
export type SettingsSession = {
  start(): void;
  stop(): void;
  highlights: { setStyle(style: HighlightStyle): void; setFirstOnly(firstOnly: boolean): void };
};

export type SettingsLifecycleOptions<S extends SettingsSession> = {
  /** The settings as read when the page loads. */
  settings: Settings;
  /** The page's host name: the settings say where Missiewijzer is active. */
  hostname: string;
  /** A new, not yet started session for `settings`; `lang` is read whenever the card needs it. */
  createSession: (settings: Settings, lang: () => UiLanguage) => S;
  /** Calls its listener on every change of the settings; returns how to stop listening. */
  watchSettings: (listener: (settings: Settings) => void) => () => void;
  /** The browser's language, for the `auto` language setting (navigator.language by default). */
  browserLanguage?: () => string;
};

export type SettingsLifecycle<S> = {
  /** The running session, or null while the page is not read (paused, switched off for this site). */
  readonly session: S | null;
  /** The settings in force. */
  readonly settings: Settings;
  /** Stops following the settings and stops the session (the content script is going away). */
  dispose(): void;
};

export function followSettings<S extends SettingsSession>(options: SettingsLifecycleOptions<S>): SettingsLifecycle<S> {
  const { hostname, createSession, browserLanguage = () => navigator.language } = options;
  let settings = options.settings;
  let session: S | null = null;
  const lang = () => uiLanguage(settings, browserLanguage());

  const start = () => {
    // Setting up is work of ours on the page too: measured as a slice, as the annotator's are.
    const setupStart = performance.now();
    const next = createSession(settings, lang);
    next.highlights.setFirstOnly(settings.firstOccurrenceOnly);
    session = next;
    benchMeasure(SLICE_MEASURE, setupStart);
    next.start();
  };
  const stop = () => {
    session?.stop();
    session = null;
  };

  // Settings apply to open tabs at once.
  const apply = (next: Settings) => {
    const before = settings;
    settings = next;
    if (!isActiveOn(next, hostname, isDefaultSite)) return stop();
    if (!session || needsRescan(before, next)) {
      stop();
      return start();
    }
    session.highlights.setStyle(next.underline);
    session.highlights.setFirstOnly(next.firstOccurrenceOnly);
  };

  if (isActiveOn(settings, hostname, isDefaultSite)) start();
  const unwatch = options.watchSettings(apply);

  return {
    get session() {
      return session;
    },
    get settings() {
      return settings;
    },
    dispose() {
      unwatch();
      stop();
    },
  };
}
