/**
 * The content script's session follows the settings: started where they make the page active,
 * stopped and restarted as they change, and changed in place where no re-read is needed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HighlightStyle } from '../../../lib/dom/term-highlights';
import type { UiLanguage } from '../../../lib/i18n/language';
import { followSettings, type SettingsSession } from '../../../lib/in-page/settings-lifecycle';
import { onSettingsChanged, readSettings } from '../../../lib/settings/settings-reader';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings-schema';
import { updateSettings } from '../../../lib/settings/settings-store';

/** A session that records what the settings did to it. */
class FakeSession implements SettingsSession {
  readonly log: string[] = [];
  style: HighlightStyle | null = null;
  firstOnly: boolean | null = null;
  constructor(
    readonly settings: Settings,
    readonly lang: () => UiLanguage,
  ) {}
  start() {
    this.log.push('start');
  }
  stop() {
    this.log.push('stop');
  }
  highlights = {
    setStyle: (style: HighlightStyle) => {
      this.style = style;
    },
    setFirstOnly: (firstOnly: boolean) => {
      this.firstOnly = firstOnly;
    },
  };
}

const NEWS = 'nos.nl';
const OTHER = 'example.org';

function follow(settings: Settings, hostname = NEWS, browserLanguage = 'nl-NL') {
  const sessions: FakeSession[] = [];
  let listener: ((next: Settings) => void) | null = null;
  const unwatch = vi.fn(() => {
    listener = null;
  });
  const page = followSettings({
    settings,
    hostname,
    browserLanguage: () => browserLanguage,
    createSession: (s, lang) => {
      const session = new FakeSession(s, lang);
      sessions.push(session);
      return session;
    },
    watchSettings: (l) => {
      listener = l;
      return unwatch;
    },
  });
  const change = (patch: Partial<Settings>) => listener?.({ ...page.settings, ...patch });
  return { page, sessions, change, unwatch, watching: () => listener !== null };
}

afterEach(() => {
  fakeBrowser.reset();
});

describe('followSettings', () => {
  it('starts a session on a default site, with the first-occurrence setting applied before it starts', () => {
    const { page, sessions } = follow({ ...DEFAULT_SETTINGS, firstOccurrenceOnly: true });
    expect(sessions).toHaveLength(1);
    expect(page.session).toBe(sessions[0]);
    expect(sessions[0]!.firstOnly).toBe(true);
    expect(sessions[0]!.log).toEqual(['start']);
  });

  it('starts nothing on a page the settings leave alone, or while paused', () => {
    expect(follow(DEFAULT_SETTINGS, OTHER).page.session).toBeNull();
    expect(follow({ ...DEFAULT_SETTINGS, paused: true }).page.session).toBeNull();
  });

  it('measures setting up as one of its slices of work on the page', () => {
    const measure = vi.spyOn(performance, 'measure');
    follow(DEFAULT_SETTINGS);
    expect(measure).toHaveBeenCalledTimes(1);
    measure.mockRestore();
  });

  it('stops the session when paused and starts a new one when resumed', () => {
    const { page, sessions, change } = follow(DEFAULT_SETTINGS);
    change({ paused: true });
    expect(page.session).toBeNull();
    expect(sessions[0]!.log).toEqual(['start', 'stop']);
    change({ paused: false });
    expect(sessions).toHaveLength(2);
    expect(page.session).toBe(sessions[1]);
    expect(sessions[1]!.log).toEqual(['start']);
  });

  it('rebuilds the session when the page must be read again (abbreviations, muted terms, Kamerstuk references)', () => {
    const { page, sessions, change } = follow(DEFAULT_SETTINGS);
    change({ abbreviations: !DEFAULT_SETTINGS.abbreviations });
    expect(sessions).toHaveLength(2);
    expect(sessions[0]!.log).toEqual(['start', 'stop']);
    expect(sessions[1]!.settings.abbreviations).toBe(!DEFAULT_SETTINGS.abbreviations);
    change({ mutedTerms: ['kfor'] });
    expect(sessions).toHaveLength(3);
    expect(page.session?.settings.mutedTerms).toEqual(['kfor']);
    change({ kamerstukReferences: false });
    expect(sessions).toHaveLength(4);
    expect(sessions[2]!.log).toEqual(['start', 'stop']);
    expect(page.session?.settings.kamerstukReferences).toBe(false);
  });

  it('changes the underline and first-occurrence settings in place', () => {
    const { page, sessions, change } = follow(DEFAULT_SETTINGS);
    change({ underline: 'clear', firstOccurrenceOnly: true });
    expect(sessions).toHaveLength(1);
    expect(page.session).toBe(sessions[0]);
    expect(sessions[0]!.style).toBe('clear');
    expect(sessions[0]!.firstOnly).toBe(true);
    expect(sessions[0]!.log).toEqual(['start']);
  });

  it('gives the session the language in force when asked, following a change without a restart', () => {
    const { sessions, change } = follow(DEFAULT_SETTINGS, NEWS, 'nl-BE');
    const lang = sessions[0]!.lang;
    expect(lang()).toBe('nl');
    change({ language: 'en' });
    expect(sessions).toHaveLength(1);
    expect(lang()).toBe('en');
  });

  it('stops listening and stops the session when disposed', () => {
    const { page, sessions, unwatch, watching } = follow(DEFAULT_SETTINGS);
    page.dispose();
    expect(unwatch).toHaveBeenCalledTimes(1);
    expect(watching()).toBe(false);
    expect(page.session).toBeNull();
    expect(sessions[0]!.log).toEqual(['start', 'stop']);
  });

  it('follows what the options write to storage, read as the content script reads it', async () => {
    const sessions: FakeSession[] = [];
    const page = followSettings({
      settings: await readSettings(),
      hostname: NEWS,
      watchSettings: onSettingsChanged,
      createSession: (s, lang) => {
        const session = new FakeSession(s, lang);
        sessions.push(session);
        return session;
      },
    });
    expect(page.session).toBe(sessions[0]);
    await updateSettings({ paused: true });
    await vi.waitFor(() => expect(page.session).toBeNull());
    await updateSettings({ paused: false, underline: 'clear' });
    await vi.waitFor(() => expect(page.session).toBe(sessions[1]));
    expect(sessions[1]!.settings.underline).toBe('clear');
    page.dispose();
    await updateSettings({ paused: true });
    await updateSettings({ paused: false });
    expect(sessions).toHaveLength(2);
  });
});
