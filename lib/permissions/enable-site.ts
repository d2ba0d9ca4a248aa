/**
 * Switching a site outside the default list on and off (browser API): the permission and the
 * setting together. The background follows `settings.enabledSites` and registers or unregisters
 * the content script (lib/background/registered-sites.ts).
 */
import type { Settings } from '../settings/settings-schema';
import { loadSettings, updateSettings } from '../settings/settings-store';
import { withoutSite, withSite } from '../sites/custom-sites';
import { removeSitePermission, requestSitePermission } from './site-permissions';

export type EnableResult = 'enabled' | 'denied' | 'failed';

/** Applies a change computed from the current settings (a page may pass its own queued version). */
export type SettingsUpdater = (change: (current: Settings) => Partial<Settings>) => Promise<unknown>;

const updateDirectly: SettingsUpdater = async (change) => updateSettings(change(await loadSettings()));

/**
 * Asks for the site's permission and, once granted, adds the site to the settings. Call it
 * straight from the click or submit handler: the permission request is made before anything is
 * awaited, so it still counts as the user's gesture.
 */
export function enableSite(site: string, update: SettingsUpdater = updateDirectly): Promise<EnableResult> {
  let asked: Promise<boolean>;
  try {
    asked = requestSitePermission(site);
  } catch {
    return Promise.resolve('failed');
  }
  return asked.then(
    async (granted): Promise<EnableResult> => {
      if (!granted) return 'denied';
      await update((current) => ({ enabledSites: withSite(current.enabledSites, site) }));
      return 'enabled';
    },
    (): EnableResult => 'failed',
  );
}

/** Takes the site out of the settings first (so nothing re-registers it), then gives the permission back. */
export async function disableSite(site: string, update: SettingsUpdater = updateDirectly): Promise<void> {
  await update((current) => ({ enabledSites: withoutSite(current.enabledSites, site) }));
  await removeSitePermission(site);
}
