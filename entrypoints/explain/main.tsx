import '../../components/extension-page.css';
import './explain.css';
import { render } from 'preact';
import { CARD_CSS } from '../../components/card/card-styles';
import { ExplainApp } from '../../components/explain/ExplainApp';
import { explainLookups, explainResultFor, queryFromSearch } from '../../components/explain/explain-result';
import { datasetNotes, documents, glossary, missions } from '../../data/dataset';
import { resolveLanguage } from '../../lib/i18n/messages';
import type { Settings } from '../../lib/settings/settings-schema';
import { loadSettings, watchSettings } from '../../lib/settings/settings-store';

// The card's own styles (written for the in-page shadow root, scoped by their class names).
const sheet = new CSSStyleSheet();
sheet.replaceSync(CARD_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const root = document.getElementById('app');
const query = queryFromSearch(location.search);
const result = explainResultFor(explainLookups(missions, glossary), missions, glossary, query);
const today = new Date();

const show = (settings: Settings) => {
  if (!root) return;
  const lang = resolveLanguage(settings.language, navigator.language);
  render(
    <ExplainApp query={query} result={result} lang={lang} documents={documents} notes={datasetNotes} today={today} />,
    root,
  );
};

void loadSettings().then(show);
watchSettings(show);
