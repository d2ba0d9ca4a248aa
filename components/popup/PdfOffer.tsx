/**
 * The active tab shows a PDF: open it in the Missiewijzer reader, where its missions are
 * underlined as on a web page; and for a Kamerstuk, a link to its HTML version.
 */
import type { Messages } from '../../lib/i18n/messages';
import type { KamerstukPdf } from '../../lib/reader/pdf-address';

export function PdfOffer({ t, pdf, readerUrl }: { t: Messages; pdf: KamerstukPdf | null; readerUrl: string | null }) {
  return (
    <>
      {readerUrl && (
        <p class="mw-pdf-offer">
          <a class="mw-reader-offer" href={readerUrl} target="_blank" rel="noopener noreferrer">
            {t.popup_readerOpen}
            <span class="mw-visually-hidden"> {t.card_newTab}</span>
          </a>
        </p>
      )}
      {pdf && (
        <p class="mw-pdf-offer">
          {t.popup_pdfOffer(pdf.dossier, pdf.number)}{' '}
          <a href={pdf.htmlUrl} target="_blank" rel="noopener noreferrer">
            {t.popup_pdfLink}
            <span class="mw-visually-hidden"> {t.card_newTab}</span>
          </a>
        </p>
      )}
    </>
  );
}
