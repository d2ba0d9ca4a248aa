/**
 * The popup's view of the active tab: the tab itself (asked once), its site as the switches see
 * it, what its content script found (asked again whenever the user switches Missiewijzer on or off
 * there), a PDF the reader can open (a Kamerstuk among them), and revealing a mission in it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SettingsUpdater } from '../../lib/permissions/enable-site';
import { type CurrentSite, currentSite } from '../../lib/popup/current-site';
import { type PageTermsState, type PollOptions, pollPageTerms } from '../../lib/popup/poll-page-terms';
import type { ActiveTab, PopupBrowser } from '../../lib/popup/popup-browser';
import { type KamerstukPdf, kamerstukPdf, readablePdf } from '../../lib/reader/pdf-address';
import type { Settings } from '../../lib/settings/settings-schema';

/** The browser around the popup and the user's settings. */
export type PopupEnv = {
  browser: PopupBrowser;
  settings: Settings;
  update: SettingsUpdater;
  /** Only tests change how the page is asked (a constant: a new object asks again). */
  pollOptions?: PollOptions;
};

export type TabView = {
  /** null while the tab is not known yet. */
  site: CurrentSite | null;
  pageTerms: PageTermsState;
  pdf: KamerstukPdf | null;
  /** The tab's PDF, which the reader can open; null where the tab shows no PDF. */
  readerPdf: string | null;
  /** Whether "on this page" has something to say; where it has not, the switches say why. */
  showPage: boolean;
  reveal: (missionId: string) => void;
};

export function useTabView(env: PopupEnv | undefined): TabView {
  const tab = useActiveTab(env?.browser);
  const site = env && tab !== undefined ? currentSite(tab?.url, env.settings, env.browser.extensionBase) : null;
  // Switching Missiewijzer on or off for this site starts or stops its content script: ask again,
  // or not at all where it is off (a stopping script could still answer with the old marks).
  const siteOn = site?.kind === 'default' || site?.kind === 'other' ? site.on : null;
  const off = siteOn === false || (siteOn === true && env?.settings.paused === true);
  const pageTerms = usePageTerms(env?.browser, off ? null : tab, `${env?.settings.paused}|${siteOn}`, env?.pollOptions);
  const pdf = kamerstukPdf(tab?.url);
  const readerPdf = readablePdf(tab?.url);
  const reveal = (missionId: string) => {
    if (!env || !tab) return;
    // Wait for the card to open before the popup closes, but close whatever the tab answers.
    void env.browser
      .sendToTab(tab.id, { type: 'reveal', id: missionId })
      .catch(() => undefined)
      .then(() => env.browser.close());
  };
  const showPage =
    env !== undefined && (pdf !== null || readerPdf !== null || pageTerms.status !== 'unavailable' || siteOn !== null);
  return { site, pageTerms, pdf, readerPdf, showPage, reveal };
}

/** undefined while asking; null where there is no tab to speak of. */
export function useActiveTab(popupBrowser: PopupBrowser | undefined): ActiveTab | null | undefined {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(popupBrowser ? undefined : null);
  useEffect(() => {
    if (!popupBrowser) return;
    let alive = true;
    popupBrowser.activeTab().then(
      (found) => alive && setTab(found),
      () => alive && setTab(null),
    );
    return () => {
      alive = false;
    };
  }, [popupBrowser]);
  return tab;
}

/** `pollOptions` must keep its identity (a constant): a new object asks again. */
export function usePageTerms(
  popupBrowser: PopupBrowser | undefined,
  tab: ActiveTab | null | undefined,
  readKey: string,
  pollOptions?: PollOptions,
): PageTermsState {
  const [state, setState] = useState<PageTermsState>({ status: 'loading' });
  const known = tab !== undefined;
  const tabId = tab?.id ?? null;
  // readKey is not read inside: a new value is only a reason to ask again.
  useEffect(() => {
    if (!popupBrowser || !known) return;
    if (tabId === null) {
      setState({ status: 'unavailable' });
      return;
    }
    const abort = new AbortController();
    setState({ status: 'loading' });
    void pollPageTerms(() => popupBrowser.sendToTab(tabId, { type: 'page-terms' }), setState, {
      ...pollOptions,
      signal: abort.signal,
    });
    return () => abort.abort();
  }, [popupBrowser, known, tabId, readKey, pollOptions]);
  return state;
}
