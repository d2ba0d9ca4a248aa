/**
 * A concept of the Kamerstukken (nationaal kader, rechtsbasis) opened from the search: its name,
 * the explanation, and the documents it rests on with their verbatim quotes.
 */
import type { SourceDocument, Term } from '../../data/schema';
import { describeSource, groupByDocument } from '../../lib/format/sources';
import { conceptName } from '../../lib/format/term-name';
import { MESSAGES } from '../../lib/i18n/messages';
import { useLanguage } from '../settings/ui-language-context';

type Props = { concept: Term; documents: readonly SourceDocument[] };

export function ConceptCard({ concept, documents }: Props) {
  const lang = useLanguage();
  const t = MESSAGES[lang];
  const groups = groupByDocument(concept.sources);
  return (
    <article class="mw-card mw-concept-card" lang={lang}>
      <p class="mw-eyebrow">{t.popup_concept}</p>
      <h2 class="mw-title">
        {conceptName(concept, lang)}
        {lang !== 'nl' && (
          <>
            {' '}
            <span class="mw-subtitle" lang="nl">
              {concept.acronym}
            </span>
          </>
        )}
      </h2>
      <p>{concept.explanation[lang]}</p>
      {groups.length > 0 && (
        <section class="mw-concept-sources">
          <h3>{t.popup_conceptSources}</h3>
          <ul>
            {groups.map(({ doc, refs }) => {
              const source = describeSource(doc, documents, lang);
              const where = [source.date, source.kamerstuk?.label].filter(Boolean).join(', ');
              return (
                <li key={doc}>
                  {source.title}
                  {where !== '' && ` (${where})`}
                  <details>
                    <summary>{t.popup_conceptQuotes(refs.length)}</summary>
                    {refs.map((ref) => (
                      <blockquote key={ref.quote} lang="nl">
                        {ref.quote}
                      </blockquote>
                    ))}
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </article>
  );
}
