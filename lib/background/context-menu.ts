/**
 * "Uitleg bij '%s'" on selected text (background, browser API): opens the explain page in a new
 * tab. An extension page works where content scripts cannot run (the browser's PDF viewer,
 * other extensions' pages, sites that are not switched on).
 *
 * `explainQuery` and `explainUrlFor` are pure, for tests; the listeners are in listeners.ts.
 */
import { browser } from 'wxt/browser';
import { MESSAGES, type UiLanguage } from '../i18n/messages';

export const EXPLAIN_MENU_ID = 'mw-explain-selection';
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

type ClickInfo = { menuItemId: string | number; selectionText?: string };
type ClickTab = { id?: number; index?: number; windowId?: number } | undefined;

/** What a click on the menu item does: open the explain page next to the tab it came from. */
export async function openExplainPage(info: ClickInfo, tab: ClickTab): Promise<void> {
  if (info.menuItemId !== EXPLAIN_MENU_ID) return;
  const url = explainUrlFor(info.selectionText, browser.runtime.getURL('/'));
  if (url === null) return;
  const fromTab = tab?.id !== undefined && tab.id >= 0;
  await browser.tabs.create({
    url,
    ...(fromTab && tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(fromTab ? { openerTabId: tab?.id, windowId: tab?.windowId } : {}),
  });
}
