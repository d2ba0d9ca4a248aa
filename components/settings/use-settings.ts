/**
 * The options page's and the popup's view of the settings: loaded once, kept current by
 * watchSettings (another tab or the popup may change them), and saved one change at a time so two
 * quick clicks never overwrite each other.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SettingsUpdater } from '../../lib/permissions/enable-site';
import type { Settings } from '../../lib/settings/settings-schema';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/settings-store';

export type SaveSettings = (change: Partial<Settings>) => Promise<unknown>;

/** `initial`: settings already loaded (the popup reads them before its first paint). */
export function useSettings(initial: Settings | null = null): {
  settings: Settings | null;
  save: SaveSettings;
  update: SettingsUpdater;
} {
  const [settings, setSettings] = useState<Settings | null>(initial);
  const tail = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let alive = true;
    void loadSettings().then((loaded) => {
      if (alive) setSettings(loaded);
    });
    const unwatch = watchSettings((next) => {
      if (alive) setSettings(next);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  const update = useCallback<SettingsUpdater>((change) => {
    const run = tail.current.then(async () => {
      const next = await updateSettings(change(await loadSettings()));
      setSettings(next);
      return next;
    });
    tail.current = run.catch(() => undefined);
    return run;
  }, []);

  const save = useCallback<SaveSettings>((change) => update(() => change), [update]);

  return { settings, save, update };
}
