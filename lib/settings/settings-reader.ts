/**
 * Reading the settings where only reading is needed (the content script, on every page): straight
 * from browser.storage.local, without the WXT storage runtime (~3 KB gzip of the content script).
 * The item in settings-store.ts stays the one writer and owns versions and migrations; WXT keeps a
 * `local:settings` item's value under the storage key 'settings' (its version under 'settings$'),
 * and whatever is found there is read field by field as parseSettings would (settings-fields.ts, without Zod).
 */
import { browser } from 'wxt/browser';
import { readSettingsFields } from './settings-fields';
import type { Settings } from './settings-schema';

/** The storage.local key of the 'local:settings' item in settings-store.ts. */
export const SETTINGS_STORAGE_KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
    return readSettingsFields(stored[SETTINGS_STORAGE_KEY]);
  } catch {
    return readSettingsFields(undefined);
  }
}

/** Calls `listener` with valid settings whenever another part of the extension writes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[SETTINGS_STORAGE_KEY];
    if (change) listener(readSettingsFields(change.newValue));
  };
  browser.storage.local.onChanged.addListener(onChanged);
  return () => browser.storage.local.onChanged.removeListener(onChanged);
}
