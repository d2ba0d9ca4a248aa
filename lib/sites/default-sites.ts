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

/** `*://site/*` and `*://*.site/*`: the site itself and every subdomain (www, zoek, …), http and https. */
export function matchPatternsFor(site: string): string[] {
  return [`*://${site}/*`, `*://*.${site}/*`];
}

export const DEFAULT_MATCHES: string[] = DEFAULT_SITES.flatMap(matchPatternsFor);
