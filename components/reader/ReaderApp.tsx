/**
 * The reader's page: a toolbar (zoom, page number and go-to-page, open a file, the original PDF),
 * the Kamerstuk the address names, and the pages; or a clear message with a link to the original
 * when the PDF cannot be shown, or a button to allow its site when that is what is missing. A PDF
 * file dropped anywhere on the page is opened as if chosen with the button.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { createElement } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { READER_CHROME_TAG } from '../../lib/dom/own-ui';
import type { Messages } from '../../lib/i18n/messages';
import { kamerstukPdf } from '../../lib/reader/pdf-address';
import type { ReaderProblem } from '../../lib/reader/pdf-source';
import { PdfView } from './pdf-view';

export type ReaderState =
  | { status: 'loading' }
  | { status: 'problem'; problem: ReaderProblem }
  /** The PDF's site is not among the extension's host permissions: nothing is fetched until the user allows it. */
  | { status: 'permission'; host: string; denied: boolean }
  | { status: 'ready'; doc: PDFDocumentProxy; scanned: boolean; running: ReadonlySet<string> };

/** Zoom steps, as a fraction of the PDF's own size (1 = 100%). */
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
const DEFAULT_ZOOM = 3; // 125%

export function problemMessage(t: Messages, problem: ReaderProblem): string {
  switch (problem) {
    case 'no-address':
      return t.reader_problem_noAddress;
    case 'fetch-failed':
      return t.reader_problem_fetchFailed;
    case 'not-pdf':
      return t.reader_problem_notPdf;
    case 'empty':
      return t.reader_problem_empty;
    case 'encrypted':
      return t.reader_problem_encrypted;
    case 'corrupt':
      return t.reader_problem_corrupt;
    case 'no-text':
      return t.reader_problem_noText;
    case 'file-not-pdf':
      return t.reader_problem_fileNotPdf;
    case 'file-unreadable':
      return t.reader_problem_fileUnreadable;
  }
}

type Props = {
  t: Messages;
  /** The PDF's address; null for a file from disk or when none is named. */
  address: string | null;
  /** The name of the file from disk being shown. */
  fileName: string | null;
  state: ReaderState;
  onFile: (file: File) => void;
  /** Asks for the PDF's site; called straight from the click, as permission prompts need. */
  onGrant: () => void;
};

export function ReaderApp({ t, address, fileName, state, onFile, onGrant }: Props) {
  const dragging = useFileDrop(onFile);
  const kamerstuk = kamerstukPdf(address);
  const original = address && (
    <p>
      <a href={address} rel="noopener noreferrer">
        {t.reader_openOriginal}
      </a>
    </p>
  );
  return (
    <>
      {/* The chrome is the reader's own text (isOwnUi): the page session reads only the pages. */}
      {createElement(
        READER_CHROME_TAG,
        null,
        <>
          <header class="mw-reader-bar">
            <h1 class="mw-reader-title">{t.reader_title}</h1>
            {state.status === 'ready' && <Controls t={t} doc={state.doc} />}
            <OpenFile t={t} onFile={onFile} />
            {address && (
              <a class="mw-reader-original" href={address} rel="noopener noreferrer">
                {t.reader_original}
              </a>
            )}
          </header>
          {(kamerstuk || fileName) && (
            <p class="mw-reader-source">
              {kamerstuk ? (
                <>
                  <span class="mw-reader-kamerstuk">{t.card_kamerstuk(kamerstuk.dossier, kamerstuk.number)}</span>{' '}
                  <a class="mw-reader-html" href={kamerstuk.htmlUrl} rel="noopener noreferrer">
                    {t.popup_pdfLink}
                  </a>
                </>
              ) : (
                <span class="mw-reader-file-name">{fileName}</span>
              )}
            </p>
          )}
          {dragging && (
            <p class="mw-reader-drop" aria-hidden="true">
              {t.reader_dropHere}
            </p>
          )}
          {state.status === 'loading' && <p class="mw-reader-note">{t.reader_loading}</p>}
          {state.status === 'problem' && (
            <div class="mw-reader-problem" role="alert">
              <p>{problemMessage(t, state.problem)}</p>
              {state.problem === 'no-address' && <p>{t.reader_noAddressHint}</p>}
              {original}
            </div>
          )}
          {state.status === 'permission' && (
            <div class="mw-reader-problem mw-reader-permission" role="alert">
              <p>{state.denied ? t.reader_permissionDenied(state.host) : t.reader_permission(state.host)}</p>
              <p>
                <button type="button" class="mw-reader-grant" onClick={onGrant}>
                  {t.reader_grant(state.host)}
                </button>
              </p>
              {original}
            </div>
          )}
          {state.status === 'ready' && state.scanned && (
            <p class="mw-reader-problem" role="status">
              {t.reader_problem_noText}
            </p>
          )}
        </>,
      )}
      {state.status === 'ready' && <Pages t={t} doc={state.doc} running={state.running} />}
    </>
  );
}

