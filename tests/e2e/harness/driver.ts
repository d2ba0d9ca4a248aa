/**
 * One small interface over Playwright (Chromium) and Puppeteer (Firefox), so each scenario is
 * written once and run in both browsers.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { PageTermsResponse } from '../../../lib/messages/protocol';
import { type ChromiumSession, type Display, launchChromium } from './chromium';
import type { ConsoleErrors } from './console-errors';
import { type FirefoxSession, launchFirefox, showExtensionPage } from './firefox';
import {
  chromiumPageTerms,
  chromiumSendToTab,
  completePageTerms,
  firefoxPageTerms,
  firefoxSendToTab,
} from './page-terms';
import { waitFor } from './wait-for';

export type DriverPage = {
  /** Runs `fn` in the page's main world. */
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  mouseMove(x: number, y: number): Promise<void>;
  /** A real click at a viewport point; `middle` as a middle click opens a link in a new tab. */
  click(x: number, y: number, button?: 'left' | 'middle'): Promise<void>;
  /** Chooses a file from disk in the file input `selector`, as the browser's file chooser does. */
  setInputFiles(selector: string, path: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Types `text` into the focused element, key by key, as a user does. (Both drivers have it.) */
  type?(text: string): Promise<void>;
  /** Runs `fn` in the main world of the first child frame whose URL contains `urlPart`. (Both drivers have it.) */
  evaluateInFrame?<T, A>(urlPart: string, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  screenshot(path: string): Promise<void>;
  /** A PNG of one region of the viewport (CSS pixels), as base64. */
  screenshotRegion(clip: { x: number; y: number; width: number; height: number }): Promise<string>;
  /** A wheel turn at the pointer's position. */
  wheel(deltaY: number): Promise<void>;
  close(): Promise<void>;
};

export type Driver = {
  name: 'chromium' | 'firefox';
  errors: ConsoleErrors;
  open(url: string): Promise<DriverPage>;
  /** page-terms of the tab showing `url`, once the content script has read everything. */
  pageTerms(url: string): Promise<PageTermsResponse>;
  /** One attempt, without waiting: rejects if no content script answers. */
  pageTermsOnce(url: string): Promise<PageTermsResponse>;
  /** Sends a runtime message to the tab showing `url`, as the background or popup does. */
  sendToTab(url: string, message: unknown): Promise<unknown>;
  /** Opens an extension page (e.g. `/demo.html`). */
  openExtensionPage(path: string, readySelector: string): Promise<DriverPage>;
  /** The extension's own origin (`chrome-extension://id`, `moz-extension://uuid`). */
  extensionOrigin: string;
  /**
   * Calls the background's context-menu click handler with `info`, as a click on the menu item
   * does (a headless browser cannot open a context menu).
   */
  menuClick(info: { menuItemId: string; linkUrl?: string; selectionText?: string }): Promise<void>;
  /** The open tab whose address starts with `prefix`, once there is one. */
  pageShowing(prefix: string): Promise<DriverPage>;
  close(): Promise<void>;
};

export async function chromiumDriver(
  port: number,
  extraArgs: string[] = [],
  display?: Display,
): Promise<Driver & { session: ChromiumSession }> {
  const session = await launchChromium(port, undefined, extraArgs, display);
  const ask = chromiumPageTerms(session);
  return {
    name: 'chromium',
    session,
    errors: session.errors,
    async open(url) {
      const page = await session.newPage();
      await page.goto(url);
      return playwrightPage(page);
    },
    async openExtensionPage(path, readySelector) {
      const page = await session.newPage();
      await page.goto(`chrome-extension://${session.extensionId}${path}`);
      await page.waitForSelector(readySelector);
      return playwrightPage(page);
    },
    pageTerms: (url) => completePageTerms(ask, url),
    pageTermsOnce: ask,
    sendToTab: (url, message) => chromiumSendToTab(session, url, message),
    extensionOrigin: `chrome-extension://${session.extensionId}`,
    async menuClick(info) {
      await session.serviceWorker.evaluate(
        (i) =>
          (
            globalThis as unknown as { missiewijzerMenuClick: (i: unknown, tab: unknown) => Promise<void> }
          ).missiewijzerMenuClick(i, undefined),
        info,
      );
    },
    async pageShowing(prefix) {
      let found: PlaywrightPage | undefined;
      await waitFor(`a tab showing ${prefix}`, () => {
        found = session.context.pages().find((p) => p.url().startsWith(prefix));
        return found !== undefined;
      });
      return playwrightPage(found as PlaywrightPage);
    },
    close: () => session.close(),
  };
}

export function playwrightPage(page: PlaywrightPage): DriverPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y, button = 'left') => page.mouse.click(x, y, { button }),
    setInputFiles: (selector, path) => page.setInputFiles(selector, path),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    evaluateInFrame: (urlPart, fn, arg) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(urlPart));
      if (!frame) throw new Error(`no frame with ${urlPart}`);
      return frame.evaluate(fn as never, arg) as never;
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    screenshotRegion: async (clip) => (await page.screenshot({ clip })).toString('base64'),
    wheel: (deltaY) => page.mouse.wheel(0, deltaY),
    close: () => page.close(),
  };
}

