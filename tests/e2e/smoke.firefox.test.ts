import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { FixtureServer } from './harness/fixture-server';
import { waitFor } from './harness/wait-for';

describe('Firefox ESR: the built extension', () => {
  const server = new FixtureServer();
  let browser: FirefoxSession;

  beforeAll(async () => {
    await server.start();
    browser = await launchFirefox(server.port);
  });
  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  it('installs and its popup page renders', async () => {
    const page = await browser.openExtensionPage('/popup.html', 'h1');
    await expect(page.evaluate(() => document.querySelector('h1')?.textContent)).resolves.toBe('Missiewijzer');
    await page.close();
  });

  it('captures errors thrown in extension pages', async () => {
    const page = await browser.openExtensionPage('/popup.html', 'h1');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('deliberate-test-error in popup');
      });
    });
    await waitFor('the deliberate error', () => browser.errors.errors.length >= 1);
    expect(browser.errors.errors.join('\n')).toMatch(/deliberate-test-error in popup/u);
    await page.close();
  });

  it('reaches fixture pages under real host names', async () => {
    server.route('nos.nl', '/artikel', '<!doctype html><title>t</title><p>KFOR</p>');
    const page = await browser.newPage();
    await page.goto(server.url('nos.nl', '/artikel'));
    await expect(page.$eval('p', (p) => p.textContent)).resolves.toBe('KFOR');
    await page.close();
  });

  it('logged no error other than the deliberate ones', () => {
    expect(browser.errors.unexpected()).toEqual([]);
  });
});
