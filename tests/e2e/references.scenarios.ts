/**
 * Kamerstuk references on a Kamerstuk page (the 2025 progress report, seed 001, one <p> per
 * paragraph), in the built extension: painted with their own underline, a card on hover with the
 * link to officielebekendmakingen.nl, reached by the keyboard's next-term, kept out of the page's
 * mission list, gone when the options switch them off, and the page's text and DOM untouched.
 * Run in light and dark mode; the card is photographed in both.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents } from '../../data/dataset';
import { escapeHtml, page as htmlPage } from './fixtures/html';
import { MISSION_BLUE, type Rgb, underlinePixels } from './harness/card-layout';
import type { Display } from './harness/chromium';
import type { Driver, DriverPage } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { cardState, domWithoutOurHost, hoverWord, pointOf } from './harness/in-page';
import { screenshotPath } from './harness/screenshots';
import { waitFor } from './harness/wait-for';

const paragraphs = readFileSync('seeds/001_538d6e1628be61ba.txt', 'utf8')
  .split(/\n\s*\n/u)
  .map((p) => p.trim())
  .filter((p) => p.length > 0 && !p.includes('[bookmark'))
  .map((p) => `<p>${escapeHtml(p)}</p>`)
  .join('\n');

/** A reference whose dossier is a link of the page: three text nodes, hovered in the middle one. */
const LINKED = '<p id="linked">Zie ook (Kamerstuk <a href="#dossier">21501-02</a>, nr. 2615).</p>';

const kamerstuk = htmlPage(
  'Jaarlijkse voortgangsrapportage overige missiebijdragen 2025',
  `<main style="max-width:760px;margin:0 auto;font:17px/1.6 Georgia,serif">${LINKED}\n${paragraphs}</main>`,
  // A page that follows the colour scheme, so in dark mode the underline is seen on a dark page.
  '<meta name="color-scheme" content="light dark">',
);

/** The green of the references' underline: #1a7f37 on light, #3fb950 on dark (entrypoints/content/highlights.css). */
const REFERENCE_GREEN: Rgb = (r, g, b) => g > 100 && g - r > 40 && g - b > 25;

const FIRST_REFERENCE = 'Kamerstuk 29521, nr. 493';
const LETTER = documents.find((d) => d.kamerstuk?.dossier === '29521' && d.kamerstuk.number === '493');

