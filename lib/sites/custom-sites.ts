/**
 * Sites outside the default list that the user switches on: what they type, read as a site.
 * Pure (no browser API): the options page and the background both use it.
 */
import { isDefaultSite, matchPatternFor, siteOf } from './default-sites';
import { parseWebAddress } from './web-address';

/** The same rule as the settings schema's host: lower case labels, at least one dot. */
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/u;

export type SiteInput = { ok: true; site: string } | { ok: false; reason: 'invalid' | 'default'; site?: string };

/**
 * `www.example.org`, `Example.org`, `https://www.example.org/path?q` → `example.org`.
 * The `www.` goes, so the match pattern `*://*.example.org/*` covers the site and its subdomains.
 * Rejects what is no host name (spaces, IP addresses, a single label) and sites already on the default list.
 */
export function parseSiteInput(input: string): SiteInput {
  const raw = input.trim();
  if (raw === '' || /\s/u.test(raw)) return { ok: false, reason: 'invalid' };
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//iu.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  host = host.replace(/\.$/u, '');
  if (!HOST.test(host)) return { ok: false, reason: 'invalid' };
  // The last label of a real host name is never all digits: 192.168.0.1 is an address, not a site.
  if (/^\d+$/u.test(host.slice(host.lastIndexOf('.') + 1))) return { ok: false, reason: 'invalid' };
  const site = siteOf(host);
  if (!HOST.test(site)) return { ok: false, reason: 'invalid' };
  if (isDefaultSite(site)) return { ok: false, reason: 'default', site };
  return { ok: true, site };
}

/** The optional host permission a user-enabled site needs: the site and every subdomain. */
export function sitePermissionPattern(site: string): string {
  return matchPatternFor(site);
}

/** `enabledSites` with `site` added once, in the order the user added them. */
export function withSite(sites: readonly string[], site: string): string[] {
  return sites.includes(site) ? [...sites] : [...sites, site];
}

export function withoutSite(sites: readonly string[], site: string): string[] {
  return sites.filter((s) => s !== site);
}

/**
 * The sites a permission grant switches on: each origin of the form `*://*.<site>/*` (the pattern
 * this extension asks for) whose site is valid and not on the default list. A grant that outlives
 * the page that asked for it (Firefox can show its prompt behind the popup, which then closes)
 * still ends with the site on.
 */
export function sitesGrantedBy(origins: readonly string[]): string[] {
  const sites: string[] = [];
  for (const origin of origins) {
    const match = /^\*:\/\/\*\.([^/]+)\/\*$/u.exec(origin);
    const site = match?.[1];
    if (site && HOST.test(site) && !isDefaultSite(site) && !sites.includes(site)) sites.push(site);
  }
  return sites;
}

/**
 * The permission for one origin alone, `https://www.example.org/*`: what the reader asks for to
 * fetch a PDF from a site outside its host permissions. Not of the `*://*.<site>/*` form, so
 * `sitesGrantedBy` does not take it for switching the site on. Null for what is no http(s) address.
 */
export function originPermissionPattern(address: string): string | null {
  const url = parseWebAddress(address);
  return url ? `${url.protocol}//${url.hostname}/*` : null;
}
