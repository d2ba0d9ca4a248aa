/**
 * Pure: what an address says about a PDF, for every way into the reader (the popup on a PDF tab,
 * the menu on a link, the redirect of the setting, the reader's own Kamerstuk line):
 * - `readablePdf`: whether it is a PDF the reader can open, and which;
 * - `kamerstukPdf`: whether it names a Kamerstuk, and where its HTML version is. The id is read
 *   from the address (`kst-29521-493`, also sub-dossiers such as `kst-21501-02-2930` and budget
 *   chapters such as `kst-36200-X-12`), never guessed.
 */

import { kamerstukUrl } from '../format/sources';
import { parseWebAddress } from '../sites/web-address';

export type KamerstukPdf = { dossier: string; number: string; htmlUrl: string };

/** `kst-`, the dossier (digits, then optional `-part`s) and the number, which is always the last part. */
const KAMERSTUK_ID = /(?:^|[^a-z0-9])kst-(\d+(?:-[a-z0-9]+)*)-(\d+)(?![a-z0-9])/giu;

export function kamerstukPdf(address: string | null | undefined): KamerstukPdf | null {
  const url = parseWebAddress(address, ['http:', 'https:', 'file:']);
  if (!url || !/\.pdf$/iu.test(url.pathname)) return null;
  // The file name names the document; a folder may name its dossier (…/kst/29521/kst-29521-493/…).
  const ids = [...url.pathname.matchAll(KAMERSTUK_ID)];
  const last = ids.at(-1);
  if (!last) return null;
  const dossier = last[1] as string;
  const number = last[2] as string;
  return { dossier, number, htmlUrl: kamerstukUrl(dossier, number) };
}

/**
 * Whether an address is a PDF the reader can open: an http(s) address whose path ends in `.pdf`,
 * or a document download of tweedekamer.nl (`/downloads/document?id=…`, served as PDF without
 * the extension). Gives the address to hand to the reader, or null.
 */
export function readablePdf(address: string | null | undefined): string | null {
  const url = parseWebAddress(address);
  if (!url) return null;
  if (/\.pdf$/iu.test(url.pathname)) return url.href;
  const host = url.hostname.toLowerCase();
  const kamer = host === 'tweedekamer.nl' || host.endsWith('.tweedekamer.nl');
  if (kamer && /^\/downloads\/document\/?$/iu.test(url.pathname) && url.searchParams.get('id')) return url.href;
  return null;
}

/**
 * Match patterns for the links the menu offers to open (contextMenus' `targetUrlPatterns`). Match
 * patterns cannot say "ends in .pdf" with a query after it, so they are a little wider;
 * `readablePdf` decides on the click.
 */
export const PDF_LINK_PATTERNS = [
  '*://*/*.pdf',
  '*://*/*.pdf?*',
  '*://*/*.PDF',
  '*://*/*.PDF?*',
  '*://*.tweedekamer.nl/downloads/document?*',
];
