import './highlights.css';
import precompiledMatcher from 'virtual:missiewijzer-precompiled-matcher';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { CardData } from '../../lib/in-page/card-data';
import { cardUiLoader } from '../../lib/in-page/load-card-ui';
import { PageSession } from '../../lib/in-page/page-session';
import { acceptFor } from '../../lib/in-page/session-options';
import { followSettings } from '../../lib/in-page/settings-lifecycle';
import { loadPrecompiledMatcher } from '../../lib/matcher';
import { answerContentMessage } from '../../lib/messages/content-handler';
import { onSettingsChanged, readSettings } from '../../lib/settings/settings-reader';
import { DEFAULT_MATCHES } from '../../lib/sites/default-sites';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  // Frames: the top document only (no allFrames). Kamerstukken and articles are the top page;
  // frames are embeds and ads, mostly from other origins, and a card inside one would be clipped
  // to the frame. Text in frames, same- or cross-origin, is not marked (tests/e2e/robustness.scenarios.ts).
  runAt: 'document_idle',
  async main(ctx) {
    // The card's interface is injected only when a card is first about to open.
    const loadRenderer = cardUiLoader(() => browser.runtime.sendMessage({ type: 'load-card-ui' }));
    const page = followSettings({
      settings: await readSettings(),
      hostname: location.hostname,
      watchSettings: onSettingsChanged,
      createSession: (settings, lang) =>
        new PageSession({
          document,
          matcher: loadPrecompiledMatcher(precompiledMatcher, settings.abbreviations),
          registry: CSS.highlights,
          loadRenderer,
          lang,
          accept: acceptFor(settings),
          references: settings.kamerstukReferences,
          underline: settings.underline,
          loadCardData: (ids) => browser.runtime.sendMessage({ type: 'card-data', ...ids }) as Promise<CardData>,
        }),
    });
    ctx.onInvalidated(() => page.dispose());

    browser.runtime.onMessage.addListener((message, sender) =>
      answerContentMessage(message, sender, browser.runtime.id, page.session),
    );
  },
});
