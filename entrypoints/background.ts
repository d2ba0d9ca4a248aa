import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { datasetNotes, documents, missions, terms } from '../data/dataset';
import { startContextMenu, startSiteSync } from '../lib/background/listeners';
import { startPdfRedirect } from '../lib/background/pdf-redirect';
import { answerBackgroundMessage } from '../lib/messages/background-handler';
import { COMMANDS, type CommandName } from '../lib/messages/content-messages';

const dataset = { missions, terms, documents, notes: datasetNotes };

/** What a keyboard shortcut does: tell the active tab's content script. */
export async function forwardCommand(command: CommandName): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, { type: 'command', command }).catch(() => undefined);
}

/** The card's interface, into the content-script world of the frame that asked for it. */
function injectCardUi(tabId: number, frameId: number): Promise<unknown> {
  return browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/card-ui.js'] });
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) =>
    answerBackgroundMessage(message, sender, browser.runtime.id, dataset, injectCardUi),
  );

  // A new user sees it work at once, on a real Kamerstuk passage.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/demo.html') });
  });

  browser.commands.onCommand.addListener((command) => {
    const known = COMMANDS.find((c) => c === command);
    if (known) void forwardCommand(known);
  });

  // Sites the user switched on outside the default list, and the menu items.
  startSiteSync();
  // The menu's click handler is also reachable from the background's own global, for the e2e
  // tests (a headless browser cannot open a context menu); no page can reach it there.
  Object.assign(globalThis, { missiewijzerMenuClick: startContextMenu() });
  // "PDF's op de standaardsites altijd in de lezer openen".
  startPdfRedirect();
});
