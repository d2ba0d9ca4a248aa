/** A glossary abbreviation or concept opened from the search results. */
import type { SourceDocument, Term } from '../../data/schema';
import { conceptName } from '../../lib/format/term-name';
import { MESSAGES } from '../../lib/i18n/messages';
import { TermCard } from '../in-page/TermCard';
import { useLanguage } from '../settings/ui-language-context';
import { ConceptCard } from './ConceptCard';
import { DetailFrame } from './DetailFrame';

type Props = { term: Term; documents: SourceDocument[]; onBack: () => void };

export function TermDetail({ term, documents, onBack }: Props) {
  const lang = useLanguage();
  const t = MESSAGES[lang];
  const concept = term.kind === 'concept';
  return (
    <DetailFrame t={t} label={t.popup_detailLabel(concept ? conceptName(term, lang) : term.acronym)} onBack={onBack}>
      {concept ? <ConceptCard concept={term} documents={documents} /> : <TermCard term={term} documents={documents} />}
    </DetailFrame>
  );
}
