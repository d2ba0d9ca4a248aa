/**
 * Hostile pages and typing, written once and run in Chromium and Firefox ESR.
 *
 * Hostile pages: CSS that resets everything, an overlay at the highest z-index, a transformed and
 * zoomed body, a strict CSP (response header), a page that overwrites the globals we use, 50,000
 * elements, one 1 MB text node, a mutation storm, designMode, and frames. On each: no error in any
 * console, the card opens on a hovered term wherever terms are marked, and the longest slice of
 * our work is printed (not asserted: timing depends on the machine).
 *
 * Typing: in inputs, textareas and editable regions next to marked names, typed text containing
 * mission names arrives intact and the caret stays where typing put it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page as htmlPage } from './fixtures/html';
import type { Driver, DriverPage } from './harness/driver';
import { FixtureServer } from './harness/fixture-server';
import { cardState, hoverWord, pointOf } from './harness/in-page';
import { readingTexts, referenceTerms } from './harness/reference-terms';
import { waitFor } from './harness/wait-for';

/** `stormChanges`: paragraphs the storm adds (as many removed and edited), 25 every 10 ms, as fast as the page can. */
export type RobustnessOptions = { stormChanges: number };

const simple = (terms: { id: string | null; text: string }[]) => terms.map(({ id, text }) => ({ id, text }));

const ARTICLE = `<h1>Kabinet verlengt bijdragen</h1>
<p>Nederland levert stafofficieren aan UNIFIL in Libanon.</p>
<p>De waarnemers van UNTSO blijven in Jeruzalem.</p>`;

