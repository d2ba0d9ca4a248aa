/**
 * The optional host permissions (browser API). The manifest declares
 * `optional_host_permissions: ['*://*\/*']`; a site the user switches on asks for
 * `*://*.<site>/*` alone, the reader for the one origin of a PDF (`https://host/*`).
 */
import { browser } from 'wxt/browser';
import { originPermissionPattern, sitePermissionPattern } from '../sites/custom-sites';

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

/**
 * Asks the user for the origin of `address`. Like requestSitePermission, call it straight from a
 * click handler. False for what is no http(s) address.
 */
export function requestOriginPermission(address: string): Promise<boolean> {
  const pattern = originPermissionPattern(address);
  return pattern ? browser.permissions.request({ origins: [pattern] }) : Promise.resolve(false);
}

/** Whether the extension may fetch from the origin of `address` (a default site, or one granted). */
export async function hasOriginPermission(address: string): Promise<boolean> {
  const pattern = originPermissionPattern(address);
  return pattern ? browser.permissions.contains({ origins: [pattern] }).catch(() => false) : false;
}
