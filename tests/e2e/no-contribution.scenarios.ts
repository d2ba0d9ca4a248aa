/**
 * A mission the Kamerstukken name without a Dutch contribution (ATMIS), on a mapped host page with
 * default settings: it is marked, and its card says no Dutch contribution is named inside the card's
 * visible box, at 1366×768, at 200 % zoom and in dark mode. On the same page UNTSO's card leads with
 * the framework in force today (the 2025–2028 letter's plan), not the May 2025 report's past period.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missions } from '../../data/dataset';
import { frameworkInForce } from '../../lib/format/framework-in-force';
import { page as htmlPage } from './fixtures/html';
import { cardLayout } from './harness/card-layout';
import type { Display } from './harness/chromium';
import type { Driver, DriverPage } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { hoverWord } from './harness/in-page';
import { screenshotPath } from './harness/screenshots';

const filler = '<p>Deze alinea staat hier zodat de pagina ruim langer is dan het venster.</p>'.repeat(8);

// 001 § 2.4.2 and § 2.2 (Midden-Oosten), as the Kamerstuk writes them.
const article = htmlPage(
  'Kamerstuk',
  `<main style="max-width:720px;margin:0 auto;font:17px/1.6 Georgia,serif">${filler}
<p>De primaire taak van Atalanta betreft piraterijbestrijding en bescherming van kwetsbare scheepvaart, waaronder noodhulptransporten van het World Food Programme (WFP) en bevoorradingsschepen voor de Afrikaanse Unie transitiemissie in Somalië (ATMIS).</p>
<p>Nederland levert twaalf militairen aan UNTSO.</p>${filler}</main>`,
);

type NamedDisplay = Display & { name: string };
const DISPLAYS: NamedDisplay[] = [
  { name: '1366x768', width: 1366, height: 768, scale: 1 },
  { name: 'zoom200', width: 683, height: 384, scale: 2 },
  { name: 'dark-1366x768', width: 1366, height: 768, scale: 1, scheme: 'dark' },
];

/** The no-contribution sentence's box inside the open card. */
function sentenceBox(page: DriverPage): Promise<{ top: number; bottom: number; text: string } | null> {
  return page.evaluate(() => {
    const panel = document.querySelector('missiewijzer-ui')?.shadowRoot?.querySelector('.mw-layer');
    const p = panel?.querySelector('.mw-no-contribution');
    if (!p) return null;
    const r = p.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, text: p.textContent ?? '' };
  }, undefined);
}

export function noContributionScenarios(launch: (port: number, display: Display) => Promise<Driver>): void {
  const server = new FixtureServer();
  const url = () => server.url('www.tweedekamer.nl', '/kamerstukken/atalanta');

  beforeAll(async () => {
    await server.start();
    server.route('www.tweedekamer.nl', '/kamerstukken/atalanta', article);
  });
  afterAll(async () => {
    await server.stop();
  });

  const hover = async (page: DriverPage, word: string) => void (await hoverWord(page, word));

  for (const display of DISPLAYS) {
    describe(`at ${display.name}`, () => {
      let driver: Driver;
      let page: DriverPage;
      beforeAll(async () => {
        driver = await launch(server.port, display);
        page = await driver.open(url());
      });
      afterAll(async () => driver?.close());

      it('marks ATMIS with the default settings, as a mission', async () => {
        const { terms } = await driver.pageTerms(url());
        // The full name and the acronym after it: two occurrences, both of the mission.
        const atmis = terms.filter((t) => t.id === 'atmis');
        expect(atmis.map((t) => t.kind)).toEqual(['mission', 'mission']);
      });

      it('says in the card’s visible box that the Kamerstukken name no Dutch contribution', async () => {
        await hover(page, 'ATMIS');
        await page.screenshot(screenshotPath(`no-contribution-${display.name}-${driver.name}`));
        const layout = await cardLayout(page);
        expect(layout.scrollTop).toBe(0);
        const status = layout.facts[0];
        // The card follows the browser's language.
        expect(status?.text).toMatch(/geen Nederlandse bijdrage genoemd|no Dutch contribution named/u);
        const sentence = await sentenceBox(page);
        expect(sentence?.text).toMatch(
          /^(De Kamerstukken noemen geen Nederlandse bijdrage aan ATMIS\.|The Kamerstukken name no Dutch contribution to ATMIS\.)$/u,
        );
        const bottom = layout.cueTop ?? layout.visible.bottom;
        for (const box of [status, sentence]) {
          expect(box?.top ?? -1).toBeGreaterThanOrEqual(layout.visible.top);
          expect(box?.bottom ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(bottom + 0.5);
        }
        expect(layout.facts.map((f) => f.name)).not.toContain('mw-fact mw-fact-framework');
      });

      it('shows UNTSO’s framework in force today first', async () => {
        const untso = missions.find((m) => m.id === 'untso');
        const inForce = untso && frameworkInForce(untso.nationalFramework, new Date());
        // In force from 2025 to June 2028 by the letter of 4 April 2025, not the report's May 2024 – April 2025.
        expect(inForce?.asOf).toBe('2025-04-04');
        await hover(page, 'UNTSO');
        const framework = (await cardLayout(page)).facts.find((f) => f.name === 'mw-fact mw-fact-framework');
        expect(framework?.text).toMatch(/t\/m juni 2028|until June 2028/u);
        expect(framework?.text).toMatch(/stand per 4 april 2025|as of 4 April 2025/u);
      });
    });
  }
}
