/**
 * Pure: the reader's address (`reader.html?url=<PDF>`), whether fetched bytes are a PDF, and what
 * went wrong when a PDF cannot be shown. The reader fetches only the PDF its address names.
 */
import { parseWebAddress } from '../sites/web-address';

/**
 * The PDF a reader address names, or null: an http(s) URL in `url` (`?url=<encoded>`, as the
 * popup and the menu write it), or else the whole fragment (`#<address>`, as the redirect of the
 * setting writes it, unencoded).
 */
export function pdfAddressOf(search: string, hash = ''): string | null {
  const raw = new URLSearchParams(search).get('url') ?? (hash.length > 1 ? hash.slice(1) : null);
  return parseWebAddress(raw)?.href ?? null;
}

/** The reader's address for `pdfUrl`, under the extension page `readerPage` (…/reader.html). */
export function readerAddress(readerPage: string, pdfUrl: string): string {
  return `${readerPage}?${new URLSearchParams({ url: pdfUrl })}`;
}

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** Readers (PDF.js among them) accept a little junk before the header; so does this check. */
const HEADER_WINDOW = 1024;

/** Whether `bytes` hold a PDF header (`%PDF-`) within their first kilobyte. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, HEADER_WINDOW) - MAGIC.length;
  for (let i = 0; i <= end; i++) {
    let j = 0;
    while (j < MAGIC.length && bytes[i + j] === MAGIC[j]) j++;
    if (j === MAGIC.length) return true;
  }
  return false;
}

/** What the reader tells the user when it shows no text. */
export type ReaderProblem =
  | 'no-address'
  | 'fetch-failed'
  | 'not-pdf'
  | 'empty'
  | 'encrypted'
  | 'corrupt'
  | 'no-text'
  | 'file-not-pdf'
  | 'file-unreadable';

/**
 * The problem behind an error PDF.js threw while opening a document. PDF.js names its errors
 * (`PasswordException`, `InvalidPDFException`, …); anything else is a document it could not read.
 */
export function problemOfOpenError(error: unknown): ReaderProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'PasswordException') return 'encrypted';
  return 'corrupt';
}

/** The problem with a fetched response, before PDF.js sees it; null when the bytes may be a PDF. */
export function problemOfResponse(ok: boolean, bytes: Uint8Array): ReaderProblem | null {
  if (!ok) return 'fetch-failed';
  if (bytes.length === 0) return 'empty';
  return hasPdfHeader(bytes) ? null : 'not-pdf';
}

/** The problem with a file from disk, before PDF.js sees it; null when the bytes may be a PDF. */
export function problemOfFile(bytes: Uint8Array): ReaderProblem | null {
  if (bytes.length === 0) return 'empty';
  return hasPdfHeader(bytes) ? null : 'file-not-pdf';
}

/** A document whose pages hold almost no text is a scan (images of pages): nothing to read. */
export function looksScanned(characters: number, pages: number): boolean {
  return pages > 0 && characters < 20 * Math.min(pages, 3);
}
