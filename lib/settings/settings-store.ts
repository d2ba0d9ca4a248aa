/**
 * Browser storage of the settings (WXT storage, extension-local). Reads always go through
 * parseSettings, so whatever is stored, callers get valid settings; writes are validated too.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, type Settings } from './settings-schema';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue().catch(() => undefined));
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `listener` with valid settings whenever they change, in any part of the extension. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(parseSettings(value)));
}
