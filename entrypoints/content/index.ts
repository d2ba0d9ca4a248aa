import './highlights.css';
import precompiledMatcher from 'virtual:missiewijzer-precompiled-matcher';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SLICE_MEASURE } from '../../lib/dom/slice-scheduler';
import { resolveLanguage } from '../../lib/i18n/language';
import type { CardData } from '../../lib/in-page/card-data';
import { cardUiLoader } from '../../lib/in-page/load-card-ui';
import { PageSession } from '../../lib/in-page/page-session';
import { acceptFor, needsRescan } from '../../lib/in-page/session-options';
import { loadPrecompiledMatcher } from '../../lib/matcher';
import { answerContentMessage } from '../../lib/messages/content-handler';
import { onSettingsChanged, readSettings } from '../../lib/settings/settings-reader';
import { isActiveOn, type Settings } from '../../lib/settings/settings-schema';
import { DEFAULT_MATCHES, isDefaultSite } from '../../lib/sites/default-sites';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  // Frames: the top document only (no allFrames). Kamerstukken and articles are the top page;
  // frames are embeds and ads, mostly from other origins, and a card inside one would be clipped
  // to the frame. Text in frames, same- or cross-origin, is not marked (tests/e2e/robustness.scenarios.ts).
  runAt: 'document_idle',
  async main(ctx) {
    let settings = await readSettings();
    let session: PageSession | null = null;
    // The card's interface is injected only when a card is first about to open.
    const loadRenderer = cardUiLoader(() => browser.runtime.sendMessage({ type: 'load-card-ui' }));

    const start = () => {
      // Setting up is work of ours on the page too: measured as a slice, as the annotator's are.
      const setupStart = performance.now();
      const matcher = loadPrecompiledMatcher(precompiledMatcher, settings.abbreviations);
      session = new PageSession({
        document,
        matcher,
        registry: CSS.highlights,
        loadRenderer,
        lang: () => resolveLanguage(settings.language, navigator.language),
        accept: acceptFor(settings),
        underline: settings.underline,
        loadCardData: (ids) => browser.runtime.sendMessage({ type: 'card-data', ...ids }) as Promise<CardData>,
      });
      session.highlights.setFirstOnly(settings.firstOccurrenceOnly);
      performance.measure(SLICE_MEASURE, { start: setupStart, end: performance.now() });
      session.start();
    };
    const stop = () => {
      session?.stop();
      session = null;
    };

    // Settings apply to open tabs at once.
    const apply = (next: Settings) => {
      const before = settings;
      settings = next;
      const active = isActiveOn(next, location.hostname, isDefaultSite);
      if (!active) return stop();
      if (!session || needsRescan(before, next)) {
        stop();
        return start();
      }
      session.highlights.setStyle(next.underline);
      session.highlights.setFirstOnly(next.firstOccurrenceOnly);
    };

    if (isActiveOn(settings, location.hostname, isDefaultSite)) start();
    const unwatch = onSettingsChanged(apply);
    ctx.onInvalidated(() => {
      unwatch();
      stop();
    });

    browser.runtime.onMessage.addListener((message, sender) =>
      answerContentMessage(message, sender, browser.runtime.id, session),
    );
  },
});
