/**
 * Launches Debian's Chromium with the built extension loaded, every mapped host name resolved
 * to the fixture server and every other host resolved to nothing, and collects console errors
 * from pages, extension pages and the service worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { ConsoleErrors } from './console-errors';
import { MAPPED_HOSTS } from './hosts';

export const CHROME_BUILD = resolve('.output/chrome-mv3');

/**
 * The switches every launch shares (e2e and bench): mapped hosts to the fixture server, every
 * other host to nothing, and none of Chromium's own background traffic.
 */
export function harnessArgs(port: number): string[] {
  const rules = [...MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'];
  return [
    `--host-resolver-rules=${rules.join(', ')}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/**
 * A window's CSS viewport and device pixel ratio. 200 % zoom of a 1366×768 window is 683×384 at 2:
 * the page lays out in half the CSS pixels and is drawn twice as sharp, as the zoomed page is.
 */
export type Display = { width: number; height: number; scale: number; scheme?: 'light' | 'dark' };

export type ChromiumSession = {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  errors: ConsoleErrors;
  newPage(): Promise<Page>;
  close(): Promise<void>;
};

export async function launchChromium(
  port: number,
  extensionDir = CHROME_BUILD,
  /** More command-line switches (e.g. `--log-net-log=FILE` to record every request). */
  extraArgs: string[] = [],
  display?: Display,
): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'mw-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ...(display
      ? {
          viewport: { width: display.width, height: display.height },
          deviceScaleFactor: display.scale,
          colorScheme: display.scheme ?? 'light',
        }
      : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...harnessArgs(port),
      ...extraArgs,
    ],
  });
  const errors = new ConsoleErrors();
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.add(page.url(), msg.text());
    });
    page.on('pageerror', (err) => errors.add(page.url(), String(err)));
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  serviceWorker.on('console', (msg) => {
    if (msg.type() === 'error') errors.add('service-worker', msg.text());
  });
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    errors,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
