/** Asks the content script of a tab for its page-terms, from the service worker (as the popup does). */
import type { BrowserContext } from 'playwright-core';
import type { browser } from 'wxt/browser';
import type { PageTermsResponse } from '../../lib/messages/protocol';

type ExtensionApi = typeof browser;

export async function pageTermsOf(context: BrowserContext, url: string): Promise<PageTermsResponse> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async (target) => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === target);
    if (tab?.id === undefined) throw new Error(`no tab with ${target}`);
    return api.tabs.sendMessage(tab.id, { type: 'page-terms' }) as Promise<PageTermsResponse>;
  }, url);
}
