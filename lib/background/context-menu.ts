/**
 * The menu items (background, browser API): "Uitleg bij '%s'" on selected text opens the explain
 * page in a new tab, which works where content scripts cannot run (the browser's PDF viewer,
 * other extensions' pages, sites that are not switched on); "Openen met Missiewijzer" on a link
 * to a PDF opens the reader for it in a new tab.
 *
 * `explainQuery` and `explainUrlFor` are pure, for tests; the listeners are in listeners.ts.
 */
import { browser } from 'wxt/browser';
import { MESSAGES, type UiLanguage } from '../i18n/messages';
import { readablePdf } from '../reader/pdf-address';
import { readerAddress } from '../reader/pdf-source';

export const EXPLAIN_MENU_ID = 'mw-explain-selection';
export const READER_MENU_ID = 'mw-open-pdf-link';
/** A selection longer than this is not a term; the page searches the start of it. */
export const MAX_QUERY_LENGTH = 200;

/** Quotes, brackets and punctuation a selection often takes along: `(UNIFIL),` → `UNIFIL`. */
const EDGE_PUNCTUATION = /^[\s"'`“”‘’„‚«»‹›()[\]{}<>.,;:!?…*–—-]+|[\s"'`“”‘’„‚«»‹›()[\]{}<>.,;:!?…*–—-]+$/gu;

/** The selection as a search: one line, trimmed, without surrounding punctuation; null if empty. */
export function explainQuery(selectionText: string | undefined | null): string | null {
  if (!selectionText) return null;
  const oneLine = selectionText.replace(/\s+/gu, ' ');
  const short = oneLine.length > MAX_QUERY_LENGTH ? oneLine.slice(0, MAX_QUERY_LENGTH) : oneLine;
  const query = short.replace(EDGE_PUNCTUATION, '');
  return query === '' ? null : query;
}

/** `chrome-extension://id/explain.html?q=UNIFIL` for a selection, or null if there is nothing to explain. */
export function explainUrlFor(selectionText: string | undefined | null, extensionBaseUrl: string): string | null {
  const query = explainQuery(selectionText);
  if (query === null) return null;
  const base = extensionBaseUrl.endsWith('/') ? extensionBaseUrl : `${extensionBaseUrl}/`;
  return `${base}explain.html?q=${encodeURIComponent(query)}`;
}

export function menuTitle(lang: UiLanguage): string {
  return MESSAGES[lang].menu_explain;
}

export function readerMenuTitle(lang: UiLanguage): string {
  return MESSAGES[lang].menu_openReader;
}

/** The reader's address for a link, or null if the link is no PDF the reader can open. */
export function readerUrlForLink(linkUrl: string | undefined, extensionBaseUrl: string): string | null {
  const pdf = readablePdf(linkUrl);
  if (pdf === null) return null;
  const base = extensionBaseUrl.endsWith('/') ? extensionBaseUrl : `${extensionBaseUrl}/`;
  return readerAddress(`${base}reader.html`, pdf);
}

type ClickInfo = { menuItemId: string | number; selectionText?: string; linkUrl?: string };
type ClickTab = { id?: number; index?: number; windowId?: number } | undefined;

/** What a click on one of our menu items does. */
export async function onMenuClick(info: ClickInfo, tab: ClickTab): Promise<void> {
  if (info.menuItemId === EXPLAIN_MENU_ID) await openExplainPage(info, tab);
  if (info.menuItemId === READER_MENU_ID) await openReaderForLink(info, tab);
}

/** Opens the reader for the link's PDF next to the tab the link is in. */
export async function openReaderForLink(info: ClickInfo, tab: ClickTab): Promise<void> {
  if (info.menuItemId !== READER_MENU_ID) return;
  const url = readerUrlForLink(info.linkUrl, browser.runtime.getURL('/'));
  if (url !== null) await openNextTo(url, tab);
}

/** What a click on the menu item does: open the explain page next to the tab it came from. */
export async function openExplainPage(info: ClickInfo, tab: ClickTab): Promise<void> {
  if (info.menuItemId !== EXPLAIN_MENU_ID) return;
  const url = explainUrlFor(info.selectionText, browser.runtime.getURL('/'));
  if (url !== null) await openNextTo(url, tab);
}

/** A new tab right after `tab`; a plain new tab where there is none (a PDF viewer or devtools report none or id -1). */
async function openNextTo(url: string, tab: ClickTab): Promise<void> {
  const fromTab = tab?.id !== undefined && tab.id >= 0;
  await browser.tabs.create({
    url,
    ...(fromTab && tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(fromTab ? { openerTabId: tab?.id, windowId: tab?.windowId } : {}),
  });
}
