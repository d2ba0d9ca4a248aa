/**
 * The optional host permission of a user-enabled site (browser API). The manifest declares
 * `optional_host_permissions: ['*://*\/*']`; each site asks for `*://*.<site>/*` alone.
 */
import { browser } from 'wxt/browser';
import { sitePermissionPattern } from '../sites/custom-sites';

const originsOf = (site: string) => ({ origins: [sitePermissionPattern(site)] });

/**
 * Asks the user for the site. Must be called straight from a click handler, before any `await`:
 * browsers only show the prompt during a user gesture (Firefox rejects it otherwise).
 */
export function requestSitePermission(site: string): Promise<boolean> {
  return browser.permissions.request(originsOf(site));
}

export function hasSitePermission(site: string): Promise<boolean> {
  return browser.permissions.contains(originsOf(site));
}

/** Gives the permission back; false if the browser would not (it was never granted, for instance). */
export async function removeSitePermission(site: string): Promise<boolean> {
  return browser.permissions.remove(originsOf(site)).catch(() => false);
}
