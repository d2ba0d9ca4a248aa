/**
 * Hover latency in the real extension: the mouse rests on a marked term; from the moment its
 * intent delay fires, the page session measures 'missiewijzer:card-shown' (card in the DOM) and
 * 'missiewijzer:card-painted' (a task queued from the next animation frame, i.e. after that
 * frame's paint). Read from the page's timeline.
 */
import { type EvalPage, inPage } from './in-page';
import { waitForQuiet } from './page-timeline';

/**
 * What the hover needs of a page, which a playwright-core page (Chromium) and a puppeteer-core
 * one (Firefox over WebDriver BiDi) both have: the mouse moves as input events of the browser.
 */
export type HoverPage = EvalPage & { mouse: { move(x: number, y: number): Promise<unknown> } };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type HoverRun = { term: string; shownMs: number; paintedMs: number };

type Target = { text: string; x: number; y: number };

/**
 * The first `count` marked terms of distinct text, read from the shared CSS.highlights registry
 * (the main world sees the content script's highlights). On a page this long only ranges near
 * the viewport are registered, so the page is scrolled a screen at a time (two frames each, for
 * the content script's viewport observer) until enough are found; the chosen ranges are kept in a
 * main-world global for pointOfTerm, and the page is scrolled back to its top.
 */
export function targetsOnPage(page: EvalPage, count: number): Promise<{ text: string; index: number }[]> {
  return inPage(
    page,
    async (n: number) => {
      const chosen: Range[] = [];
      const out: { text: string; index: number }[] = [];
      const seen = new Set<string>();
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (let y = 0; out.length < n && y < document.documentElement.scrollHeight; y += innerHeight) {
        window.scrollTo(0, y);
        await frame();
        const highlight = CSS.highlights.get('missiewijzer-mission-subtle');
        for (const range of (highlight ?? []) as unknown as Iterable<Range>) {
          const text = range.toString();
          if (seen.has(text) || out.length >= n) continue;
          seen.add(text);
          out.push({ text, index: chosen.length });
          chosen.push(range);
        }
      }
      window.scrollTo(0, 0);
      (window as unknown as { __mwBenchTargets: Range[] }).__mwBenchTargets = chosen;
      return out;
    },
    count,
  );
}

export function pointOfTerm(page: EvalPage, index: number): Promise<Target> {
  return inPage(
    page,
    (i: number) => {
      const range = (window as unknown as { __mwBenchTargets: Range[] }).__mwBenchTargets[i] as Range;
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { text: range.toString(), x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    index,
  );
}

function paintedCount(page: EvalPage): Promise<number> {
  return inPage(page, () => performance.getEntriesByName('missiewijzer:card-painted').length, undefined);
}

/** Hovers the first `count` distinct marked terms of a page already loaded in `page`, one by one. */
export async function hoverRuns(page: HoverPage, count: number): Promise<HoverRun[]> {
  await waitForQuiet(page, { quietMs: 300 });
  const targets = await targetsOnPage(page, count);
  const runs: HoverRun[] = [];
  for (const target of targets) {
    // Away from every term, long enough for an open card to close (close delay 400 ms).
    await page.mouse.move(1, 1);
    await sleep(600);
    const point = await pointOfTerm(page, target.index);
    await sleep(100);
    const before = await paintedCount(page);
    await page.mouse.move(point.x - 2, point.y);
    await page.mouse.move(point.x, point.y);
    const deadline = Date.now() + 5_000;
    while ((await paintedCount(page)) === before && Date.now() < deadline) await sleep(50);
    const last = await inPage(
      page,
      () => {
        const shown = performance.getEntriesByName('missiewijzer:card-shown');
        const painted = performance.getEntriesByName('missiewijzer:card-painted');
        return {
          shown: shown[shown.length - 1]?.duration ?? -1,
          painted: painted[painted.length - 1]?.duration ?? -1,
        };
      },
      undefined,
    );
    if (last.painted < 0 || (await paintedCount(page)) === before) throw new Error(`no card for ${point.text}`);
    runs.push({ term: point.text, shownMs: last.shown, paintedMs: last.painted });
  }
  return runs;
}
