/**
 * The card at a glance, as a reader sees it at 1366×768 and at 200 % zoom: the status, national
 * framework, legal basis and end of the international mandate are inside the card's visible box
 * without scrolling it; a wheel past the card's end leaves the page and the card where they were;
 * in a table the card leaves the term's row visible; the demo page paints its underlines.
 *
 * Terms are hovered in the middle of the window, where the card has the least room above or below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missions } from '../../data/dataset';
import { frameworkInForce } from '../../lib/format/framework-in-force';
import { escapeHtml, page as htmlPage } from './fixtures/html';
import { UNIFIL_UNTSO_PARAGRAPHS } from './fixtures/progress-report';
import { cardLayout, regionLuminance, underlinePixels } from './harness/card-layout';
import type { Display } from './harness/chromium';
import type { Driver, DriverPage } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { cardState, hoverWord, pointOf } from './harness/in-page';
import { screenshotPath } from './harness/screenshots';
import { waitFor } from './harness/wait-for';

const filler = '<p>Deze alinea staat hier zodat de pagina ruim langer is dan het venster.</p>'.repeat(12);

const article = htmlPage(
  'Kamerstuk',
  `<main style="max-width:720px;margin:0 auto;font:17px/1.6 Georgia,serif">${filler}${UNIFIL_UNTSO_PARAGRAPHS}
<p>Nederland levert stafofficieren aan EUNAVFOR Atalanta, de EU-operatie tegen piraterij.</p>
<p>Het kabinet stelt een nationaal kader vast voor EUBAM Moldavië.</p>${filler}</main>`,
);

function mission(id: string) {
  const m = missions.find((x) => x.id === id);
  if (!m) throw new Error(`${id} missing from the dataset`);
  return m;
}

/** Bijlage 1 as a table, the way the official sites set it out: the name cell wraps over lines. */
function tablePage(): string {
  const rows = ['unifil', 'untso', 'eunavfor-atalanta']
    .map((id) => {
      const m = mission(id);
      return `<tr><td>${escapeHtml(m.acronym)}<br>${escapeHtml(m.name.nl)}<br>${escapeHtml(m.location.nl)}</td><td>1</td><td></td><td>1</td></tr>`;
    })
    .join('');
  return htmlPage(
    'Bijlage 1',
    `<main style="font:16px/1.5 system-ui,sans-serif;padding:0 20px">${filler}<table border="1" style="border-collapse:collapse;width:100%">
<tr><th>Missie</th><th>Militair</th><th>Civiel/politie</th><th>Totaal</th></tr>${rows}</table>${filler}</main>`,
  );
}

type NamedDisplay = Display & { name: string };
const DISPLAYS: NamedDisplay[] = [
  { name: '1366x768', width: 1366, height: 768, scale: 1 },
  { name: 'zoom200', width: 683, height: 384, scale: 2 },
  { name: 'dark-1366x768', width: 1366, height: 768, scale: 1, scheme: 'dark' },
];

const TERMS = [
  { word: 'UNIFIL', id: 'unifil', nth: 2 },
  { word: 'EUNAVFOR Atalanta', id: 'eunavfor-atalanta', nth: 0 },
  { word: 'EUBAM Moldavië', id: 'eubam-moldova', nth: 0 },
];

