import type { SourceDocument, Term } from '../../data/schema';
import { termName } from '../../lib/format/term-name';
import { CARD_MESSAGES } from '../../lib/i18n/card-messages';
import { useLanguage } from '../settings/ui-language-context';

type Props = { term: Term; documents: SourceDocument[] };

/** A glossary entry (an abbreviation, or a concept such as "nationaal kader"): what it stands for and what it means, with the seed that defines it. */
export function TermCard({ term, documents }: Props) {
  const lang = useLanguage();
  const t = CARD_MESSAGES[lang];
  const source = term.sources[0];
  const doc = source && documents.find((d) => d.doc === source.doc);
  return (
    <article class="mw-card mw-term-card" lang={lang}>
      <p class="mw-eyebrow">{term.kind === 'concept' ? t.inPage_concept : t.inPage_glossary}</p>
      <h2 class="mw-title">
        {term.acronym} <span class="mw-subtitle">{termName(term, lang)}</span>
      </h2>
      <p>{term.explanation[lang]}</p>
      {doc && <p class="mw-source">{doc.title[lang]}</p>}
    </article>
  );
}
