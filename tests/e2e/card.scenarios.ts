import { afterAll, beforeAll, expect, it } from 'vitest';
import { page as htmlPage } from './fixtures/html';
import { UNIFIL_UNTSO_PARAGRAPHS } from './fixtures/progress-report';
import type { Driver, DriverPage } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { cardState, domWithoutOurHost, pointOf } from './harness/in-page';
import { waitFor } from './harness/wait-for';

const kamerstuk = htmlPage(
  'Kamerstuk',
  `<main><h1>Voortgangsrapportage</h1>${UNIFIL_UNTSO_PARAGRAPHS}<p style="margin-top:60vh">Einde.</p><button id="outside">Knop</button></main>`,
);

export function cardScenarios(launch: (port: number) => Promise<Driver>, screenshots?: string): void {
  const server = new FixtureServer();
  let driver: Driver;
  let page: DriverPage;
  const url = () => server.url('www.tweedekamer.nl', '/kamerstukken/voortgang');

  beforeAll(async () => {
    await server.start();
    server.route('www.tweedekamer.nl', '/kamerstukken/voortgang', kamerstuk);
    driver = await launch(server.port);
    page = await driver.open(url());
    await driver.pageTerms(url());
  });
  afterAll(async () => {
    await driver?.close();
    await server.stop();
  });

  it('opens the card on hover after the intent delay, with the facts and their sources', async () => {
    const at = await pointOf(page, 'UNTSO');
    await page.mouseMove(at.x, at.y);
    expect((await cardState(page)).open).toBe(false);
    await waitFor('the card to open', async () => (await cardState(page)).open);
    const card = await cardState(page);
    expect(card.text).toContain('UNTSO');
    expect(card.text).toContain('United Nations Truce Supervision Organization');
    expect(card.text).toContain('VNVR-resolutie 50');
    expect(card.text).toMatch(/Jaarlijkse voortgangsrapportage overige missiebijdragen 2025|annual progress report/iu);
    expect(card.hosts).toBe(1);
    if (screenshots) await page.screenshot(`${screenshots}-card.png`);
  });

  it('stays open while the pointer moves into the card, and closes when it leaves both', async () => {
    const card = await cardState(page);
    const rect = card.rect as DOMRect;
    await page.mouseMove(rect.left + 20, rect.top + 20);
    await new Promise((r) => setTimeout(r, 700));
    expect((await cardState(page)).open).toBe(true);
    await page.mouseMove(5, 5);
    await waitFor('the card to close', async () => !(await cardState(page)).open);
  });

  it('closes on Escape', async () => {
    const at = await pointOf(page, 'UNIFIL');
    await page.mouseMove(at.x, at.y);
    await waitFor('the card to open', async () => (await cardState(page)).open);
    expect((await cardState(page)).text).toContain('UNIFIL');
    await page.press('Escape');
    await waitFor('the card to close', async () => !(await cardState(page)).open);
  });

  it('steps through the terms with the commands, focusing the card, and Escape returns focus', async () => {
    await page.mouseMove(5, 5);
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      (document.getElementById('outside') as HTMLElement).focus({ preventScroll: true });
    }, undefined);
    await driver.sendToTab(url(), { type: 'command', command: 'next-term' });
    await waitFor('the card to open', async () => (await cardState(page)).open);
    const first = await cardState(page);
    expect(first.focusInCard).toBe(true);
    const total = (await driver.pageTerms(url())).terms.length;
    expect(first.text).toMatch(new RegExp(`Term 1 (van|of) ${total} (op deze pagina|on this page)`, 'u'));
    await driver.sendToTab(url(), { type: 'command', command: 'next-term' });
    await waitFor('the card to move on', async () =>
      new RegExp(`Term 2 (van|of) ${total} `, 'u').test((await cardState(page)).text),
    );
    await driver.sendToTab(url(), { type: 'command', command: 'previous-term' });
    await waitFor('the card to come back', async () => (await cardState(page)).text === first.text);
    await driver.sendToTab(url(), { type: 'command', command: 'previous-term' });
    await waitFor('the card to wrap round', async () =>
      new RegExp(`Term ${total} (van|of) ${total} `, 'u').test((await cardState(page)).text),
    );
    await driver.sendToTab(url(), { type: 'command', command: 'next-term' });
    await waitFor('the card to wrap back', async () => (await cardState(page)).text === first.text);
    await page.press('Escape');
    await waitFor('the card to close', async () => !(await cardState(page)).open);
    const focused = await page.evaluate(() => document.activeElement?.id, undefined);
    expect(focused).toBe('outside');
  });

  it('lists the missions on the page and jumps to one', async () => {
    await driver.sendToTab(url(), { type: 'command', command: 'list-terms' });
    await waitFor('the list to open', async () => (await cardState(page)).open);
    const list = await cardState(page);
    expect(list.text).toMatch(/UNIFIL/u);
    expect(list.text).toMatch(/UNTSO/u);
    await driver.sendToTab(url(), { type: 'reveal', id: 'untso' });
    await waitFor('UNTSO’s card', async () => (await cardState(page)).text.includes('Truce Supervision'));
    await page.press('Escape');
  });

  it('changed nothing in the page but adding its one host element', async () => {
    const dom = await domWithoutOurHost(page);
    expect(dom.html).toBe(dom.before);
    expect(dom.text).toBe(dom.beforeText);
    expect((await cardState(page)).hosts).toBe(1);
  });

  it('shows the demo page with the same annotation and card', async () => {
    const demo = await driver.openExtensionPage('/demo.html', 'article p');
    const at = await pointOf(demo, 'UNTSO');
    await demo.mouseMove(at.x, at.y);
    await waitFor('the demo card to open', async () => (await cardState(demo)).open);
    expect((await cardState(demo)).text).toContain('Truce Supervision');
    await demo.close();
  });

  it('opens the card from the very edge of a term where the text changes direction', async () => {
    // Over the last pixel of 'UNIFIL' here, Chromium puts the caret at the end of the Hebrew before it.
    const rtlUrl = server.url('www.tweedekamer.nl', '/kamerstukken/rtl');
    server.route(
      'www.tweedekamer.nl',
      '/kamerstukken/rtl',
      htmlPage('Kamerstuk', '<main><p dir="rtl" style="font-size:20px">שלום <b>UNIFIL</b> עולם</p></main>'),
    );
    const rtl = await driver.open(rtlUrl);
    expect((await driver.pageTerms(rtlUrl)).terms.map((t) => t.text)).toEqual(['UNIFIL']);
    const edge = await rtl.evaluate(() => {
      const b = document.querySelector('b') as HTMLElement;
      const r = b.getBoundingClientRect();
      return { x: r.right - 0.5, y: r.top + r.height / 2 };
    }, null);
    await rtl.mouseMove(edge.x, edge.y);
    await waitFor('the card to open', async () => (await cardState(rtl)).open);
    expect((await cardState(rtl)).text).toContain('UNIFIL');
    await rtl.close();
  });

  it('logged no console error in any context', () => {
    expect(driver.errors.unexpected()).toEqual([]);
  });
}
