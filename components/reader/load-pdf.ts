/**
 * Fetches the one PDF the reader's address names, or reads a file the user chose, and opens it
 * with PDF.js, or says what is wrong with it. The worker is PDF.js's own, bundled with the
 * extension: no code is loaded from anywhere else.
 */
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import {
  looksScanned,
  problemOfFile,
  problemOfOpenError,
  problemOfResponse,
  type ReaderProblem,
} from '../../lib/reader/pdf-source';
import { runningLines, type TextRun } from '../../lib/reader/reading-text';
import { textRuns } from './text-layer-reading';

GlobalWorkerOptions.workerSrc = workerUrl;

export type LoadedPdf =
  | {
      ok: true;
      doc: PDFDocumentProxy;
      scanned: boolean;
      /** The running heads and feet of its first pages (reading-text.ts runningLines). */
      running: Set<string>;
    }
  | { ok: false; problem: ReaderProblem };

/** Pages read to tell a scan from a document with text, and to find its running heads. */
const PAGES_CHECKED = 3;

export async function loadPdf(address: string): Promise<LoadedPdf> {
  let bytes: Uint8Array;
  let ok: boolean;
  try {
    const response = await fetch(address);
    ok = response.ok;
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return { ok: false, problem: 'fetch-failed' };
  }
  const problem = problemOfResponse(ok, bytes);
  if (problem) return { ok: false, problem };
  return openPdf(bytes);
}

/** A PDF on disk, chosen or dropped by the user: read here, nothing is fetched. */
export async function loadPdfFile(file: Blob): Promise<LoadedPdf> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problem: 'file-unreadable' };
  }
  const problem = problemOfFile(bytes);
  if (problem) return { ok: false, problem };
  return openPdf(bytes);
}

async function openPdf(bytes: Uint8Array): Promise<LoadedPdf> {
  let doc: PDFDocumentProxy;
  try {
    // PDF.js reads the bytes it is given and fetches nothing itself.
    doc = await getDocument({ data: bytes }).promise;
  } catch (error) {
    return { ok: false, problem: problemOfOpenError(error) };
  }
  if (doc.numPages === 0) return { ok: false, problem: 'empty' };
  let characters = 0;
  const checked = Math.min(doc.numPages, PAGES_CHECKED);
  const pages: { items: TextRun[]; pageHeight: number; pageBottom: number }[] = [];
  try {
    for (let n = 1; n <= checked; n++) {
      const page = await doc.getPage(n);
      const items = textRuns((await page.getTextContent()).items);
      for (const item of items) characters += item.str.trim().length;
      const [, bottom = 0, , top = 0] = page.view;
      pages.push({ items, pageHeight: top - bottom, pageBottom: bottom });
    }
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  return { ok: true, doc, scanned: looksScanned(characters, checked), running: runningLines(pages) };
}
