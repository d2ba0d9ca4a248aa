import { CARD_MESSAGES } from '../../lib/i18n/card-messages';
import type { ReferenceCardData } from '../../lib/in-page/reference-card';
import { useLanguage } from '../settings/ui-language-context';

type Props = { reference: ReferenceCardData };

/** A Kamerstuk reference in the page: as written, its number, its title where it is a source of ours, and its link. */
export function ReferenceCard({ reference }: Props) {
  const lang = useLanguage();
  const t = CARD_MESSAGES[lang];
  return (
    <article class="mw-card mw-reference-card" lang={lang}>
      <p class="mw-eyebrow">{t.inPage_reference}</p>
      <h2 class="mw-title">{t.inPage_referenceName(reference.dossier, reference.number)}</h2>
      {reference.title && (
        <p class="mw-reference-title">
          {reference.title[lang]} <span class="mw-reference-note">({t.inPage_referenceKnown})</span>
        </p>
      )}
      <dl class="mw-reference-facts">
        <dt>{t.inPage_referenceWritten}</dt>
        <dd lang="nl">{reference.written}</dd>
        {reference.year && (
          <>
            <dt>{t.inPage_referenceYear}</dt>
            <dd>{reference.year}</dd>
          </>
        )}
      </dl>
      <p class="mw-reference-link">
        <a href={reference.url} target="_blank" rel="noopener noreferrer">
          {t.inPage_referenceOpen}
        </a>
      </p>
    </article>
  );
}
