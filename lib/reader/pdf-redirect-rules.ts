/**
 * Pure: the declarativeNetRequest session rules of the setting "PDF's op de standaardsites altijd
 * in de lezer openen". One redirect rule per default site (Chromium rejects a regexFilter over
 * 2 KB, which one rule for all sites would be), for top-level navigations only (`main_frame`):
 * the reader's own fetch of the PDF is no navigation and is never redirected. The redirect puts
 * the original address, unchanged, after `#` in the reader's address (a rule cannot encode it
 * for `?url=`); the reader reads it from there (`pdfAddressOfHash`).
 *
 * The reader's link to the original PDF is a top-level navigation too: for it the reader adds an
 * allow rule for that one address, of higher priority, so the click (or middle click) opens the
 * PDF itself instead of the reader again.
 */
import { DEFAULT_SITES } from '../sites/default-sites';

/** Ids 1–99: the redirects, one per default site in list order. */
export const REDIRECT_RULE_ID_BASE = 1;
/** Ids from 1000 up: the reader's allow rules for the originals it links to. */
export const ALLOW_RULE_ID_BASE = 1000;
/** Allow rules kept at most; the oldest goes first. */
export const MAX_ALLOW_RULES = 50;

const REDIRECT_PRIORITY = 1;
const ALLOW_PRIORITY = 2;

export type SessionRule = {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } } | { type: 'allow' };
  condition: {
    regexFilter?: string;
    urlFilter?: string;
    isUrlFilterCaseSensitive: boolean;
    resourceTypes: ['main_frame'];
  };
};

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A PDF address on `site` or a subdomain, as `readablePdf` reads one: a path ending in `.pdf`,
 * and on tweedekamer.nl also `/downloads/document?id=…`. Matches the whole URL, so `\0` is it.
 */
export function pdfRegexFor(site: string): string {
  const host = `([^/?#]+\\.)?${escapeRegex(site)}(:[0-9]+)?`;
  const pdfPath = '/[^?#]*\\.pdf([?#].*)?';
  const download = site === 'tweedekamer.nl' ? '|/downloads/document/?\\?([^#]*&)?id=[^&#].*' : '';
  return `^https?://${host}(${pdfPath}${download})$`;
}

/** The redirects for every default site, to `readerPage` (…/reader.html) with the address after `#`. */
export function redirectRules(readerPage: string): SessionRule[] {
  return DEFAULT_SITES.map((site, i) => ({
    id: REDIRECT_RULE_ID_BASE + i,
    priority: REDIRECT_PRIORITY,
    action: { type: 'redirect', redirect: { regexSubstitution: `${readerPage}#\\0` } },
    condition: { regexFilter: pdfRegexFor(site), isUrlFilterCaseSensitive: false, resourceTypes: ['main_frame'] },
  }));
}

export const isRedirectRuleId = (id: number) => id >= REDIRECT_RULE_ID_BASE && id < ALLOW_RULE_ID_BASE;
export const isAllowRuleId = (id: number) => id >= ALLOW_RULE_ID_BASE;

/** The address as the network sees it: without its fragment, which is never sent. */
function withoutFragment(address: string): string {
  const url = new URL(address);
  url.hash = '';
  return url.href;
}

/** Lets a navigation to exactly `address` through (`|…|` anchors both ends of a urlFilter). */
export function allowRuleFor(address: string, id: number): SessionRule {
  return {
    id,
    priority: ALLOW_PRIORITY,
    action: { type: 'allow' },
    condition: {
      urlFilter: `|${withoutFragment(address)}|`,
      isUrlFilterCaseSensitive: true,
      resourceTypes: ['main_frame'],
    },
  };
}

/**
 * What to change so `address` has an allow rule: none if it has one; else a new id after the
 * highest, dropping the oldest beyond MAX_ALLOW_RULES.
 */
export function planAllow(
  existing: readonly SessionRule[],
  address: string,
): { removeRuleIds: number[]; addRules: SessionRule[] } {
  const wanted = allowRuleFor(address, 0).condition.urlFilter;
  const allows = existing.filter((r) => isAllowRuleId(r.id)).sort((a, b) => a.id - b.id);
  if (allows.some((r) => r.condition.urlFilter === wanted)) return { removeRuleIds: [], addRules: [] };
  const id = (allows.at(-1)?.id ?? ALLOW_RULE_ID_BASE - 1) + 1;
  const overflow = allows.length + 1 - MAX_ALLOW_RULES;
  return {
    removeRuleIds: overflow > 0 ? allows.slice(0, overflow).map((r) => r.id) : [],
    addRules: [allowRuleFor(address, id)],
  };
}

/** What to change so the redirects are there exactly when `on`; allow rules are left alone. */
export function planRedirects(
  existing: readonly { id: number }[],
  on: boolean,
  readerPage: string,
): { removeRuleIds: number[]; addRules: SessionRule[] } {
  return {
    removeRuleIds: existing.filter((r) => isRedirectRuleId(r.id)).map((r) => r.id),
    addRules: on ? redirectRules(readerPage) : [],
  };
}
