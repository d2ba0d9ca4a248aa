import './highlights.css';
import matcherInput from 'virtual:missiewijzer-matcher-input';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CARD_CSS } from '../../components/card/card-styles';
import { LAYER_CSS } from '../../components/in-page/layer-styles';
import { resolveLanguage } from '../../lib/i18n/messages';
import type { CardData } from '../../lib/in-page/card-data';
import { PageSession } from '../../lib/in-page/page-session';
import { acceptFor, needsRescan } from '../../lib/in-page/session-options';
import { compileMatcher } from '../../lib/matcher';
import { parseContentMessage } from '../../lib/messages/protocol';
import { isActiveOn, type Settings } from '../../lib/settings/settings-schema';
import { loadSettings, watchSettings } from '../../lib/settings/settings-store';
import { DEFAULT_MATCHES, isDefaultSite } from '../../lib/sites/default-sites';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    let settings = await loadSettings();
    let session: PageSession | null = null;

    const start = () => {
      const matcher = compileMatcher(matcherInput.missions, settings.abbreviations ? matcherInput.terms : []);
      session = new PageSession({
        document,
        matcher,
        registry: CSS.highlights,
        css: CARD_CSS + LAYER_CSS,
        lang: () => resolveLanguage(settings.language, navigator.language),
        accept: acceptFor(settings),
        underline: settings.underline,
        loadCardData: (ids) => browser.runtime.sendMessage({ type: 'card-data', ...ids }) as Promise<CardData>,
      });
      session.highlights.setFirstOnly(settings.firstOccurrenceOnly);
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
    const unwatch = watchSettings(apply);
    ctx.onInvalidated(() => {
      unwatch();
      stop();
    });

    browser.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = parseContentMessage(message);
      if (!parsed || !session) return undefined;
      const current = session;
      switch (parsed.type) {
        case 'page-terms':
          return Promise.resolve(current.pageTerms());
        case 'reveal':
          return current.revealMission(parsed.id).then(() => true);
        case 'command':
          if (parsed.command === 'list-terms') return current.showList().then(() => true);
          return current.step(parsed.command === 'next-term' ? 1 : -1).then(() => true);
      }
    });
  },
});
