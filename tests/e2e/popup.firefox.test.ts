/**
 * The toolbar popup's search in Firefox ESR with the built extension: popup.html in a tab (the
 * harness opens moz-extension:// pages, where page.goto never resolves), typed into with the
 * keyboard. Firefox runs in English and the language setting is `auto`, so the popup is English.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { FixtureServer } from './harness/fixture-server';
import { waitFor } from './harness/wait-for';

describe('Firefox ESR: the toolbar popup', () => {
  const server = new FixtureServer();
  let session: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    await server.start();
    session = await launchFirefox(server.port);
    page = await session.openExtensionPage('/popup.html', '#mw-search-input');
  });
  afterAll(async () => {
    await session?.close();
    await server.stop();
  });

  const acronyms = () =>
    page.evaluate(() => [...document.querySelectorAll('[role="option"] .mw-option-acronym')].map((e) => e.textContent));

  async function search(query: string) {
    // Clear the field the way a user would, then type.
    await page.evaluate(() => (document.getElementById('mw-search-input') as HTMLInputElement).select());
    await page.keyboard.press('Backspace');
    await page.type('#mw-search-input', query);
  }

  it('opens with the focus in the search field, in the browser language', async () => {
    await waitFor('the field to have the focus', () =>
      page.evaluate(() => document.activeElement?.id === 'mw-search-input'),
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => document.querySelector('label[for="mw-search-input"]')?.textContent)).toBe(
      'Search for a mission or abbreviation',
    );
  });

  it.each([
    ['unifl', 'UNIFIL'],
    ['Bosnie', 'EUFOR Althea'],
    ['atalnta', 'EUNAVFOR Atalanta'],
  ])('finds %j with %s first', async (query, first) => {
    await search(query);
    await waitFor(`${first} first for ${query}`, async () => (await acronyms())[0] === first);
  });

  it('finds both missions in Lebanon for "Libanon"', async () => {
    await search('Libanon');
    await waitFor('UNIFIL and UNTSO', async () => {
      const found = await acronyms();
      return found.includes('UNIFIL') && found.includes('UNTSO');
    });
  });

  it('opens the details with the arrow keys and Enter, and goes back with Escape', async () => {
    await search('unifil');
    await waitFor('UNIFIL first', async () => (await acronyms())[0] === 'UNIFIL');
    await page.keyboard.press('ArrowDown');
    expect(
      await page.evaluate(() => document.getElementById('mw-search-input')?.getAttribute('aria-activedescendant')),
    ).toBe('mw-option-mission-unifil');
    await page.keyboard.press('Enter');
    // The view takes the focus in an effect after it is drawn: wait for both.
    await waitFor('the details, focused', () =>
      page.evaluate(() => {
        const section = document.querySelector('.mw-detail');
        return section !== null && document.activeElement === section;
      }),
    );
    const detail = await page.evaluate(() => {
      const section = document.querySelector('.mw-detail') as HTMLElement;
      return {
        label: section.getAttribute('aria-label'),
        focused: document.activeElement === section,
        text: section.textContent ?? '',
        timeline: section.querySelector('svg[role="img"]')?.getAttribute('aria-label'),
      };
    });
    expect(detail.label).toBe('Details of UNIFIL');
    expect(detail.focused).toBe(true);
    expect(detail.text).toContain('United Nations Interim Force in Lebanon');
    expect(detail.text).toContain('Legal basis');
    expect(detail.text).toContain('Annual progress report on other mission contributions 2025');
    expect(detail.timeline).toBe('Timeline of UNIFIL: national framework and mandate end per source');

    await page.keyboard.press('Escape');
    await waitFor('the search again', () => page.evaluate(() => document.activeElement?.id === 'mw-search-input'));
    expect(await page.evaluate(() => (document.getElementById('mw-search-input') as HTMLInputElement).value)).toBe(
      'unifil',
    );
  });

  it('logged no error', () => {
    expect(session.errors.unexpected()).toEqual([]);
  });
});
