/**
 * The content script reads the settings straight from storage.local; the options page and the
 * background write them through the WXT storage item. Both must mean the same key and value.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onSettingsChanged, readSettings, SETTINGS_STORAGE_KEY } from '../../../lib/settings/settings-reader';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings-schema';
import { settingsItem, updateSettings } from '../../../lib/settings/settings-store';

afterEach(() => {
  fakeBrowser.reset();
});

describe('readSettings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads what the WXT storage item wrote, under the key the item uses', async () => {
    await updateSettings({ paused: true, mutedTerms: ['kfor'], language: 'en' });
    const stored = await fakeBrowser.storage.local.get(SETTINGS_STORAGE_KEY);
    expect(stored[SETTINGS_STORAGE_KEY]).toEqual(await settingsItem.getValue());
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, paused: true, mutedTerms: ['kfor'], language: 'en' });
  });

  it('replaces each bad field by its default, like the store', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { paused: 'yes', underline: 'clear' } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, underline: 'clear' });
  });
});

describe('onSettingsChanged', () => {
  it('reports every write through the store as valid settings, until unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = onSettingsChanged((settings) => seen.push(settings));
    await updateSettings({ abbreviations: true });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: 'corrupt' });
    unwatch();
    await updateSettings({ firstOccurrenceOnly: true });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, abbreviations: true }, DEFAULT_SETTINGS]);
  });
});
