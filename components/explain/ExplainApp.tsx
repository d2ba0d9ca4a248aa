/**
 * The explain page (opened from the selection menu): the best match for the selected text,
 * shown with the mission card, a glossary term, the missions a shared stem may stand for (as
 * the in-page card offers them), or a clear "nothing found".
 */
import { useEffect, useState } from 'preact/hooks';
import type { Notes, SourceDocument } from '../../data/schema';
import { MESSAGES } from '../../lib/i18n/messages';
import type { ExplainResult } from '../../lib/search/explain-result';
import { MissionCard } from '../card/MissionCard';
import { StemCandidates } from '../card/StemCandidates';
import { TermCard } from '../in-page/TermCard';
import { useLanguage } from '../settings/ui-language-context';

type Props = {
  /** The selection as searched; empty when the page was opened without one. */
  query: string;
  result: ExplainResult;
  documents: SourceDocument[];
  notes: Notes;
  today: Date;
};

const resultId = (result: ExplainResult) =>
  result.kind === 'mission'
    ? `mission:${result.mission.id}`
    : result.kind === 'term'
      ? `term:${result.term.id}`
      : result.kind === 'stem'
        ? `stem:${result.stem}`
        : 'none';

export function ExplainApp({ query, result, documents, notes, today }: Props) {
  const lang = useLanguage();
  const t = MESSAGES[lang];
  // For a shared stem: the mission the reader chose, shown below the choice so another can be chosen.
  const [chosenId, setChosenId] = useState<string | null>(null);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = query ? `${t.explain_heading(query)} — ${t.appName}` : `${t.explain_title} — ${t.appName}`;
  }, [lang, query, t]);

  if (query === '') {
    return (
      <main class="mw-explain" data-explain-result="none">
        <h1>{t.explain_title}</h1>
        <p class="mw-explain-message">{t.explain_empty}</p>
      </main>
    );
  }

  const exact = result.kind === 'stem' || (result.kind !== 'none' && result.exact);
  const chosen = result.kind === 'stem' ? result.missions.find((m) => m.id === chosenId) : undefined;
  return (
    <main class="mw-explain" data-explain-result={resultId(result)} data-explain-chosen={chosen?.id}>
      <h1>{t.explain_heading(query)}</h1>
      {result.kind !== 'none' && !exact && <p class="mw-explain-note">{t.explain_fuzzy}</p>}
      {result.kind === 'mission' && (
        <MissionCard mission={result.mission} documents={documents} notes={notes} today={today} variant="full" />
      )}
      {result.kind === 'stem' && (
        <StemCandidates stem={result.stem} missions={result.missions} onChoose={setChosenId} />
      )}
      {chosen && <MissionCard mission={chosen} documents={documents} notes={notes} today={today} variant="full" />}
      {result.kind === 'term' && <TermCard term={result.term} documents={documents} />}
      {result.kind === 'none' && (
        <p class="mw-explain-message" role="status">
          {t.explain_noResult(query)}
        </p>
      )}
    </main>
  );
}