export function referencesScenarios(launch: (port: number, display: Display) => Promise<Driver>): void {
  const server = new FixtureServer();
  const url = () => server.url('www.tweedekamer.nl', '/kamerstukken/voortgang-2025');

  beforeAll(async () => {
    await server.start();
    server.route('www.tweedekamer.nl', '/kamerstukken/voortgang-2025', kamerstuk);
  });
  afterAll(async () => {
    await server.stop();
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`in ${scheme} mode`, () => {
      let driver: Driver;
      let page: DriverPage;

      beforeAll(async () => {
        driver = await launch(server.port, { width: 1366, height: 768, scale: 1, scheme });
        page = await driver.open(url());
        await driver.pageTerms(url());
      });
      afterAll(async () => driver?.close());

      const hover = async (word: string) => void (await hoverWord(page, word));

      it('paints the references with their own underline, and the missions with theirs', async () => {
        expect(await underlinePixels(page, FIRST_REFERENCE, REFERENCE_GREEN)).toBeGreaterThan(4);
        expect(await underlinePixels(page, FIRST_REFERENCE, MISSION_BLUE)).toBe(0);
        expect(await underlinePixels(page, 'UNIFIL', MISSION_BLUE)).toBeGreaterThan(4);
        expect(await underlinePixels(page, 'UNIFIL', REFERENCE_GREEN)).toBe(0);
      });

      it('opens the card on hover: as written, its number, its title and its link', async () => {
        await hover(FIRST_REFERENCE);
        const card = await cardState(page);
        expect(card.text).toMatch(/Verwijzing naar een Kamerstuk|Reference to a Kamerstuk/u);
        expect(card.text).toContain('Kamerstuk 29521, nr. 493');
        expect(card.text).toMatch(new RegExp(`${LETTER?.title.nl}|${LETTER?.title.en}`, 'u'));
        expect(await cardLink(page)).toBe('https://zoek.officielebekendmakingen.nl/kst-29521-493.html');
        await page.screenshot(screenshotPath(`references-card-${scheme}-${driver.name}`));
      });

      it('opens the card from the middle of a reference over three text nodes (a link inside it)', async () => {
        await hover('21501-02');
        const card = await cardState(page);
        expect(card.text).toContain('Kamerstuk 21501-02, nr. 2615');
        expect(card.text).not.toContain(LETTER?.title.nl as string);
        expect(await cardLink(page)).toBe('https://zoek.officielebekendmakingen.nl/kst-21501-02-2615.html');
        await page.press('Escape');
      });

      it('reaches a reference with the keyboard’s next term, focusing its card', async () => {
        await page.mouseMove(1, 1);
        await page.evaluate(() => window.scrollTo(0, 0), undefined);
        let found = false;
        for (let step = 0; step < 40 && !found; step++) {
          const before = (await cardState(page)).text;
          await driver.sendToTab(url(), { type: 'command', command: 'next-term' });
          await waitFor('the card to move on', async () => {
            const now = await cardState(page);
            return now.open && now.text !== before;
          });
          found = /Verwijzing naar een Kamerstuk|Reference to a Kamerstuk/u.test((await cardState(page)).text);
        }
        expect(found).toBe(true);
        expect((await cardState(page)).focusInCard).toBe(true);
        await page.press('Escape');
        await waitFor('the card to close', async () => !(await cardState(page)).open);
      });

      it('keeps the references out of the missions on the page', async () => {
        const { terms } = await driver.pageTerms(url());
        expect(terms.length).toBeGreaterThan(0);
        expect(new Set(terms.map((t) => t.kind))).toEqual(new Set(['mission']));
        expect(terms.some((t) => /Kamerstuk|nr\./u.test(t.text))).toBe(false);
      });

      it('changed nothing in the page but adding its one host element', async () => {
        const dom = await domWithoutOurHost(page);
        expect(dom.html).toBe(dom.before);
        expect(dom.text).toBe(dom.beforeText);
      });

      it('removes the references, and only them, when the options switch them off', async () => {
        const missionsBefore = (await driver.pageTerms(url())).terms.length;
        const options = await driver.openExtensionPage('/options.html', 'input[name="kamerstukReferences"]');
        const checked = () =>
          options.evaluate(
            () => (document.querySelector('input[name="kamerstukReferences"]') as HTMLInputElement).checked,
            undefined,
          );
        expect(await checked()).toBe(true);
        await options.evaluate(
          () => (document.querySelector('input[name="kamerstukReferences"]') as HTMLInputElement).click(),
          undefined,
        );
        expect(await checked()).toBe(false);
        await waitFor('the references to go', async () => {
          const size = await page.evaluate(
            () =>
              (CSS.highlights.get('missiewijzer-reference-subtle')?.size ?? 0) +
              (CSS.highlights.get('missiewijzer-reference-clear')?.size ?? 0),
            undefined,
          );
          return size === 0;
        });
        await driver.pageTerms(url());
        expect(await underlinePixels(page, FIRST_REFERENCE, REFERENCE_GREEN)).toBe(0);
        expect(await underlinePixels(page, 'UNIFIL', MISSION_BLUE)).toBeGreaterThan(4);
        expect((await driver.pageTerms(url())).terms.length).toBe(missionsBefore);
        // Hovering the reference now opens nothing.
        await page.mouseMove(1, 1);
        const at = await pointOf(page, FIRST_REFERENCE);
        await page.mouseMove(at.x, at.y);
        await new Promise((r) => setTimeout(r, 900));
        expect((await cardState(page)).open).toBe(false);
        await options.close();
      });

      it('logged no console error in any context', () => {
        expect(driver.errors.unexpected()).toEqual([]);
      });
    });
  }
}

/** The href of the open card's link. */
function cardLink(page: DriverPage): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.querySelector('missiewijzer-ui')?.shadowRoot;
    return root?.querySelector('.mw-reference-link a')?.getAttribute('href') ?? null;
  }, undefined);
}
