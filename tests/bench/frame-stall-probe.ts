/**
 * A probe for headless Chromium's frame stall (see notes.ts, "Browsers"): on a Kamerstuk page with
 * the built extension, the mouse rests on a marked term until its card opens, then moves away
 * until it closes; requestAnimationFrame callbacks are counted for a second before and after. As
 * a control, the same moves over unmarked text of the same page, where no card opens. Each trial
 * in a fresh tab; run with and without `--disable-frame-rate-limit`.
 *
 * `npm run build`, then `npx tsx tests/bench/frame-stall-probe.ts [trials]` (under the machine's lock).
 */
import { readFileSync } from 'node:fs';
import { kamerstukPage } from '../e2e/fixtures/html';
import { chromiumDriver } from '../e2e/harness/driver';
import { FixtureServer } from '../e2e/harness/fixture-server';

const TRIALS = Number(process.argv[2]) || 3;
const FRAMES_IN_A_SECOND = `new Promise((resolve) => { let n = 0; const t0 = performance.now();
  function f() { n++; if (performance.now() - t0 < 1000) requestAnimationFrame(f); else resolve(n); }
  requestAnimationFrame(f); })`;
/** The centre of the first marked UNIFIL (a term) or of the first word of the page's title (no term), scrolled into view. */
const POINT = (term: boolean) => `(() => {
  let range = null;
  if (${term}) { for (const [, h] of CSS.highlights) for (const r of h) if (!range && r.toString() === 'UNIFIL') range = r; }
  else { range = document.createRange(); const t = document.querySelector('h1').firstChild; range.setStart(t, 0); range.setEnd(t, 4); }
  range.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const b = range.getBoundingClientRect();
  return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
})()`;

const server = new FixtureServer();
const text = readFileSync('seeds/001_538d6e1628be61ba.txt', 'utf8').split('\n').slice(40, 70).join('\n\n');
server.route('www.tweedekamer.nl', '/stuk', kamerstukPage('Voortgangsrapportage', text));
await server.start();
try {
  for (const flag of [false, true]) {
    const driver = await chromiumDriver(server.port, flag ? ['--disable-frame-rate-limit'] : []);
    try {
      for (let trial = 0; trial < TRIALS; trial++) {
        for (const term of [false, true]) {
          const tab = await driver.session.newPage();
          await tab.bringToFront();
          await tab.goto('http://www.tweedekamer.nl/stuk');
          await tab.waitForTimeout(1000);
          const point = (await tab.evaluate(POINT(term))) as { x: number; y: number };
          const before = await tab.evaluate(FRAMES_IN_A_SECOND);
          await tab.mouse.move(point.x - 2, point.y);
          await tab.mouse.move(point.x, point.y);
          await tab.waitForTimeout(800);
          const card = await tab.evaluate(`!!document.querySelector('missiewijzer-ui')`);
          const over = await tab.evaluate(FRAMES_IN_A_SECOND);
          await tab.mouse.move(1, 1);
          await tab.waitForTimeout(800);
          const after = [await tab.evaluate(FRAMES_IN_A_SECOND), await tab.evaluate(FRAMES_IN_A_SECOND)];
          console.log(
            `${flag ? 'with the flag   ' : 'without the flag'} ${term ? 'term (card)     ' : 'plain (no card) '} card ${card ? 'opened' : 'none  '}: rAF/s before ${before}, pointer over ${over}, after leaving ${after.join(', ')}`,
          );
          await tab.close();
        }
      }
    } finally {
      await driver.close();
    }
  }
} finally {
  await server.stop();
}
