/**
 * The reader's page: a toolbar (zoom, page number and go-to-page, the original PDF) over the
 * pages, or a clear message with a link to the original when the PDF cannot be shown.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Messages } from '../../lib/i18n/messages';
import type { ReaderProblem } from '../../lib/reader/pdf-source';
import { PdfView } from './pdf-view';

export type ReaderState =
  | { status: 'loading' }
  | { status: 'problem'; problem: ReaderProblem }
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
  }
}

type Props = { t: Messages; address: string | null; state: ReaderState };

export function ReaderApp({ t, address, state }: Props) {
  return (
    <>
      <header class="mw-reader-bar">
        <h1 class="mw-reader-title">{t.reader_title}</h1>
        {state.status === 'ready' && <Controls t={t} doc={state.doc} />}
        {address && (
          <a class="mw-reader-original" href={address} rel="noopener noreferrer">
            {t.reader_original}
          </a>
        )}
      </header>
      {state.status === 'loading' && <p class="mw-reader-note">{t.reader_loading}</p>}
      {state.status === 'problem' && (
        <div class="mw-reader-problem" role="alert">
          <p>{problemMessage(t, state.problem)}</p>
          {address && (
            <p>
              <a href={address} rel="noopener noreferrer">
                {t.reader_openOriginal}
              </a>
            </p>
          )}
        </div>
      )}
      {state.status === 'ready' && state.scanned && (
        <p class="mw-reader-problem" role="status">
          {t.reader_problem_noText}
        </p>
      )}
      {state.status === 'ready' && <Pages t={t} doc={state.doc} running={state.running} />}
    </>
  );
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
