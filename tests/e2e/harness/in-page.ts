/** Main-world probes of a page for the card tests: where a word is, what the card shows. */
import type { DriverPage } from './driver';
import { waitFor } from './wait-for';

export type Point = { x: number; y: number };

/** Centre of the `nth` occurrence of `word` in the page's text, scrolled into view first (the word itself, in a paragraph taller than the window). */
export function pointOf(page: DriverPage, word: string, nth = 0): Promise<Point> {
  return page.evaluate(
    ([w, n]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        let at = text.indexOf(w);
        while (at !== -1) {
          if (seen === n) {
            (node.parentElement as Element).scrollIntoView({ block: 'center' });
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + w.length);
            let r = range.getBoundingClientRect();
            // A paragraph taller than the window: bring the word itself to the middle.
            if (r.top < 0 || r.bottom > window.innerHeight) {
              window.scrollBy(0, r.top - window.innerHeight / 2);
              r = range.getBoundingClientRect();
            }
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          seen++;
          at = text.indexOf(w, at + 1);
        }
      }
      throw new Error(`"${w}" not found`);
    },
    [word, nth] as const,
  );
}

export type CardState = { open: boolean; text: string; rect: DOMRect | null; focusInCard: boolean; hosts: number };

export function cardState(page: DriverPage): Promise<CardState> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('missiewijzer-ui');
    const panel = hosts[0]?.shadowRoot?.querySelector('.mw-layer') as HTMLElement | null | undefined;
    const open = !!panel?.matches(':popover-open');
    const active = hosts[0]?.shadowRoot?.activeElement ?? null;
    return {
      open,
      text: open ? (panel?.textContent ?? '') : '',
      rect: open && panel ? (panel.getBoundingClientRect().toJSON() as DOMRect) : null,
      focusInCard: document.activeElement === hosts[0] && !!active,
      hosts: hosts.length,
    };
  }, undefined);
}

/**
 * Moves the pointer away until no card is open, then onto the `nth` occurrence of `word`, and
 * waits for its card; returns what the card shows.
 */
export async function hoverWord(page: DriverPage, word: string, nth = 0): Promise<CardState> {
  await page.mouseMove(1, 1);
  await waitFor('no card', async () => !(await cardState(page)).open);
  const at = await pointOf(page, word, nth);
  await page.mouseMove(at.x, at.y);
  await waitFor(`the card of ${word}`, async () => (await cardState(page)).open);
  return cardState(page);
}

/** The page's serialised DOM without the one host element we may add. */
export function domWithoutOurHost(
  page: DriverPage,
): Promise<{ html: string; before: string; text: string; beforeText: string }> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('missiewijzer-ui')) host.remove();
    const before = (window as unknown as { __before: { html: string; text: string } }).__before;
    return {
      html: clone.outerHTML,
      before: before.html,
      text: document.body.textContent ?? '',
      beforeText: before.text,
    };
  }, undefined);
}
