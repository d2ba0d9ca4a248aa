import precompiledMatcher from 'virtual:missiewijzer-precompiled-matcher';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { preactLayerRenderer } from '../../components/in-page/preact-layer-renderer';
import { type LoadedPdf, loadPdf, loadPdfFile } from '../../components/reader/load-pdf';
import { ReaderApp, type ReaderState } from '../../components/reader/ReaderApp';
import { nameEndings, textLayerReading } from '../../components/reader/text-layer-reading';
import { datasetNotes, documents, missions, terms } from '../../data/dataset';
import { allowOriginal } from '../../lib/background/pdf-redirect';
import { type UiLanguage, uiLanguage } from '../../lib/i18n/language';
import { MESSAGES } from '../../lib/i18n/messages';
import { PageSession } from '../../lib/in-page/page-session';
import { acceptFor, needsRescan } from '../../lib/in-page/session-options';
import { loadPrecompiledMatcher } from '../../lib/matcher';
import { cardDataFor } from '../../lib/messages/card-data-handler';
import { answerContentMessage } from '../../lib/messages/content-handler';
import { hasOriginPermission, requestOriginPermission } from '../../lib/permissions/site-permissions';
import { pdfAddressOf, readerAddress } from '../../lib/reader/pdf-source';
import type { Settings } from '../../lib/settings/settings-schema';
import { loadSettings, watchSettings } from '../../lib/settings/settings-store';
// The same underline styles as on a web page, and PDF.js's text layer under them.
import '../content/highlights.css';
import './reader.css';

const root = document.getElementById('app');
// The reader is web-accessible (for the redirect); inside another page's frame it does nothing.
const framed = window.top !== window.self;
if (root && !framed) {
  let address = pdfAddressOf(location.search, location.hash);
  // A redirect names the PDF after `#`: show the usual `?url=` address, which reloads the same.
  if (address && !location.search) history.replaceState(null, '', readerAddress(location.pathname, address));
  let fileName: string | null = null;
  let lang: UiLanguage = uiLanguage(null);
  let state: ReaderState = address ? { status: 'loading' } : { status: 'problem', problem: 'no-address' };
  const show = () => {
    document.documentElement.lang = lang;
    document.title = fileName ?? MESSAGES[lang].reader_title;
    render(
      <ReaderApp
        t={MESSAGES[lang]}
        address={address}
        fileName={fileName}
        state={state}
        onFile={openFile}
        onGrant={grant}
      />,
      root,
    );
  };
  /** Shows what was loaded, unless the user opened something else meanwhile. */
  let shown = 0;
  const showLoaded = (ticket: number, loaded: LoadedPdf) => {
    if (ticket !== shown) {
      if (loaded.ok) void loaded.doc.loadingTask.destroy();
      return;
    }
    if (state.status === 'ready') void state.doc.loadingTask.destroy();
    state = loaded.ok
      ? { status: 'ready', doc: loaded.doc, scanned: loaded.scanned, running: loaded.running }
      : { status: 'problem', problem: loaded.problem };
    show();
  };
  const fetchAndShow = (pdf: string) => {
    const ticket = ++shown;
    state = { status: 'loading' };
    show();
    void loadPdf(pdf).then((loaded) => showLoaded(ticket, loaded));
  };
  /** The PDF is fetched only from an origin the extension may read: the default sites, or one the user allowed. */
  const open = async (pdf: string) => {
    if (await hasOriginPermission(pdf)) return fetchAndShow(pdf);
    state = { status: 'permission', host: new URL(pdf).hostname, denied: false };
    show();
  };
  function grant() {
    const pdf = address;
    if (!pdf || state.status !== 'permission') return;
    const host = state.host;
    // No await before this call: the permission prompt needs the user's click.
    requestOriginPermission(pdf).then(
      (granted) => {
        if (granted && address === pdf) return fetchAndShow(pdf);
        if (address === pdf) {
          state = { status: 'permission', host, denied: true };
          show();
        }
      },
      () => undefined,
    );
  }
  /** A file from disk, chosen or dropped: read here, nothing fetched, no permission needed. */
  function openFile(file: File) {
    const ticket = ++shown;
    address = null;
    fileName = file.name;
    history.replaceState(null, '', location.pathname);
    state = { status: 'loading' };
    show();
    void loadPdfFile(file).then((loaded) => showLoaded(ticket, loaded));
  }
  show();

  // The text layer is read and underlined by the same page session as a web page. It follows the
  // settings: off while paused, rebuilt when a change needs the text read again.
  const dataset = { missions, terms, documents, notes: datasetNotes };
  // A PDF's text layer is read as reading text: hyphenated words joined (a hyphen after a mission's
  // name is a real one), running heads and footnote marks left out.
  const reading = textLayerReading(
    nameEndings(missions.flatMap((m) => [m.acronym, ...m.aliases.map((alias) => alias.text)])),
  );
  let session: PageSession | null = null;
  let settings: Settings | null = null;
  const startSession = (s: Settings) => {
    session?.stop();
    session = null;
    if (s.paused) return;
    session = new PageSession({
      document,
      matcher: loadPrecompiledMatcher(precompiledMatcher, s.abbreviations),
      registry: CSS.highlights,
      loadRenderer: async () => preactLayerRenderer,
      lang: () => lang,
      accept: acceptFor(s),
      references: s.kamerstukReferences,
      underline: s.underline,
      reading,
      loadCardData: async (ids) => cardDataFor(dataset, ids),
    });
    session.highlights.setFirstOnly(s.firstOccurrenceOnly);
    session.start();
  };
  const apply = (next: Settings) => {
    const before = settings;
    settings = next;
    lang = uiLanguage(next);
    show();
    if (!before || needsRescan(before, next) || before.paused !== next.paused || !session) return startSession(next);
    session.highlights.setStyle(next.underline);
    session.highlights.setFirstOnly(next.firstOccurrenceOnly);
  };
  void loadSettings().then(apply);
  watchSettings(apply);

  // The popup's "on this page" and the keyboard shortcuts reach the reader as they reach a content script.
  browser.runtime.onMessage.addListener((message, sender) =>
    answerContentMessage(message, sender, browser.runtime.id, session),
  );

  if (address) {
    // The link to the original must open the PDF itself, not the reader again (see pdf-redirect-rules.ts).
    allowOriginal(address).catch((error: unknown) =>
      console.warn('Missiewijzer reader: could not let the original through', error),
    );
    void open(address);
  }
}
