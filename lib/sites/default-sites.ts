/**
 * Sites where Missiewijzer runs without asking: parliament, government and news sites where
 * people read about missions. Every other site is off until the user enables it.
 */
export const DEFAULT_SITES = [
  'tweedekamer.nl',
  'eerstekamer.nl',
  'officielebekendmakingen.nl',
  'rijksoverheid.nl',
  'government.nl',
  'defensie.nl',
  'parlement.com',
  'nos.nl',
  'nu.nl',
  'rtl.nl',
  'nrc.nl',
  'volkskrant.nl',
  'trouw.nl',
  'ad.nl',
  'parool.nl',
  'telegraaf.nl',
  'fd.nl',
  'bnr.nl',
  'bbc.com',
  'bbc.co.uk',
  'reuters.com',
  'theguardian.com',
  'politico.eu',
] as const;

/** `*://*.site/*` matches the site itself and every subdomain (www, zoek, …), over http and https. */
export function matchPatternFor(site: string): string {
  return `*://*.${site}/*`;
}

export const DEFAULT_MATCHES: string[] = DEFAULT_SITES.map(matchPatternFor);

/** True for a host on the default list or one of its subdomains. */
export function isDefaultSite(host: string): boolean {
  const h = host.toLowerCase();
  return DEFAULT_SITES.some((site) => h === site || h.endsWith(`.${site}`));
}

/** The site a user means when they switch a page off: the listed domain, or the page's host. */
export function siteOf(host: string): string {
  const h = host.toLowerCase();
  return DEFAULT_SITES.find((site) => h === site || h.endsWith(`.${site}`)) ?? h.replace(/^www\./u, '');
}
