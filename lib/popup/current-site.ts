/**
 * Pure: the site of the active tab as the popup's switches see it, and the settings change that
 * switches it on or off. The same rules as the content script (isActiveOn) and the options page
 * (parseSiteInput for sites outside the default list).
 */

import { isActiveOn, type Settings } from '../settings/settings-schema';
import { parseSiteInput, withSite } from '../sites/custom-sites';
import { isDefaultSite, siteOf } from '../sites/default-sites';
import { parseWebAddress } from '../sites/web-address';

export type CurrentSite =
  /** A page of Missiewijzer itself (the demo): no site to switch. */
  | { kind: 'own' }
  /** The browser did not tell the popup the address: a site without permission, or a browser page. */
  | { kind: 'unknown' }
  /** Not a web site Missiewijzer can run on: about:, chrome://, file:, an IP address, localhost. */
  | { kind: 'unsupported' }
  | { kind: 'default'; host: string; site: string; on: boolean }
  | { kind: 'other'; host: string; site: string; on: boolean };

/** `extensionBase` is the extension's own root URL (runtime.getURL('/')). */
export function currentSite(
  address: string | null | undefined,
  settings: Settings,
  extensionBase: string,
): CurrentSite {
  if (!address) return { kind: 'unknown' };
  if (address.startsWith(extensionBase)) return { kind: 'own' };
  const url = parseWebAddress(address);
  if (!url) return { kind: 'unsupported' };
  const host = url.hostname.toLowerCase();
  // The switch is about the site, not about pausing: ask as if not paused.
  const on = isActiveOn({ ...settings, paused: false }, host, isDefaultSite);
  if (isDefaultSite(host)) return { kind: 'default', host, site: siteOf(host), on };
  if (on) return { kind: 'other', host, site: coveringSites(settings.enabledSites, host)[0] as string, on };
  const parsed = parseSiteInput(host);
  return parsed.ok ? { kind: 'other', host, site: parsed.site, on } : { kind: 'unsupported' };
}

/** The entries of a site list that cover `host` (the site itself or a parent domain). */
export function coveringSites(sites: readonly string[], host: string): string[] {
  return sites.filter((site) => host === site || host.endsWith(`.${site}`));
}

/**
 * The change that switches a default site on or off, computed from the settings as they are when
 * it is saved. Switching on removes every entry that covers the host, so the site really is on.
 */
export function defaultSiteChange(site: { host: string; site: string }, on: boolean) {
  return (current: Settings): Partial<Settings> => {
    const covering = new Set(coveringSites(current.disabledSites, site.host));
    const rest = current.disabledSites.filter((s) => !covering.has(s));
    return { disabledSites: on ? rest : withSite(rest, site.site) };
  };
}
