/**
 * Debian's Chromium, headless, launched as the e2e harness does (tests/e2e/harness/chromium.ts:
 * the same flags, every mapped host resolved to the fixture server and every other host to
 * nothing) — with the built extension, or, for the baselines, with only the floor's content
 * script (floor-extension.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROME_BUILD, harnessArgs } from '../e2e/harness/chromium';

export type BenchBrowser = {
  context: BrowserContext;
  /** Set when launched with the extension. */
  extensionId: string | null;
  version: string;
  newPage(): Promise<{ page: Page; cdp: CDPSession }>;
  close(): Promise<void>;
};

/**
 * `withExtension`: ours (the build in `build`: the bench build, or the unminified one the
 * profile reads); else `otherExtension` alone (the floor's content script), or none.
 */
export async function launchBenchBrowser(
  port: number,
  withExtension: boolean,
  otherExtension?: string,
  build = CHROME_BUILD,
): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'mw-bench-'));
  const loaded = withExtension ? build : otherExtension;
  const extensionArgs = loaded
    ? [`--disable-extensions-except=${loaded}`, `--load-extension=${loaded}`]
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      ...extensionArgs,
      ...harnessArgs(port),
      // Measurement only. Headless Chromium's display compositor now and then stops drawing a tab
      // (viz "ThrottleUndrawnFrames": rAF drops to ~1 per second), seen after our card closed and
      // in the PDF reader alike (notes.ts, "Headless Chromium's frame stall"), and 'card painted'
      // would measure that stall. With this flag frames keep their 60 Hz pace.
      '--disable-frame-rate-limit',
    ],
  });
  let extensionId: string | null = null;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  const first = context.pages()[0] ?? (await context.newPage());
  const probe = await context.newCDPSession(first);
  const { product } = (await probe.send('Browser.getVersion')) as { product: string };
  await probe.detach();
  return {
    context,
    extensionId,
    version: product,
    async newPage() {
      const page = await context.newPage();
      // A tab opened behind another gets background frame pacing; the bench's tab is in front.
      await page.bringToFront();
      return { page, cdp: await context.newCDPSession(page) };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
