/**
 * The card over a Kamerstuk page in light and dark mode, as the README shows it
 * (`npm run screenshots` rewrites the committed images). The test also
 * proves the card follows the colour scheme: its background is light in one and dark in the other.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEED_LINES, extractPassage } from '../../lib/demo/demo-passage';
import { escapeHtml, page as htmlPage } from './fixtures/html';
import { type ChromiumSession, type Display, launchChromium } from './harness/chromium';
import { FixtureServer } from './harness/fixture-server';
import { screenshotPath } from './harness/screenshots';
import { waitFor } from './harness/wait-for';

const SEED = readFileSync('seeds/001_538d6e1628be61ba.txt', 'utf8');
const TITLE = 'Jaarlijkse voortgangsrapportage overige missiebijdragen 2025';

/** Styled the way the official site reads: a narrow column of serif text, light or dark. */
const STYLE = `<style>
:root { color-scheme: light dark; }
body { margin: 0; font: 17px/1.6 Georgia, "DejaVu Serif", serif; background: #fff; color: #1a1a1a; }
header { padding: 14px 32px; background: #154273; color: #fff; font: 600 16px system-ui, sans-serif; }
main { max-width: 720px; margin: 0 auto; padding: 16px 32px 60vh; }
h1 { font-size: 24px; line-height: 1.3; } h2 { font-size: 19px; margin-top: 28px; }
@media (prefers-color-scheme: dark) { body { background: #121417; color: #e3e3e3; } header { background: #0d2a4a; } }
</style>`;

function kamerstukPage(): string {
  const blocks = extractPassage(SEED, DEMO_SEED_LINES.from, DEMO_SEED_LINES.to)
    .map((b) => (b.kind === 'heading' ? `<h2>${escapeHtml(b.text)}</h2>` : `<p>${escapeHtml(b.text)}</p>`))
    .join('\n');
  return htmlPage(
    TITLE,
    `<header>Officiële bekendmakingen</header><main><h1>${escapeHtml(TITLE)}</h1>${blocks}</main>`,
    STYLE,
  );
}

/** A 1366×768 window as it is, and at 200 % zoom (683×384 CSS pixels, drawn at twice the density). */
const DISPLAYS: { name: string; display: Display }[] = [
  { name: '', display: { width: 1366, height: 768, scale: 1 } },
  { name: '-zoom200', display: { width: 683, height: 384, scale: 2 } },
];

describe.each(DISPLAYS)('Chromium: screenshots of the card$name', ({ name, display }) => {
  const server = new FixtureServer();
  let session: ChromiumSession;
  const url = () => server.url('zoek.officielebekendmakingen.nl', '/kst-voortgang-2025.html');

  beforeAll(async () => {
    await server.start();
    server.route('zoek.officielebekendmakingen.nl', '/kst-voortgang-2025.html', kamerstukPage());
    session = await launchChromium(server.port, undefined, [], display);
    // Dutch first, as the extension speaks to its users: chosen where a user would choose it.
    const options = await session.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.check('input[name="language"][value="nl"]');
    await options.close();
  });
  afterAll(async () => {
    await session?.close();
    await server.stop();
  });

  /** Hovers the first "UNIFIL" below the heading and waits for its card. */
  async function openUnifilCard(page: Page): Promise<string> {
    await page.goto(url());
    // A pointer that arrives before the terms are marked finds nothing to open: wait for the marks.
    await waitFor('the terms to be marked', () => page.evaluate(() => CSS.highlights.size > 0));
    const at = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('main') as Node, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.nodeValue?.indexOf('UNIFIL') ?? -1;
        if (i === -1) continue;
        (node.parentElement as Element).scrollIntoView({ block: 'start' });
        window.scrollBy(0, -90);
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 'UNIFIL'.length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error('UNIFIL not in the page');
    });
    await page.mouse.move(at.x - 2, at.y);
    await page.mouse.move(at.x, at.y);
    await waitFor('the card to open', () =>
      page.evaluate(
        () =>
          !!document.querySelector('missiewijzer-ui')?.shadowRoot?.querySelector('.mw-layer')?.matches(':popover-open'),
      ),
    );
    // The card's own background, as the user sees it.
    return page.evaluate(() => {
      const panel = document.querySelector('missiewijzer-ui')?.shadowRoot?.querySelector('.mw-layer') as Element;
      return getComputedStyle(panel).backgroundColor;
    });
  }

  /** Relative luminance (0 black – 1 white) of an `rgb(r, g, b)` colour. */
  function luminance(color: string): number {
    const [r, g, b] = (color.match(/\d+(\.\d+)?/gu) ?? []).slice(0, 3).map(Number);
    return (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255;
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows the card in ${scheme} mode`, async () => {
      const page = await session.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      const background = await openUnifilCard(page);
      if (scheme === 'light') expect(luminance(background)).toBeGreaterThan(0.8);
      else expect(luminance(background)).toBeLessThan(0.2);
      await page.screenshot({ path: screenshotPath(`card-${scheme}${name}`) });
      await page.close();
    });
  }

  it('logged no console error in any context', () => {
    expect(session.errors.unexpected()).toEqual([]);
  });
});
