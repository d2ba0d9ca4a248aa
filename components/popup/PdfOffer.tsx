/** The active tab shows a Kamerstuk as PDF: a link to its HTML version, where Missiewijzer can explain it. */
import type { Messages } from '../../lib/i18n/messages';
import type { KamerstukPdf } from '../../lib/popup/kamerstuk-pdf';

export function PdfOffer({ t, pdf }: { t: Messages; pdf: KamerstukPdf }) {
  return (
    <p class="mw-pdf-offer">
      {t.popup_pdfOffer(pdf.dossier, pdf.number)}{' '}
      <a href={pdf.htmlUrl} target="_blank" rel="noopener noreferrer">
        {t.popup_pdfLink}
        <span class="mw-visually-hidden"> {t.card_newTab}</span>
      </a>
    </p>
  );
}
