/** A glossary abbreviation opened from the search results. */
import type { SourceDocument, Term } from '../../data/schema';
import { MESSAGES, type UiLanguage } from '../../lib/i18n/messages';
import { TermCard } from '../in-page/TermCard';
import { DetailFrame } from './DetailFrame';

type Props = { term: Term; documents: SourceDocument[]; lang: UiLanguage; onBack: () => void };

export function TermDetail({ term, documents, lang, onBack }: Props) {
  const t = MESSAGES[lang];
  return (
    <DetailFrame t={t} label={t.popup_detailLabel(term.acronym)} onBack={onBack}>
      <TermCard term={term} documents={documents} lang={lang} />
    </DetailFrame>
  );
}
