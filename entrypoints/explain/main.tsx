import '../../components/extension-page.css';
import './explain.css';
import { render } from 'preact';
// ?raw, as in the in-page layer: the card's CSS byte for byte, not rewritten by Vite's CSS pipeline.
import cardCss from '../../components/card/card.css?raw';
import { ExplainApp } from '../../components/explain/ExplainApp';
import { UiLanguageContext } from '../../components/settings/ui-language-context';
import { datasetNotes, documents, missions, terms } from '../../data/dataset';
import { adoptStyles } from '../../lib/dom/adopt-styles';
import { uiLanguage } from '../../lib/i18n/language';
import { explainLookups, explainResultFor, queryFromSearch } from '../../lib/search/explain-result';
import type { Settings } from '../../lib/settings/settings-schema';
import { loadSettings, watchSettings } from '../../lib/settings/settings-store';

// The card's own styles (written for the in-page shadow root, scoped by their class names).
adoptStyles(document, cardCss);

const root = document.getElementById('app');
const query = queryFromSearch(location.search);
const result = explainResultFor(explainLookups(missions, terms), missions, terms, query);
const today = new Date();

const show = (settings: Settings) => {
  if (!root) return;
  const lang = uiLanguage(settings);
  render(
    <UiLanguageContext.Provider value={lang}>
      <ExplainApp query={query} result={result} documents={documents} notes={datasetNotes} today={today} />
    </UiLanguageContext.Provider>,
    root,
  );
};

void loadSettings().then(show);
watchSettings(show);
