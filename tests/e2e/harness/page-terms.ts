/**
 * Asks the content script of a tab for its `page-terms`, the way the popup will: through the
 * extension's own runtime messaging, from an extension context.
 */
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { browser } from 'wxt/browser';
import type { PageTermsResponse } from '../../../lib/messages/protocol';
import type { ChromiumSession } from './chromium';
import { waitFor } from './wait-for';

type Asker = (url: string) => Promise<PageTermsResponse>;
/** The WebExtension API as an extension context sees it (`chrome` in Chromium, `browser` in Firefox). */
type ExtensionApi = typeof browser;

/** Chromium: from the service worker, as the background does. */
export function chromiumSendToTab(session: ChromiumSession, url: string, message: unknown): Promise<unknown> {
  return session.serviceWorker.evaluate(
    async ([target, payload]) => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      const tabs = await api.tabs.query({});
      const tab = tabs.find((t) => t.url === target);
      if (tab?.id === undefined) throw new Error(`no tab with ${target}`);
      return api.tabs.sendMessage(tab.id, payload);
    },
    [url, message] as const,
  );
}

/** Firefox: from an extension page, as the popup does (BiDi cannot reach the background script). */
export function firefoxSendToTab(extensionPage: PuppeteerPage, url: string, message: unknown): Promise<unknown> {
  return extensionPage.evaluate(
    async (target, payload) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const tabs = await api.tabs.query({});
      const tab = tabs.find((t) => t.url === target);
      if (tab?.id === undefined) throw new Error(`no tab with ${target}`);
      return api.tabs.sendMessage(tab.id, payload);
    },
    url,
    message as never,
  );
}

export function chromiumPageTerms(session: ChromiumSession): Asker {
  return (url) => chromiumSendToTab(session, url, { type: 'page-terms' }) as Promise<PageTermsResponse>;
}

export function firefoxPageTerms(extensionPage: PuppeteerPage): Asker {
  return (url) => firefoxSendToTab(extensionPage, url, { type: 'page-terms' }) as Promise<PageTermsResponse>;
}

/** Polls until the content script answers and has read the whole page. */
export async function completePageTerms(ask: Asker, url: string, timeoutMs = 20_000): Promise<PageTermsResponse> {
  let last: PageTermsResponse | undefined;
  await waitFor(
    `complete page-terms for ${url}`,
    async () => {
      last = await ask(url).catch(() => undefined);
      return last?.complete === true;
    },
    timeoutMs,
  );
  return last as PageTermsResponse;
}
