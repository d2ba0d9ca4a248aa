/**
 * Popup search: from a keystroke in the search combobox (input[role=combobox]) to its results
 * painted. In the popup page itself: the key's event.timeStamp (when the platform delivered it)
 * is the start; a MutationObserver on the page (the input's own attribute changes aside) notes
 * every change the keystroke causes, and a task queued from the animation frame after the last
 * change marks the results as painted. Each key is typed on its own and allowed to settle.
 * Queries are ASCII: Playwright sends no keydown for characters outside the US layout.
 */
import { type EvalPage, inPage } from './in-page';

/**
 * What typing needs of a page, which a playwright-core page (Chromium) and a puppeteer-core one
 * (Firefox over WebDriver BiDi) both have: keys pressed as input events of the browser.
 */
export type PopupPage = EvalPage & {
  keyboard: { press(key: string): Promise<unknown> };
  focus(selector: string): Promise<unknown>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const POPUP_QUERIES = [
  'unifil',
  'atalanta',
  'kfor',
  'libanon',
  'irak',
  'eunavfor',
  'rode zee',
  'mali',
  'minusma',
  'untso',
  'golan',
  'piraterij',
  'aspides',
  'althea',
  'bosnie',
  'somalie',
  'kosovo',
  'emasoh',
  'resolute support',
  'vpd',
];

export type KeystrokeRun = { query: string; key: string; ms: number; changed: boolean };

export type PopupResult = { status: 'measured'; runs: KeystrokeRun[] } | { status: 'not-ready'; reason: string };

const INPUT = 'input[role=combobox]';

function installRecorder(page: EvalPage): Promise<void> {
  return inPage(
    page,
    (selector: string) => {
      type Recorder = { t0: number; last: number; painted: number; changes: number };
      const input = document.querySelector(selector) as HTMLInputElement;
      const rec: Recorder = { t0: 0, last: 0, painted: 0, changes: 0 };
      (window as unknown as { __keystroke: Recorder }).__keystroke = rec;
      input.addEventListener(
        'keydown',
        (e) => {
          rec.t0 = e.timeStamp;
          rec.last = 0;
          rec.painted = 0;
          rec.changes = 0;
        },
        true,
      );
      new MutationObserver((records) => {
        if (records.every((r) => r.target === input)) return;
        rec.changes++;
        const at = performance.now();
        rec.last = at;
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (rec.last === at) rec.painted = performance.now();
          }, 0),
        );
      }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    },
    INPUT,
  );
}

/** Waits until the keystroke's changes are painted and nothing changed for 100 ms (or none came in 300 ms). */
function settled(page: EvalPage): Promise<{ ms: number; changed: boolean }> {
  return inPage(
    page,
    () =>
      new Promise<{ ms: number; changed: boolean }>((resolve) => {
        const rec = (
          window as unknown as { __keystroke: { t0: number; last: number; painted: number; changes: number } }
        ).__keystroke;
        const check = () => {
          const now = performance.now();
          if (rec.changes > 0 && rec.painted > 0 && now - rec.last > 100)
            resolve({ ms: rec.painted - rec.t0, changed: true });
          else if (rec.changes === 0 && rec.t0 > 0 && now - rec.t0 > 300) resolve({ ms: Number.NaN, changed: false });
          else setTimeout(check, 20);
        };
        check();
      }),
    undefined,
  );
}

/** Empties the search box as a user's select-all and delete does: an input event with an empty value. */
function clear(page: EvalPage): Promise<void> {
  return inPage(
    page,
    (selector: string) => {
      const input = document.querySelector(selector) as HTMLInputElement;
      input.value = '';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
    },
    INPUT,
  );
}

/**
 * Types the queries key by key into popup.html, already open in `page` (a tab showing the
 * extension's popup page).
 */
export async function popupSearchRuns(
  page: PopupPage,
  /** How the driver names the space bar: 'Space' in Playwright; puppeteer over BiDi knows only ' '. */
  space: 'Space' | ' ' = 'Space',
  queries = POPUP_QUERIES,
): Promise<PopupResult> {
  const hasInput = () => inPage(page, (s: string) => !!document.querySelector(s), INPUT);
  const deadline = Date.now() + 5_000;
  while (!(await hasInput()) && Date.now() < deadline) await sleep(50);
  if (!(await hasInput())) return { status: 'not-ready', reason: `popup.html has no ${INPUT}` };
  await installRecorder(page);
  const runs: KeystrokeRun[] = [];
  for (const query of queries) {
    await clear(page);
    await sleep(150);
    await page.focus(INPUT);
    for (const key of query) {
      await page.keyboard.press(key === ' ' ? space : key);
      const { ms, changed } = await settled(page);
      runs.push({ query, key, ms, changed });
    }
  }
  if (!(await inPage(page, () => !!document.querySelector('[role=listbox]'), undefined)))
    return { status: 'not-ready', reason: 'no [role=listbox] after typing' };
  return { status: 'measured', runs };
}