export function glanceScenarios(launch: (port: number, display: Display) => Promise<Driver>): void {
  const server = new FixtureServer();
  const url = (path: string) => server.url('www.tweedekamer.nl', path);

  beforeAll(async () => {
    await server.start();
    server.route('www.tweedekamer.nl', '/kamerstukken/glance', article);
    server.route('www.tweedekamer.nl', '/kamerstukken/bijlage', tablePage());
  });
  afterAll(async () => {
    await server.stop();
  });

  const hover = async (page: DriverPage, word: string, nth: number) => void (await hoverWord(page, word, nth));

  for (const display of DISPLAYS) {
    describe(`at ${display.name}`, () => {
      let driver: Driver;
      let page: DriverPage;
      beforeAll(async () => {
        driver = await launch(server.port, display);
        page = await driver.open(url('/kamerstukken/glance'));
        await driver.pageTerms(url('/kamerstukken/glance'));
      });
      afterAll(async () => driver?.close());

      for (const term of TERMS) {
        it(`shows ${term.word}'s status, framework, legal basis and mandate end without scrolling the card`, async () => {
          await hover(page, term.word, term.nth);
          await page.screenshot(screenshotPath(`glance-${display.name}-${term.id}-${driver.name}`));
          const layout = await cardLayout(page);
          expect(layout.scrollTop).toBe(0);
          expect(layout.facts.map((f) => f.name.replace('mw-fact mw-fact-', ''))).toEqual([
            'status',
            'framework',
            'legal-basis',
            'mandate-end',
          ]);
          const bottom = layout.cueTop ?? layout.visible.bottom;
          for (const fact of layout.facts) {
            expect(fact.top, fact.name).toBeGreaterThanOrEqual(layout.visible.top);
            expect(fact.bottom, fact.name).toBeLessThanOrEqual(bottom + 0.5);
          }
          const m = mission(term.id);
          const legal = layout.facts[2]?.text ?? '';
          for (const entry of m.legalBasis.slice(0, 1)) expect(legal).toContain(entry.value);
          const framework = layout.facts[1]?.text ?? '';
          // The card leads with the framework in force on the browser's today.
          const military = frameworkInForce(m.nationalFramework, new Date())?.value.military;
          if (typeof military === 'number') expect(framework).toContain(String(military));
        });
      }

      it('keeps the page and the card where they were when the wheel turns past the card’s end', async () => {
        await hover(page, 'UNIFIL', 2);
        const before = await cardLayout(page);
        const scrollY = await page.evaluate(() => window.scrollY, undefined);
        await page.mouseMove(
          (before.visible.left + before.visible.right) / 2,
          (before.visible.top + before.visible.bottom) / 2,
        );
        for (let i = 0; i < 12; i++) await page.wheel(400);
        await new Promise((r) => setTimeout(r, 600));
        const after = await cardLayout(page);
        expect(await page.evaluate(() => window.scrollY, undefined)).toBe(scrollY);
        expect(after.panel).toEqual(before.panel);
        // The card itself scrolled to its end, and stays there: nothing reset it.
        const end = await page.evaluate(() => {
          const p = document.querySelector('missiewijzer-ui')?.shadowRoot?.querySelector('.mw-layer') as HTMLElement;
          return { top: p.scrollTop, max: p.scrollHeight - p.clientHeight };
        }, undefined);
        expect(end.top).toBe(end.max);
        expect(after.cueTop).toBeNull();
        for (let i = 0; i < 3; i++) await page.wheel(-150);
        await new Promise((r) => setTimeout(r, 300));
        expect(await page.evaluate(() => window.scrollY, undefined)).toBe(scrollY);
      });

      if (display.scheme === 'dark')
        it('draws the card’s scrollbar dark on the dark card', async () => {
          await hover(page, 'UNIFIL', 2);
          const layout = await cardLayout(page);
          expect(layout.cueTop).not.toBeNull(); // the card scrolls, so it has a scrollbar
          // The rightmost strip inside the card's border: its scrollbar and gutter.
          const strip = {
            x: Math.floor(layout.panel.right - 10),
            y: Math.floor(layout.visible.top + 40),
            width: 8,
            height: 120,
          };
          expect(await regionLuminance(page, strip)).toBeLessThan(0.35);
        });

      // At 200 % zoom a wrapped table row leaves no room above or below it for the key facts: there
      // the card may cover part of the row (the unit tests of lib/dom/card-position.ts pin that down).
      if (display.scale === 1)
        it('leaves the table row of the term visible', async () => {
          const page = await driver.open(url('/kamerstukken/bijlage'));
          await driver.pageTerms(url('/kamerstukken/bijlage'));
          for (const word of ['UNIFIL', 'UNTSO']) {
            await page.mouseMove(1, 1);
            await waitFor('no card', async () => !(await cardState(page)).open);
            const at = await pointOf(page, word);
            await page.mouseMove(at.x, at.y);
            await waitFor(`the card of ${word}`, async () => (await cardState(page)).open);
            const row = await page.evaluate((w) => {
              const cell = [...document.querySelectorAll('td')].find((td) => td.textContent?.startsWith(w));
              if (!cell?.parentElement) throw new Error(`no row for ${w}`);
              return cell.parentElement.getBoundingClientRect().toJSON() as DOMRect;
            }, word);
            await page.screenshot(screenshotPath(`glance-${display.name}-table-${word}-${driver.name}`));
            const card = (await cardState(page)).rect as DOMRect;
            const overlap =
              card.top < row.bottom && row.top < card.bottom && card.left < row.right && row.left < card.right;
            expect(overlap, `${word}: card ${JSON.stringify(card)} row ${JSON.stringify(row)}`).toBe(false);
          }
          await page.close();
        });

      it('paints the underlines on the demo page, as on a web page', async () => {
        const demo = await driver.openExtensionPage('/demo.html', 'article p');
        await waitFor('the demo to mark its terms', () => demo.evaluate(() => CSS.highlights.size > 0, undefined));
        expect(await underlinePixels(demo, 'UNIFIL')).toBeGreaterThan(4);
        await demo.screenshot(screenshotPath(`glance-${display.name}-demo-${driver.name}`));
        await demo.close();
      });

      it('logged no console error in any context', () => {
        expect(driver.errors.unexpected()).toEqual([]);
      });
    });
  }
}
