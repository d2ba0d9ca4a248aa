/**
 * axe-core in real Chromium, light and dark: the popup with results and with a mission's details
 * (in a tab), the real popup over a Kamerstuk (the page's missions and the switches), the options
 * page, and the in-page card open on a fixture page. Real layout and colours, so colour contrast
 * is checked too (happy-dom in the unit tests cannot). Every scan must find nothing.
 *
 * axe is injected by evaluating its source over the DevTools Protocol, which extension pages'
 * CSP does not apply to. The card lives in an open shadow root on the page's one
 * `missiewijzer-ui` element, and axe scans open shadow roots (see moveCardIntoBody for colours).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page as htmlPage } from './fixtures/html';
import { UNIFIL_UNTSO_PARAGRAPHS } from './fixtures/progress-report';
import { type ActionPopup, openActionPopup, openInNewWindow } from './harness/action-popup';
import type { ChromiumSession } from './harness/chromium';
import { chromiumDriver, type Driver } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { waitFor } from './harness/wait-for';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

const kamerstuk = htmlPage('Kamerstuk', `<main><h1>Voortgangsrapportage</h1>${UNIFIL_UNTSO_PARAGRAPHS}</main>`);

type AxeNode = { target: unknown[]; failureSummary?: string };
type AxeRule = { id: string; help: string; nodes: AxeNode[] };
type Axe = { run(context: unknown, options: unknown): Promise<{ violations: AxeRule[]; passes: AxeRule[] }> };
/** Every violation, one line each with where and why; and how much was checked, so a scan that saw nothing fails. */
type Scan = { violations: string[]; contrastChecked: number; inShadowRoot: number };

/** Runs in the scanned page. */
function scan(context: unknown): Promise<Scan> {
  const { axe } = globalThis as unknown as { axe: Axe };
  return axe.run(context ?? document, { resultTypes: ['violations', 'passes'] }).then((result) => {
    const passed = result.passes.flatMap((rule) => rule.nodes);
    return {
      violations: result.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} (${v.help}) at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
      ),
      contrastChecked: result.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0,
      // axe names an element in a shadow root by a path of selectors: [[host, inside]].
      inShadowRoot: passed.filter((n) => Array.isArray(n.target[0])).length,
    };
  });
}

async function scanPage(page: Page, context?: unknown): Promise<Scan> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(scan, context);
}

async function scanPopup(popup: ActionPopup): Promise<Scan> {
  await popup.send('Runtime.evaluate', { expression: AXE_SOURCE });
  return popup.evaluate(scan, undefined);
}

/**
 * axe's colour checks only see elements inside <body>: its layout grid starts there. The card's
 * host hangs on <html>, where the page's styles for <body> cannot reach it, so axe would leave
 * every colour in the card undecided. For the scan the host moves into <body> and the card is
 * shown again; its colours, font and place must stay the same, or the scan would judge
 * something else. Runs in the page.
 */
function moveCardIntoBody() {
  const host = document.querySelector('missiewijzer-ui') as HTMLElement;
  const panel = host.shadowRoot?.querySelector('.mw-layer') as HTMLElement;
  const look = () => {
    const style = getComputedStyle(panel);
    const rect = panel.getBoundingClientRect();
    return {
      open: panel.matches(':popover-open'),
      colors: [style.color, style.backgroundColor, style.fontFamily, style.fontSize],
      rect: [rect.left, rect.top, rect.width, rect.height],
    };
  };
  const before = look();
  document.body.append(host);
  panel.showPopover();
  return { before, after: look() };
}

/** No violation, and the colours of the text were really checked. */
function expectClean(result: Scan, minContrastChecks: number): void {
  expect(result.violations).toEqual([]);
  expect(result.contrastChecked).toBeGreaterThanOrEqual(minContrastChecks);
}

describe('Chromium: accessibility (axe-core)', () => {
  const server = new FixtureServer();
  let driver: Driver & { session: ChromiumSession };
  let session: ChromiumSession;
  const kamerstukUrl = () => server.url('www.tweedekamer.nl', '/kamerstukken/voortgang');

  beforeAll(async () => {
    await server.start();
    server.route('www.tweedekamer.nl', '/kamerstukken/voortgang', kamerstuk);
    driver = await chromiumDriver(server.port);
    session = driver.session;
  });
  afterAll(async () => {
    await driver?.close();
    await server.stop();
  });

  async function openPopupTab(scheme: Scheme): Promise<Page> {
    const page = await session.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.waitForSelector('#mw-search-input:focus');
    return page;
  }

  for (const scheme of SCHEMES) {
    describe(`${scheme} mode`, () => {
      it('the popup with results', async () => {
        const page = await openPopupTab(scheme);
        await page.fill('#mw-search-input', 'Libanon');
        await page.waitForSelector('[role="option"]');
        await page.keyboard.press('ArrowDown');
        await page.waitForSelector('[role="option"][aria-selected="true"]');
        expectClean(await scanPage(page), 20);
        await page.close();
      });

      it('the popup with the details of a mission', async () => {
        const page = await openPopupTab(scheme);
        await page.fill('#mw-search-input', 'UNIFIL');
        await page.waitForSelector('[role="option"]');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.mw-detail svg');
        expectClean(await scanPage(page), 20);
        await page.close();
      });

      it('the real popup over a Kamerstuk: its missions, the switches and the links', async () => {
        const { page, windowId } = await openInNewWindow(session, kamerstukUrl());
        await driver.pageTerms(kamerstukUrl());
        const popup = await openActionPopup(session, windowId, page);
        await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
        await popup.waitFor(
          'the page section',
          () => document.querySelectorAll('.mw-on-page button').length > 0,
          undefined,
        );
        expectClean(await scanPopup(popup), 20);
        await page.close();
      });

      it('the options page', async () => {
        const page = await session.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`chrome-extension://${session.extensionId}/options.html`);
        await page.waitForSelector('h1');
        await page.waitForSelector('input[name="paused"]');
        expectClean(await scanPage(page), 20);
        await page.close();
      });

      it('the in-page card open on a Kamerstuk page', async () => {
        const page = await session.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(kamerstukUrl());
        await driver.pageTerms(kamerstukUrl());
        await driver.sendToTab(kamerstukUrl(), { type: 'reveal', id: 'untso' });
        const cardOpen = () =>
          page.evaluate(
            () =>
              !!document
                .querySelector('missiewijzer-ui')
                ?.shadowRoot?.querySelector('.mw-layer')
                ?.matches(':popover-open'),
          );
        await waitFor('the card to open', cardOpen);
        // The card's shadow root is open: the scan reaches into it from its host element.
        expect(await page.evaluate(() => document.querySelector('missiewijzer-ui')?.shadowRoot?.mode)).toBe('open');
        const { before, after } = await page.evaluate(moveCardIntoBody);
        expect(after).toEqual(before);
        const card = await scanPage(page, { include: [['missiewijzer-ui']] });
        expectClean(card, 10);
        expect(card.inShadowRoot).toBeGreaterThan(10);
        // And the page around it: the card adds nothing that breaks the page's own structure.
        expectClean(await scanPage(page), 10);
        await page.close();
      });
    });
  }

  it('logged no console error in any context', () => {
    expect(driver.errors.unexpected()).toEqual([]);
  });
});
