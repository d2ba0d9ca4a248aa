/**
 * What the toolbar popup asks of the browser (browser API): the active tab, messages to its content
 * script, and opening the options and demo pages. One small interface, so the components can be
 * tested without a browser.
 */
import { browser } from 'wxt/browser';
import type { ContentMessage } from '../messages/content-messages';

export type ActiveTab = {
  id: number;
  /**
   * The tab's address, or null where the browser does not tell us. Without the "tabs" permission
   * (which Missiewijzer does not ask for), tabs.query only gives the URL of hosts the extension
   * has a host permission for: the default sites and the sites the user switched on, plus the
   * extension's own pages. For any other page the popup cannot know the address, so it can name
   * neither the site nor a Kamerstuk PDF there.
   */
  url: string | null;
};

export type PopupBrowser = {
  activeTab(): Promise<ActiveTab | null>;
  sendToTab(tabId: number, message: ContentMessage): Promise<unknown>;
  /** The extension's own root URL, to recognise its pages. */
  extensionBase: string;
  openOptions(): Promise<void>;
  openDemo(): Promise<void>;
  /** Closes the popup (a no-op where the popup page is shown in a tab and the browser refuses). */
  close(): void;
};

export const browserPopup: PopupBrowser = {
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  },
  sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  extensionBase: browser.runtime.getURL('/'),
  openOptions: () => browser.runtime.openOptionsPage(),
  openDemo: async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/demo.html') });
  },
  close: () => window.close(),
};