export function robustnessScenarios(launch: (port: number) => Promise<Driver>, options: RobustnessOptions): void {
  const server = new FixtureServer();
  let driver: Driver;
  let n = 0;

  beforeAll(async () => {
    await server.start();
    driver = await launch(server.port);
  });
  afterAll(async () => {
    await driver?.close();
    await server.stop();
  });

  /** Serves `body` on a default site and opens it once the content script has read it all. */
  async function open(html: string, headers?: Record<string, string>, host = 'www.tweedekamer.nl') {
    const path = `/robust/${n++}`;
    server.route(host, path, { body: html, headers });
    const url = server.url(host, path);
    const page = await driver.open(url);
    const result = await driver.pageTerms(url);
    return { page, url, result };
  }

  /** Hovers `word` and waits for its card; returns what the card shows. */
  async function hoverCard(page: DriverPage, word: string) {
    const card = await hoverWord(page, word);
    expect(card.text).toContain(word);
    // Our own styles hold: the card is its designed width, whatever the page's CSS.
    expect(card.rect?.width ?? 0).toBeGreaterThan(300);
    return card;
  }

  const report = (what: string, result: { terms: unknown[]; longestSliceMs: number }) =>
    console.log(
      `[${driver.name}] ${what}: ${result.terms.length} terms, longest slice ${result.longestSliceMs.toFixed(1)} ms`,
    );

  const expectNoErrors = () => expect(driver.errors.unexpected()).toEqual([]);

  describe('hostile pages', () => {
    it('a stylesheet that resets every element', async () => {
      const { page, result } = await open(
        htmlPage(
          'Reset',
          ARTICLE,
          '<style>* { all: unset !important; } html, body { display: block !important; }</style>',
        ),
      );
      expect(simple(result.terms)).toEqual([
        { id: 'unifil', text: 'UNIFIL' },
        { id: 'untso', text: 'UNTSO' },
      ]);
      await hoverCard(page, 'UNTSO');
      report('reset CSS', result);
      await page.close();
      expectNoErrors();
    });

    it('an overlay at the highest z-index: the card is drawn above it', async () => {
      const overlay =
        '<div id="overlay" style="position:fixed;left:0;right:0;top:140px;bottom:0;z-index:2147483647;background:rgb(0 0 0 / .4)">Cookie-melding</div>';
      const { page, result } = await open(htmlPage('Overlay', `${ARTICLE}${overlay}`));
      const card = await hoverCard(page, 'UNIFIL');
      const rect = card.rect as DOMRect;
      const onTop = await page.evaluate(
        ([x, y]) => {
          const overlayRect = (document.getElementById('overlay') as HTMLElement).getBoundingClientRect();
          return {
            under: overlayRect.top < y && y < overlayRect.bottom,
            hit: document.elementFromPoint(x, y)?.localName,
          };
        },
        [rect.left + rect.width / 2, rect.top + Math.min(rect.height - 4, 160)] as const,
      );
      expect(onTop.under).toBe(true);
      expect(onTop.hit).toBe('missiewijzer-ui');
      report('z-index overlay', result);
      await page.close();
      expectNoErrors();
    });

    it('a transformed and zoomed body', async () => {
      const { page, result } = await open(
        htmlPage(
          'Transform',
          ARTICLE,
          '<style>html { zoom: 1.2; } body { transform: translate(40px, 30px) scale(1.3) rotate(1deg); transform-origin: 0 0; }</style>',
        ),
      );
      expect(result.terms).toHaveLength(2);
      await hoverCard(page, 'UNTSO');
      report('transform and zoom', result);
      await page.close();
      expectNoErrors();
    });

    it("a strict CSP (default-src 'none') in the response header", async () => {
      const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>CSP</title></head><body>${ARTICLE}</body></html>`;
      const { page, result } = await open(html, { 'content-security-policy': "default-src 'none'" });
      expect(result.terms).toHaveLength(2);
      await hoverCard(page, 'UNIFIL');
      expectNoErrors();
      // The policy is in force: the page cannot run a script of its own. (That attempt logs a
      // violation in the page; it is the test's, not ours, so it is dropped after.)
      const logged = driver.errors.errors.length;
      const blocked = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__ran = true';
        document.head.append(s);
        return !(window as unknown as { __ran?: boolean }).__ran;
      }, undefined);
      expect(blocked).toBe(true);
      await new Promise((r) => setTimeout(r, 300));
      driver.errors.errors.splice(logged);
      report('strict CSP', result);
      await page.close();
      expectNoErrors();
    });

    it('a page that overwrites the globals the content script uses: CSS, Highlight, Range, observers, the clock, frames', async () => {
      // Each of these is called by the content script of the production build (the slices read
      // performance.now; the highlights and the read-ahead observe the viewport).
      const sabotage = `<script>
        window.CSS = { highlights: { set() { throw new Error('page CSS'); } } };
        window.Highlight = function () { throw new Error('page Highlight'); };
        window.Range = function () { throw new Error('page Range'); };
        window.MutationObserver = function () { throw new Error('page MutationObserver'); };
        window.IntersectionObserver = function () { throw new Error('page IntersectionObserver'); };
        window.requestAnimationFrame = () => { throw new Error('page requestAnimationFrame'); };
        performance.now = () => { throw new Error('page clock'); };
      </script>`;
      const { page, url, result } = await open(htmlPage('Sabotage', `${ARTICLE}<div id="more"></div>`, sabotage));
      expect(simple(result.terms)).toEqual([
        { id: 'unifil', text: 'UNIFIL' },
        { id: 'untso', text: 'UNTSO' },
      ]);
      // Changes after load are still followed (our MutationObserver is the browser's own).
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Ook KFOR in Kosovo.';
        (document.getElementById('more') as HTMLElement).append(p);
      }, undefined);
      await waitFor('KFOR to be marked', async () => (await driver.pageTerms(url)).terms.some((t) => t.id === 'kfor'));
      await hoverCard(page, 'KFOR');
      // The page's own globals are as it left them.
      expect(
        await page.evaluate(() => typeof (window.CSS as unknown as { supports?: unknown }).supports, undefined),
      ).toBe('undefined');
      report('overwritten globals', result);
      await page.close();
      expectNoErrors();
    });

    it('50,000 elements', async () => {
      // 5,000 paragraphs of 10 elements each; every third names a mission split over two.
      const paragraphs = Array.from({ length: 5000 }, (_, i) =>
        i % 3 === 0
          ? `<p><span>Bericht</span> <b>${i}</b> <i>over</i> <b>UNI</b><i>FIL</i> <span>in</span> <em>Libanon</em> <span>en</span> <u>de</u> <small>rest</small></p>`
          : `<p><span>Bericht</span> <b>${i}</b> <i>over</i> <span>het</span> <span>weer</span> <em>in</em> <span>de</span> <u>stad</u> <small>x</small></p>`,
      ).join('');
      const { page, result } = await open(htmlPage('Groot', `<main>${paragraphs}</main>`));
      expect(await page.evaluate(() => document.body.querySelectorAll('*').length, undefined)).toBeGreaterThan(50_000);
      expect(result.terms).toHaveLength(1667);
      expect(new Set(result.terms.map((t) => t.id))).toEqual(new Set(['unifil']));
      await hoverCard(page, 'UNI');
      report('50,000 elements', result);
      await page.close();
      expectNoErrors();
    });

    it('one text node of 1 MB', async () => {
      const sentence = 'Nederland draagt bij aan UNIFIL in Libanon en aan niets anders. ';
      const repeats = Math.ceil(1_000_000 / sentence.length);
      const { page, result } = await open(htmlPage('Eén tekst', `<p id="one">${sentence.repeat(repeats)}</p>`));
      expect(await page.evaluate(() => document.getElementById('one')?.childNodes.length, undefined)).toBe(1);
      expect(result.terms).toHaveLength(repeats);
      await hoverCard(page, 'UNIFIL');
      report('1 MB text node', result);
      await page.close();
      expectNoErrors();
    });

    it(`a mutation storm (${options.stormChanges} paragraphs added, removed and edited, up to 2500 a second)`, async () => {
      const storm = `<main id="feed"><p>Begin van de stroom.</p></main>
<script>
  const feed = document.getElementById('feed');
  let n = 0;
  function tick() {
    for (let j = 0; j < 25; j++) {
      n += 1;
      const p = document.createElement('p');
      if (n % 4 === 0) p.innerHTML = 'Bericht ' + n + ': <b>EUNAVFOR</b> <i>Atalanta</i> vaart uit.';
      else p.textContent = 'Bericht ' + n + (n % 3 ? ' over UNIFIL.' : ' over het weer.');
      feed.append(p);
      if (feed.children.length > 300) feed.firstElementChild.remove();
      const other = feed.children[(n * 7) % feed.children.length];
      if (other && other.firstChild && other.firstChild.nodeType === 3) other.firstChild.data = 'Gewijzigd ' + n + ' over UNTSO.';
    }
    if (n < ${options.stormChanges}) setTimeout(tick, 10);
    else { document.body.dataset.done = String(n); }
  }
  tick();
</script>`;
      const { page, url } = await open(htmlPage('Storm', storm));
      await waitFor(
        'the storm to end',
        () => page.evaluate(() => document.body.dataset.done !== undefined, undefined),
        60_000,
      );
      // The storm's pace depends on the machine; its size does not.
      const changes = await page.evaluate(() => Number(document.body.dataset.done), undefined);
      expect(changes).toBeGreaterThanOrEqual(options.stormChanges);
      const expected = referenceTerms(await readingTexts(page));
      let result = await driver.pageTerms(url);
      await waitFor('page-terms to match the final page', async () => {
        result = await driver.pageTerms(url);
        return JSON.stringify(simple(result.terms)) === JSON.stringify(expected);
      });
      expect(simple(result.terms)).toEqual(expected);
      await hoverCard(page, 'UNTSO');
      report(`mutation storm (${changes} paragraphs added, as many removed and edited)`, result);
      await page.close();
      expectNoErrors();
    });

    it('designMode="on": the whole page is the user\'s to edit, so nothing is marked', async () => {
      const { page, result } = await open(htmlPage('Ontwerp', ARTICLE, '<script>document.designMode = "on";</script>'));
      expect(await page.evaluate(() => document.designMode, undefined)).toBe('on');
      expect(result.terms).toEqual([]);
      await page.evaluate(() => (document.querySelector('p') as HTMLElement).focus(), undefined);
      const at = await pointOf(page, 'UNTSO');
      await page.mouseMove(at.x, at.y);
      await new Promise((r) => setTimeout(r, 800));
      expect((await cardState(page)).hosts).toBe(0);
      report('designMode', result);
      await page.close();
      expectNoErrors();
    });

    it('frames: only the top document is read (same- and cross-origin frames are left alone)', async () => {
      server.route(
        'www.tweedekamer.nl',
        '/frame-same',
        htmlPage('Zelfde', '<p>UNIFIL in een frame van dezelfde site.</p>'),
      );
      server.route('nos.nl', '/frame-cross', htmlPage('Ander', '<p>KFOR in een frame van een andere site.</p>'));
      const frames = `<p>UNTSO bovenaan.</p>
<iframe src="/frame-same" title="zelfde" width="400" height="100"></iframe>
<iframe src="http://nos.nl/frame-cross" title="ander" width="400" height="100"></iframe>`;
      const { page, url, result } = await open(htmlPage('Frames', frames));
      const inFrame = (part: string) => {
        const evaluate = page.evaluateInFrame;
        if (!evaluate) throw new Error('this driver cannot reach frames');
        return evaluate(
          part,
          () => ({
            text: document.body.textContent ?? '',
            ours: CSS.highlights.has('missiewijzer-mission-subtle') || CSS.highlights.size > 0,
            hosts: document.querySelectorAll('missiewijzer-ui').length,
          }),
          undefined,
        );
      };
      for (const part of ['/frame-same', '/frame-cross']) {
        await waitFor(`the frame ${part} to load`, async () =>
          /UNIFIL|KFOR/u.test((await inFrame(part).catch(() => ({ text: '' }))).text),
        );
      }
      // Long enough for a content script in a frame to have read its one paragraph.
      await new Promise((r) => setTimeout(r, 1000));
      expect(simple((await driver.pageTerms(url)).terms)).toEqual([{ id: 'untso', text: 'UNTSO' }]);
      for (const part of ['/frame-same', '/frame-cross']) {
        const state = await inFrame(part);
        expect(state.text).toMatch(/UNIFIL|KFOR/u);
        expect(state.ours).toBe(false);
        expect(state.hosts).toBe(0);
      }
      await hoverCard(page, 'UNTSO');
      report('frames', result);
      await page.close();
      expectNoErrors();
    });
  });

  describe('typing next to marked names', () => {
    const TYPED = 'UNIFIL en EUNAVFOR Atalanta';
    const form = `<main>
<p>De Kamer sprak over UNIFIL en EUNAVFOR Atalanta.</p>
<label>Vraag <input id="field" value="Over KFOR: "></label>
<p>En over UNTSO.</p>
<textarea id="area">Eerder: UNTSO.</textarea>
<div id="editor" contenteditable="true"><p>Notitie over KFOR:</p></div>
<p>Tot slot EUFOR Althea.</p>
</main>`;
    let page: DriverPage;
    let url: string;
    let before: { id: string | null; text: string }[];

    beforeAll(async () => {
      ({ page, url } = await open(htmlPage('Formulier', form)));
      before = simple((await driver.pageTerms(url)).terms);
      expect(before.map((t) => t.id)).toEqual(['unifil', 'eunavfor-atalanta', 'untso', 'eufor-althea']);
    });
    afterAll(async () => {
      await page?.close();
    });

    const type = (text: string) => {
      if (!page.type) throw new Error('this driver cannot type');
      return page.type(text);
    };

    it.each(['field', 'area'])('#%s: the text arrives intact and the caret stays where typing put it', async (id) => {
      const start = await page.evaluate((i) => {
        const el = document.getElementById(i) as HTMLInputElement | HTMLTextAreaElement;
        el.focus();
        el.setSelectionRange(el.value.length, el.value.length);
        return el.value;
      }, id);
      await type(TYPED);
      const afterEnd = await page.evaluate((i) => {
        const el = document.getElementById(i) as HTMLInputElement;
        return { value: el.value, start: el.selectionStart, end: el.selectionEnd };
      }, id);
      expect(afterEnd).toEqual({
        value: start + TYPED,
        start: (start + TYPED).length,
        end: (start + TYPED).length,
      });
      // Now in the middle of the text.
      const middle = start.length;
      await page.evaluate(([i, at]) => (document.getElementById(i) as HTMLInputElement).setSelectionRange(at, at), [
        id,
        middle,
      ] as const);
      await type(' KFOR ');
      const afterMiddle = await page.evaluate((i) => {
        const el = document.getElementById(i) as HTMLInputElement;
        return { value: el.value, start: el.selectionStart, end: el.selectionEnd };
      }, id);
      expect(afterMiddle).toEqual({
        value: `${start} KFOR ${TYPED}`,
        start: middle + 6,
        end: middle + 6,
      });
      // What the user typed is theirs: nothing in the field is marked, the page's marks are as before.
      expect(simple((await driver.pageTerms(url)).terms)).toEqual(before);
    });

    it('an editable region: the text arrives intact and the selection stays where typing put it', async () => {
      await page.evaluate(() => {
        const p = document.querySelector('#editor p') as HTMLElement;
        const text = p.firstChild as Text;
        (document.getElementById('editor') as HTMLElement).focus();
        getSelection()?.collapse(text, text.data.length);
      }, undefined);
      await type(TYPED);
      const state = () =>
        page.evaluate(() => {
          const p = document.querySelector('#editor p') as HTMLElement;
          const sel = getSelection() as Selection;
          const anchor = sel.anchorNode;
          // The caret as an offset in the paragraph's text, however the browser split its text nodes.
          let offset = -1;
          if (anchor && p.contains(anchor)) {
            const range = document.createRange();
            range.setStart(p, 0);
            range.setEnd(anchor, sel.anchorOffset);
            offset = range.toString().length;
          }
          // Browsers type a space as U+00A0 where a plain one would collapse: the same text to the user.
          return {
            text: p.textContent?.replace(/\u00a0/gu, ' '),
            offset,
            collapsed: sel.isCollapsed,
            html: p.innerHTML,
          };
        }, undefined);
      const typed = await state();
      expect(typed.text).toBe(`Notitie over KFOR:${TYPED}`);
      expect(typed.offset).toBe(typed.text?.length);
      expect(typed.collapsed).toBe(true);
      // Caret into the middle, type again.
      await page.evaluate(() => {
        const p = document.querySelector('#editor p') as HTMLElement;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const first = walker.nextNode() as Text;
        getSelection()?.collapse(first, 'Notitie'.length);
      }, undefined);
      await type(' UNTSO');
      const again = await state();
      expect(again.text).toBe(`Notitie UNTSO over KFOR:${TYPED}`);
      expect(again.offset).toBe('Notitie UNTSO'.length);
      expect(again.collapsed).toBe(true);
      // No markup of ours went into the region, and nothing in it is marked.
      expect(again.html).not.toMatch(/missiewijzer|<mark|<span/u);
      expect(simple((await driver.pageTerms(url)).terms)).toEqual(before);
    });

    it('logged no console error in any context', () => {
      expectNoErrors();
    });
  });
}
