/**
 * The toolbar popup: a search over missions and glossary terms, and the details of what the user
 * opens. Everything is local; the search index is built once per popup.
 *
 * Keyboard (focus in the search field): ArrowDown/ArrowUp move through the list, Home/End jump to
 * its first/last option, Enter opens the active option (or the first result), Escape clears the
 * query. In a detail view, Escape or the back button return to the search as it was.
 *
 * With `env` (the real popup) it also shows what the active tab's page mentions, the switches for
 * that site and pausing, and links to the options and demo pages.
 */
import type { TargetedKeyboardEvent } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import * as dataset from '../../data/dataset';
import type { Mission, Notes, SourceDocument, Term } from '../../data/schema';
import { MESSAGES, type Messages } from '../../lib/i18n/messages';
import { activeMissionEntries, isListKey, moveActive, type PopupEntry, toEntries } from '../../lib/popup/popup-entries';
import { readerAddress } from '../../lib/reader/pdf-source';
import { createSearchIndex, search, suggestAcronyms } from '../../lib/search';
import { useLanguage } from '../settings/ui-language-context';
import { DetailView } from './DetailView';
import { NoResults } from './NoResults';
import { PageSection } from './PageSection';
import { PopupLinks } from './PopupLinks';
import { QuickControls } from './QuickControls';
import { optionId, ResultList } from './ResultList';
import { SEARCH_INPUT_ID, SearchBox } from './SearchBox';
import { TermDetail } from './TermDetail';
import { type PopupEnv, useTabView } from './use-tab-view';

type Props = {
  missions?: Mission[];
  terms?: Term[];
  documents?: SourceDocument[];
  notes?: Notes;
  today?: Date;
  env?: PopupEnv;
};

const LIST_ID = 'mw-results';
const MAX_RESULTS = 30;
const MAX_SUGGESTIONS = 3;

export function PopupApp({
  missions = dataset.missions,
  terms = dataset.terms,
  documents = dataset.documents,
  notes = dataset.datasetNotes,
  today,
  env,
}: Props) {
  const lang = useLanguage();
  const t = MESSAGES[lang];
  const index = useMemo(() => createSearchIndex(missions, terms), [missions, terms]);
  const todayDate = useMemo(() => today ?? new Date(), [today]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const [opened, setOpened] = useState<PopupEntry | null>(null);
  const { site, pageTerms, pdf, readerPdf, showPage, reveal } = useTabView(env);
  const readerUrl = env && readerPdf ? readerAddress(`${env.browser.extensionBase}reader.html`, readerPdf) : null;

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
        <AppName t={t} hidden />
        <DetailView
          // A related mission opens as a new view: focus and scroll start at its top.
          key={opened.mission.id}
          mission={opened.mission}
          documents={documents}
          notes={notes}
          today={todayDate}
          onBack={back}
          missions={missions}
          onOpen={(mission) => setOpened({ kind: 'mission', mission })}
        />
      </main>
    );
  }
  if (opened?.kind === 'term') {
    return (
      <main class="mw-popup">
        <AppName t={t} hidden />
        <TermDetail term={opened.term} documents={documents} onBack={back} />
      </main>
    );
  }

  const expanded = entries.length > 0;
  return (
    <main class="mw-popup">
      <AppName t={t} />
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
          {showPage && (
            <PageSection
              t={t}
              state={pageTerms}
              missions={missions}
              pdf={pdf}
              readerUrl={readerUrl}
              onReveal={reveal}
            />
          )}
          <h2 class="mw-list-heading">{t.popup_activeLabel}</h2>
        </>
      )}
      {expanded ? (
        <ResultList
          id={LIST_ID}
          label={trimmed === '' ? t.popup_activeLabel : t.popup_resultsLabel}
          entries={entries}
          activeIndex={active}
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
      {env && <QuickControls t={t} settings={env.settings} update={env.update} site={site} />}
      {env && <PopupLinks t={t} popupBrowser={env.browser} />}
    </main>
  );
}

/** The page's one h1; in a detail view only for assistive technology, where the back button leads. */
function AppName({ t, hidden = false }: { t: Messages; hidden?: boolean }) {
  return <h1 class={hidden ? 'mw-visually-hidden' : 'mw-app-name'}>{t.appName}</h1>;
}
