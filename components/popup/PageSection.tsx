/**
 * "On this page": what the content script of the active tab found, as it reads the page, and the
 * reader or the HTML version for a PDF.
 */
import type { Mission } from '../../data/schema';
import type { Messages } from '../../lib/i18n/messages';
import { summarisePageTerms } from '../../lib/popup/page-summary';
import type { PageTermsState } from '../../lib/popup/poll-page-terms';
import type { KamerstukPdf } from '../../lib/reader/pdf-address';
import { PageTermList } from './PageTermList';
import { PdfOffer } from './PdfOffer';

type Props = {
  t: Messages;
  state: PageTermsState;
  missions: readonly Mission[];
  pdf: KamerstukPdf | null;
  /** The reader's address for the tab's PDF, or null. */
  readerUrl: string | null;
  onReveal: (missionId: string) => void;
};

const HEADING_ID = 'mw-on-page-heading';
const HINT_ID = 'mw-on-page-hint';

export function PageSection({ t, state, missions, pdf, readerUrl, onReveal }: Props) {
  return (
    <section class="mw-on-page" aria-labelledby={HEADING_ID} aria-busy={state.status === 'loading'}>
      <h2 id={HEADING_ID} class="mw-list-heading">
        {t.popup_onPage}
      </h2>
      {(pdf || readerUrl) && <PdfOffer t={t} pdf={pdf} readerUrl={readerUrl} />}
      <PageState t={t} state={state} missions={missions} onReveal={onReveal} />
    </section>
  );
}

function PageState({ t, state, missions, onReveal }: Omit<Props, 'pdf' | 'readerUrl'>) {
  if (state.status === 'loading') return <p class="mw-page-note">{t.popup_onPageLoading}</p>;
  if (state.status === 'unavailable') return <p class="mw-page-note">{t.popup_onPageUnavailable}</p>;
  const entries = summarisePageTerms(state.terms);
  return (
    <>
      {entries.length === 0 ? (
        <p class="mw-page-note">{t.inPage_noTerms}</p>
      ) : (
        <>
          {entries.some((e) => e.kind === 'mission') && (
            <p id={HINT_ID} class="mw-page-note">
              {t.popup_onPageHint}
            </p>
          )}
          <PageTermList t={t} entries={entries} missions={missions} hintId={HINT_ID} onReveal={onReveal} />
        </>
      )}
      {!state.complete && <p class="mw-page-note">{t.popup_onPageIncomplete}</p>}
    </>
  );
}
