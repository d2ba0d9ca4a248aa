import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DemoPage } from '../../components/demo/DemoPage';
import { preactLayerRenderer } from '../../components/in-page/preact-layer-renderer';
import { UiLanguageContext } from '../../components/settings/ui-language-context';
import { datasetNotes, documents, missions, terms } from '../../data/dataset';
import { DEMO_SEED_LINES, extractPassage } from '../../lib/demo/demo-passage';
import { type UiLanguage, uiLanguage } from '../../lib/i18n/language';
import { PageSession } from '../../lib/in-page/page-session';
import { compileMatcher } from '../../lib/matcher';
import { cardDataFor } from '../../lib/messages/card-data-handler';
import { answerContentMessage } from '../../lib/messages/content-handler';
import type { Settings } from '../../lib/settings/settings-schema';
import { loadSettings, watchSettings } from '../../lib/settings/settings-store';
import seed001 from '../../seeds/001_538d6e1628be61ba.txt?raw';
// The same underline styles as on a web page: without them the demo's highlights are registered but not drawn.
import '../content/highlights.css';

const root = document.getElementById('app');
if (root) {
  const passage = extractPassage(seed001, DEMO_SEED_LINES.from, DEMO_SEED_LINES.to);
  // The demo speaks the language the user chose, and follows a change made in the options.
  let lang: UiLanguage = uiLanguage(null);
  const show = (settings: Settings) => {
    lang = uiLanguage(settings);
    showDemo();
  };
  const showDemo = () =>
    render(
      <UiLanguageContext.Provider value={lang}>
        <DemoPage passage={passage} />
      </UiLanguageContext.Provider>,
      root,
    );
  showDemo();
  void loadSettings().then(show);
  watchSettings(show);
  const dataset = { missions, terms, documents, notes: datasetNotes };
  const session = new PageSession({
    document,
    matcher: compileMatcher(missions),
    registry: CSS.highlights,
    loadRenderer: async () => preactLayerRenderer,
    lang: () => lang,
    loadCardData: async (ids) => cardDataFor(dataset, ids),
  });
  session.start();

  // The keyboard shortcuts reach this page the way they reach a content script, and are answered by the same handler.
  browser.runtime.onMessage.addListener((message, sender) =>
    answerContentMessage(message, sender, browser.runtime.id, session),
  );
}
