import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { FixtureServer } from './harness/fixture-server';
import { waitFor } from './harness/wait-for';

describe('Chromium: the built extension', () => {
  const server = new FixtureServer();
  let browser: ChromiumSession;

  beforeAll(async () => {
    await server.start();
    browser = await launchChromium(server.port);
  });
  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  it('opens its demo page on first install', async () => {
    const demoUrl = `chrome-extension://${browser.extensionId}/demo.html`;
    await waitFor('the demo tab', () => browser.context.pages().some((p) => p.url() === demoUrl));
    const demo = browser.context.pages().find((p) => p.url() === demoUrl);
    await demo?.waitForSelector('article p');
    await expect(demo?.locator('article').textContent()).resolves.toContain('UNIFIL');
  });

  it('loads and its popup page renders', async () => {
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Missiewijzer');
    await page.close();
  });

  it('captures errors thrown in extension pages and the service worker', async () => {
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('deliberate-test-error in popup');
      });
    });
    await browser.serviceWorker.evaluate(() => console.error('deliberate-test-error in service worker'));
    // Open extension pages (the demo, the popup) may echo the worker's error too: wait for both kinds.
    const logged = () => browser.errors.errors.join('\n');
    await waitFor(
      'both deliberate errors',
      () =>
        /deliberate-test-error in popup/u.test(logged()) && /deliberate-test-error in service worker/u.test(logged()),
    );
    await page.close();
  });

  it('reaches fixture pages under real host names', async () => {
    server.route('www.tweedekamer.nl', '/kamerstuk', '<!doctype html><title>t</title><p>UNIFIL</p>');
    const page = await browser.newPage();
    await page.goto(server.url('www.tweedekamer.nl', '/kamerstuk'));
    await expect(page.locator('p').textContent()).resolves.toBe('UNIFIL');
    await page.close();
  });

  it('logged no error other than the deliberate ones', () => {
    expect(browser.errors.unexpected()).toEqual([]);
  });
});
