/**
 * The background's listeners for the options page's sites and the selection menu (browser API,
 * settings storage). Kept apart from registered-sites.ts and context-menu.ts so those import
 * nothing that touches storage when loaded (the e2e tests import them in Node).
 */
import { browser } from 'wxt/browser';
import { type UiLanguage, uiLanguage } from '../i18n/language';
import { PDF_LINK_PATTERNS } from '../reader/pdf-address';
import type { Settings } from '../settings/settings-schema';
import { loadSettings, updateSettings, watchSettings } from '../settings/settings-store';
import { sitesGrantedBy, withSite } from '../sites/custom-sites';
import { EXPLAIN_MENU_ID, menuTitle, onMenuClick, READER_MENU_ID, readerMenuTitle } from './context-menu';
import {
  browserSiteScriptsApi,
  grantedSites,
  type SiteScriptsApi,
  serialQueue,
  syncRegisteredSites,
} from './registered-sites';

/**
 * Background wiring: sync now, whenever `enabledSites` changes, and whenever a permission is
 * granted or withdrawn; a site granted for our pattern is put in `enabledSites` (so a grant
 * survives the popup that asked for it closing), a withdrawn one taken out.
 */
export function startSiteSync(api: SiteScriptsApi = browserSiteScriptsApi): { synced: () => Promise<string[]> } {
  const enqueue = serialQueue();
  let last: Promise<string[]> = Promise.resolve([]);
  const track = (run: Promise<string[]>) => {
    last = run;
    run.catch((error: unknown) =>
      console.warn('Missiewijzer: could not update the content scripts of enabled sites', error),
    );
  };
  const sync = () => track(enqueue(async () => syncRegisteredSites((await loadSettings()).enabledSites, api)));
  sync();

  let before: string | undefined;
  watchSettings((settings: Settings) => {
    const now = settings.enabledSites.join('\n');
    if (now === before) return;
    before = now;
    sync();
  });

  browser.permissions.onAdded.addListener((permissions) => {
    const granted = sitesGrantedBy(permissions?.origins ?? []);
    track(
      enqueue(async () => {
        const { enabledSites } = await loadSettings();
        const next = granted.reduce(withSite, enabledSites);
        if (next.length !== enabledSites.length) await updateSettings({ enabledSites: next });
        return syncRegisteredSites(next, api);
      }),
    );
  });
  browser.permissions.onRemoved.addListener(() => {
    track(
      enqueue(async () => {
        const { enabledSites } = await loadSettings();
        const granted = new Set(await grantedSites(enabledSites, api.isGranted));
        const revoked = enabledSites.filter((site) => !granted.has(site));
        // Re-read just before writing, so a site added meanwhile is kept.
        const current = revoked.length > 0 ? (await loadSettings()).enabledSites : enabledSites;
        const kept = current.filter((site) => !revoked.includes(site));
        if (revoked.length > 0) await updateSettings({ enabledSites: kept });
        return syncRegisteredSites(kept, api);
      }),
    );
  });

  return { synced: () => last };
}

const languageOf = (settings: Settings) => uiLanguage(settings);

/**
 * Background wiring. The items (selection, and a link to a PDF) are created on every background
 * start (after removing any left from the previous start, so ids never clash), titled in the UI
 * language, and retitled when the language setting changes. Returns the click handler, which the
 * e2e tests call (a headless browser cannot open a context menu).
 */
export function startContextMenu(): (
  info: Parameters<typeof onMenuClick>[0],
  tab: Parameters<typeof onMenuClick>[1],
) => Promise<void> {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onMenuClick(info, tab);
  });

  const warn = (error: unknown) => console.warn('Missiewijzer: could not set up the menu', error);
  let lang: UiLanguage | undefined;
  const ready = (async () => {
    lang = languageOf(await loadSettings());
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: EXPLAIN_MENU_ID, title: menuTitle(lang), contexts: ['selection'] });
    browser.contextMenus.create({
      id: READER_MENU_ID,
      title: readerMenuTitle(lang),
      contexts: ['link'],
      targetUrlPatterns: PDF_LINK_PATTERNS,
    });
  })();
  ready.catch(warn);

  watchSettings((settings) => {
    const next = languageOf(settings);
    if (next === lang) return;
    lang = next;
    ready
      .then(() =>
        Promise.all([
          browser.contextMenus.update(EXPLAIN_MENU_ID, { title: menuTitle(next) }),
          browser.contextMenus.update(READER_MENU_ID, { title: readerMenuTitle(next) }),
        ]),
      )
      .catch(warn);
  });
  return onMenuClick;
}