function puppeteerPage(page: PuppeteerPage): DriverPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y, button = 'left') => page.mouse.click(x, y, { button }),
    setInputFiles: async (selector, path) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    evaluateInFrame: (urlPart, fn, arg) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(urlPart));
      if (!frame) throw new Error(`no frame with ${urlPart}`);
      return frame.evaluate(fn as never, arg) as never;
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    // Puppeteer's clip is in document coordinates; the harness speaks viewport coordinates.
    screenshotRegion: async (clip) => {
      const { sx, sy } = await page.evaluate(() => ({ sx: window.scrollX, sy: window.scrollY }));
      return Buffer.from(await page.screenshot({ clip: { ...clip, x: clip.x + sx, y: clip.y + sy } })).toString(
        'base64',
      );
    },
    wheel: (deltaY) => page.mouse.wheel({ deltaY }),
    close: () => page.close(),
  };
}

export async function firefoxDriver(
  port: number,
  display?: Display,
  /** See launchFirefox. */
  acceptInsecureCerts = false,
  extraPrefs: Record<string, unknown> = {},
): Promise<Driver & { session: FirefoxSession }> {
  const session = await launchFirefox(port, undefined, display?.scheme, acceptInsecureCerts, extraPrefs);
  const extensionPage = await session.openExtensionPage('/popup.html', 'h1');
  const ask = firefoxPageTerms(extensionPage);
  const sized = async (page: PuppeteerPage) => {
    if (display)
      await page.setViewport({ width: display.width, height: display.height, deviceScaleFactor: display.scale });
    return page;
  };
  return {
    name: 'firefox',
    session,
    errors: session.errors,
    async open(url) {
      const page = await sized(await session.newPage());
      await page.goto(url);
      return puppeteerPage(page);
    },
    async openExtensionPage(path, readySelector) {
      const page = await sized(await session.newPage());
      await showExtensionPage(page, `${session.extensionOrigin}${path}`, readySelector);
      return puppeteerPage(page);
    },
    pageTerms: (url) => completePageTerms(ask, url),
    pageTermsOnce: ask,
    sendToTab: (url, message) => firefoxSendToTab(extensionPage, url, message),
    extensionOrigin: session.extensionOrigin,
    async menuClick(info) {
      // Firefox's background is an event page: an extension page reaches its global directly.
      await extensionPage.evaluate(async (i) => {
        type Background = { missiewijzerMenuClick: (i: unknown, tab: unknown) => Promise<void> };
        const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Background> } } })
          .browser;
        await (await api.runtime.getBackgroundPage()).missiewijzerMenuClick(i, undefined);
      }, info);
    },
    async pageShowing(prefix) {
      let found: PuppeteerPage | undefined;
      await waitFor(`a tab showing ${prefix}`, async () => {
        for (const page of await session.browser.pages()) {
          // page.url() stays about:blank for extension pages: ask the document itself.
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(prefix)) found = page;
        }
        return found !== undefined;
      });
      return puppeteerPage(found as PuppeteerPage);
    },
    close: () => session.close(),
  };
}
