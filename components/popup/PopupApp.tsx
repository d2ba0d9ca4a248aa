/**
 * The toolbar popup: a search over missions and glossary terms, and the details of what the user
 * opens. Everything is local; the search index is built once per popup.
 *
 * Keyboard (focus in the search field): ArrowDown/ArrowUp move through the list, Home/End jump to
 * its first/last option, Enter opens the active option (or the first result), Escape clears the
 * query. In a detail view, Escape or the back button return to the search as it was.
 */
import type { TargetedKeyboardEvent } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import * as dataset from '../../data/dataset';
import type { Mission, Notes, SourceDocument, Term } from '../../data/schema';
import { MESSAGES, resolveLanguage, type UiLanguage } from '../../lib/i18n/messages';
import { createSearchIndex, search, suggestAcronyms } from '../../lib/search';
import { DetailView } from './DetailView';
import { NoResults } from './NoResults';
import { activeMissionEntries, isListKey, moveActive, type PopupEntry, toEntries } from './popup-entries';
import { optionId, ResultList } from './ResultList';
import { SEARCH_INPUT_ID, SearchBox } from './SearchBox';
import { TermDetail } from './TermDetail';

type Props = {
  missions?: Mission[];
  terms?: Term[];
  documents?: SourceDocument[];
  notes?: Notes;
  /** The UI language; settings will provide it, until then the browser's language decides. */
  lang?: UiLanguage;
  today?: Date;
};

const LIST_ID = 'mw-results';
const MAX_RESULTS = 30;
const MAX_SUGGESTIONS = 3;

export function PopupApp({
  missions = dataset.missions,
  terms = dataset.glossary,
  documents = dataset.documents,
  notes = dataset.datasetNotes,
  lang = resolveLanguage('auto', navigator.language),
  today,
}: Props) {
  const t = MESSAGES[lang];
  const index = useMemo(() => createSearchIndex(missions, terms), [missions, terms]);
  const todayDate = useMemo(() => today ?? new Date(), [today]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const [opened, setOpened] = useState<PopupEntry | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const trimmed = query.trim();
  const entries = useMemo(
    () =>
      trimmed === '' ? activeMissionEntries(missions) : toEntries(search(index, trimmed, MAX_RESULTS), missions, terms),
    [trimmed, index, missions, terms],
  );
  const suggestions = useMemo(
    () =>
      trimmed !== '' && entries.length === 0
        ? toEntries(suggestAcronyms(index, trimmed, MAX_SUGGESTIONS), missions, terms)
        : [],
    [trimmed, entries, index, missions, terms],
  );
  const activeEntry = entries[active];

  const changeQuery = (value: string) => {
    setQuery(value);
    setActive(-1);
  };
  const back = useCallback(() => setOpened(null), []);

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (isListKey(event.key)) {
      if (entries.length === 0) return;
      event.preventDefault();
      setActive(moveActive(active, event.key, entries.length));
    } else if (event.key === 'Enter') {
      const target = activeEntry ?? (trimmed === '' ? undefined : entries[0]);
      if (!target) return;
      event.preventDefault();
      setOpened(target);
    } else if (event.key === 'Escape') {
      // With an empty field, Escape is left to the browser (which closes the popup).
      if (query === '' && active < 0) return;
      event.preventDefault();
      changeQuery('');
    }
  };

  if (opened?.kind === 'mission') {
    return (
      <main class="mw-popup">
        <DetailView
          mission={opened.mission}
          documents={documents}
          notes={notes}
          lang={lang}
          today={todayDate}
          onBack={back}
        />
      </main>
    );
  }
  if (opened?.kind === 'term') {
    return (
      <main class="mw-popup">
        <TermDetail term={opened.term} documents={documents} lang={lang} onBack={back} />
      </main>
    );
  }

  const expanded = entries.length > 0;
  return (
    <main class="mw-popup">
      <h1 class="mw-app-name">{t.appName}</h1>
      <SearchBox
        t={t}
        value={query}
        expanded={expanded}
        listId={LIST_ID}
        activeId={activeEntry ? optionId(activeEntry) : null}
        onInput={changeQuery}
        onKeyDown={onKeyDown}
      />
      <p class="mw-visually-hidden" role="status">
        {trimmed === '' ? '' : t.popup_resultCount(entries.length)}
      </p>
      {trimmed === '' && (
        <>
          <p class="mw-hint">{t.popup_hint}</p>
          <h2 class="mw-list-heading">{t.popup_activeLabel}</h2>
        </>
      )}
      {expanded ? (
        <ResultList
          id={LIST_ID}
          label={trimmed === '' ? t.popup_activeLabel : t.popup_resultsLabel}
          entries={entries}
          activeIndex={active}
          lang={lang}
          t={t}
          onOpen={setOpened}
          onHover={setActive}
        />
      ) : (
        <NoResults
          t={t}
          query={trimmed}
          suggestions={suggestions}
          onSuggestion={(acronym) => {
            changeQuery(acronym);
            document.getElementById(SEARCH_INPUT_ID)?.focus();
          }}
        />
      )}
    </main>
  );
}