/** The button opens the browser's file chooser; the input itself stays hidden. */
function OpenFile({ t, onFile }: { t: Messages; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" class="mw-reader-open" onClick={() => input.current?.click()}>
        {t.reader_openFile}
      </button>
      <input
        ref={input}
        class="mw-reader-file"
        type="file"
        accept="application/pdf,.pdf"
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

/** A file dragged over the page is opened where it is dropped; whether one is being dragged. */
function useFileDrop(onFile: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFile);
  latest.current = onFile;
  useEffect(() => {
    const carriesFile = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!carriesFile(event)) return;
      // Without this the browser would open the file itself, in place of the reader.
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      latest.current(file);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}

/** The view is shared by the toolbar and the pages: one per document. */
const views = new WeakMap<PDFDocumentProxy, { view: PdfView | null; listeners: Set<(page: number) => void> }>();
function viewOf(doc: PDFDocumentProxy) {
  let entry = views.get(doc);
  if (!entry) {
    entry = { view: null, listeners: new Set() };
    views.set(doc, entry);
  }
  return entry;
}

function Pages({ t, doc, running }: { t: Messages; doc: PDFDocumentProxy; running: ReadonlySet<string> }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const entry = viewOf(doc);
    const view = new PdfView(
      container,
      doc,
      ZOOM_STEPS[DEFAULT_ZOOM],
      (page) => {
        for (const listener of entry.listeners) listener(page);
      },
      running,
    );
    entry.view = view;
    void view.layout();
    return () => {
      view.dispose();
      entry.view = null;
      container.replaceChildren();
    };
  }, [doc, running]);
  return <main ref={ref} class="mw-reader-pages" aria-label={t.reader_pages} />;
}

function Controls({ t, doc }: { t: Messages; doc: PDFDocumentProxy }) {
  const [zoom, setZoom] = useState(DEFAULT_ZOOM);
  const [page, setPage] = useState(1);
  const [typed, setTyped] = useState<string | null>(null);
  useEffect(() => {
    const listeners = viewOf(doc).listeners;
    listeners.add(setPage);
    return () => listeners.delete(setPage);
  }, [doc]);
  const zoomTo = (step: number) => {
    setZoom(step);
    viewOf(doc).view?.setScale(ZOOM_STEPS[step] as number);
  };
  const goTo = (event: Event) => {
    event.preventDefault();
    const n = Number.parseInt(typed ?? '', 10);
    setTyped(null);
    if (!Number.isFinite(n)) return;
    const target = Math.min(Math.max(n, 1), doc.numPages);
    setPage(target);
    viewOf(doc).view?.goTo(target);
  };
  return (
    <div class="mw-reader-controls" role="toolbar" aria-label={t.reader_toolbar}>
      <button type="button" aria-label={t.reader_zoomOut} disabled={zoom === 0} onClick={() => zoomTo(zoom - 1)}>
        −
      </button>
      <output class="mw-reader-zoom" aria-live="polite">
        {t.reader_zoomLevel(Math.round((ZOOM_STEPS[zoom] as number) * 100))}
      </output>
      <button
        type="button"
        aria-label={t.reader_zoomIn}
        disabled={zoom === ZOOM_STEPS.length - 1}
        onClick={() => zoomTo(zoom + 1)}
      >
        +
      </button>
      <form class="mw-reader-goto" onSubmit={goTo}>
        <label>
          {t.reader_page}{' '}
          <input
            name="page"
            inputMode="numeric"
            size={4}
            value={typed ?? String(page)}
            onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
            onBlur={goTo}
          />
        </label>{' '}
        <span>{t.reader_pageOf(doc.numPages)}</span>
      </form>
    </div>
  );
}
