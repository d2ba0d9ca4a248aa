/**
 * The benchmark's page figures in Firefox ESR, driven by puppeteer-core over WebDriver BiDi as the
 * e2e tests drive it (tests/e2e/harness/firefox.ts): once with the built extension, once with only
 * the floor's content-script extension (floor-extension.ts) for the baselines, and once with the
 * stage breakdown's (stage-extension.ts). BiDi has no CDP: no thread time, no heap figure; memory
 * is the resident size of Firefox's processes.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import type { PrecompiledMatcher } from '../../lib/matcher';
import type { PageTermsResponse } from '../../lib/messages/protocol';
import { type FirefoxSession, launchFirefox, showExtensionPage } from '../e2e/harness/firefox';
import { firefoxPageTerms } from '../e2e/harness/page-terms';
import type { BenchAlias } from './aliases';
import { type BaselineResult, runFloor, runMarkJs, runNaiveRegExps } from './baselines';
import type { Stage, StageTime } from './breakdown-entry';
import { runContentScriptFloor, writeFloorExtension } from './floor-extension';
import { type HoverRun, hoverRuns } from './hover';
import { inPage } from './in-page';
import { type Interval, readTimeline, type SliceStats, sliceStats, waitForQuiet } from './page-timeline';
import { type PopupResult, popupSearchRuns } from './popup-search';
import { runContentScriptStage, writeStageExtension } from './stage-extension';

export type FirefoxLoad = {
  /** Our slices at load, from the page's timeline (Firefox puts a content script's measures there too). */
  slices: SliceStats;
  /** The slices that read the rest once page-terms asked for every term. */
  rest: SliceStats;
  termsAtLoad: number;
  terms: number;
  complete: boolean;
  /** The longest slice the annotator itself counted (page-terms' longestSliceMs), load and rest. */
  longestReportedMs: number;
  /** The three longest slices, load and rest (start in ms since navigation). */
  slowest: Interval[];
};

export type FirefoxBaseline = 'floor' | 'floor-cs' | 'naive' | 'mark.js';

export type FirefoxData = {
  version: string;
  loads: Record<string, FirefoxLoad[]>;
  /** Baselines on the 1 MB Kamerstuk; floors also on the one-node page. */
  baselines: Record<FirefoxBaseline, BaselineResult[]>;
  oneNodeFloors: Record<'floor' | 'floor-cs', BaselineResult[]>;
  /** Resident memory of every Firefox process with the 1 MB page read to its end, with and without the extension (MB). */
  memory: { withMB: number[]; withoutMB: number[] };
  /** Hover → card on the 1 MB Kamerstuk and popup search, measured as in Chromium (hover.ts, popup-search.ts); empty in a pages-only run. */
  hover: HoverRun[];
  popup: PopupResult;
  /** The stage breakdown on the 1 MB Kamerstuk, run as a content script; empty in a pages-only run. */
  stages: StageTime[];
};

/** The stages timed in Firefox, each on a fresh load, alternating so all see the same machine. */
const FIREFOX_STAGES: readonly Stage[] = ['walk', 'match', 'annotate', 'sliced-all', 'sliced'];

export type FirefoxFixture = { key: string; url: string; phaseMark?: string; readyGlobal?: string };

/** Resident set of a process and all its descendants, from /proc (MB). */
function processTreeRssMB(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      // Field 24 of stat (22 after the name) is the resident set in pages.
      rss.set(pid, (Number(fields[21]) * 4096) / 2 ** 20);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended meanwhile.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function freshPage(session: FirefoxSession): Promise<Page> {
  const page = await session.newPage();
  await page.bringToFront();
  return page;
}

async function readToEnd(
  ask: (url: string) => Promise<PageTermsResponse>,
  url: string,
): Promise<{ first: PageTermsResponse; last: PageTermsResponse }> {
  const first = await ask(url);
  let last = first;
  for (let i = 0; i < 300 && !last.complete; i++) {
    await new Promise((r) => setTimeout(r, 100));
    last = await ask(url);
  }
  return { first, last };
}

async function loadRun(
  session: FirefoxSession,
  ask: (url: string) => Promise<PageTermsResponse>,
  fixture: FirefoxFixture,
  memory: number[] | null,
): Promise<FirefoxLoad> {
  const page = await freshPage(session);
  try {
    await page.goto(fixture.url, { waitUntil: 'load' });
    await waitForQuiet(page, { quietMs: 500, readyGlobal: fixture.readyGlobal ?? '' });
    const timeline = await readTimeline(page, fixture.phaseMark ? [fixture.phaseMark] : []);
    const from = fixture.phaseMark ? (timeline.marks[fixture.phaseMark] ?? 0) : 0;
    const slices = sliceStats(timeline.slices.filter((s) => s.start >= from));
    const { first, last } = await readToEnd(ask, fixture.url);
    await waitForQuiet(page, { quietMs: 500 });
    const after = (await readTimeline(page)).slices;
    const rest = sliceStats(after.filter((s) => s.start >= timeline.now));
    const slowest = [...after].sort((a, b) => b.duration - a.duration).slice(0, 3);
    if (memory) memory.push(processTreeRssMB(session.browser.process()?.pid ?? 0));
    return {
      slices,
      rest,
      termsAtLoad: first.terms.length,
      terms: last.terms.length,
      complete: last.complete,
      longestReportedMs: last.longestSliceMs,
      slowest,
    };
  } finally {
    await page.close();
  }
}

async function baselineRun(
  session: FirefoxSession,
  url: string,
  which: FirefoxBaseline,
  aliases: BenchAlias[],
): Promise<BaselineResult> {
  const page = await freshPage(session);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 300));
    if (which === 'floor-cs') return await runContentScriptFloor(page);
    if (which === 'floor') return await inPage(page, runFloor, undefined);
    if (which === 'naive') return await inPage(page, runNaiveRegExps, aliases);
    await page.addScriptTag({ path: 'node_modules/mark.js/dist/mark.min.js' });
    return await inPage(page, runMarkJs, aliases);
  } finally {
    await page.close();
  }
}

export async function firefoxRuns(
  port: number,
  fixtures: FirefoxFixture[],
  kamerstukUrl: string,
  oneNodeUrl: string,
  aliases: BenchAlias[],
  runs: number,
  /** For development: the page figures only, no baselines but the floors. */
  pagesOnly: boolean,
  repeat: <T>(label: string, runs: number, once: (i: number) => Promise<T>) => Promise<T[]>,
  /** Marked terms to hover on the Kamerstuk (0: no hover and no popup search). */
  hoverTerms = 0,
  /** The stage breakdown's bundle and matcher data (breakdown.ts); null: no stage breakdown. */
  stageBundle: { bundle: string; precompiled: PrecompiledMatcher } | null = null,
): Promise<FirefoxData> {
  const memory = { withMB: [] as number[], withoutMB: [] as number[] };
  const loads: Record<string, FirefoxLoad[]> = {};
  let hover: HoverRun[] = [];
  let popup: PopupResult = { status: 'not-ready', reason: 'not run' };
  console.error('Firefox ESR, with the extension:');
  const withExt = await launchFirefox(port);
  let version = '';
  try {
    version = await withExt.browser.version();
    const extensionPage = await withExt.openExtensionPage('/popup.html', 'h1');
    const ask = firefoxPageTerms(extensionPage);
    for (const f of fixtures) {
      loads[f.key] = await repeat(`${f.key}`, runs, () =>
        loadRun(withExt, ask, f, f.url === kamerstukUrl ? memory.withMB : null),
      );
    }
    if (hoverTerms > 0) {
      hover = await repeat('hover', 1, async () => {
        const page = await freshPage(withExt);
        try {
          await page.goto(kamerstukUrl, { waitUntil: 'load' });
          return await hoverRuns(page, hoverTerms);
        } finally {
          await page.close();
        }
      }).then((r) => r[0] ?? []);
      // The popup page in a tab of its own, as in Chromium (page.goto never resolves for it: see showExtensionPage).
      popup = await repeat('popup search', 1, async () => {
        const page = await freshPage(withExt);
        try {
          await showExtensionPage(page, `${withExt.extensionOrigin}/popup.html`, 'input[role=combobox]');
          return await popupSearchRuns(page, ' ');
        } finally {
          await page.close();
        }
      }).then((r) => r[0] ?? popup);
    }
  } finally {
    await withExt.close();
  }

  console.error('Firefox ESR, without the extension (the floor content script only):');
  const floorDir = writeFloorExtension();
  const without = await launchFirefox(port, floorDir);
  const baselines: Record<FirefoxBaseline, BaselineResult[]> = { floor: [], 'floor-cs': [], naive: [], 'mark.js': [] };
  const oneNodeFloors: Record<'floor' | 'floor-cs', BaselineResult[]> = { floor: [], 'floor-cs': [] };
  try {
    // The same page read to its end, for the memory without the extension.
    await repeat('memory without', runs, async () => {
      const page = await freshPage(without);
      try {
        await page.goto(kamerstukUrl, { waitUntil: 'load' });
        await new Promise((r) => setTimeout(r, 1500));
        memory.withoutMB.push(processTreeRssMB(without.browser.process()?.pid ?? 0));
      } finally {
        await page.close();
      }
    });
    // The floors alternate, so both see the same machine.
    await repeat('floor: content script and main world', runs, async () => {
      for (const which of ['floor-cs', 'floor'] as const) {
        baselines[which].push(await baselineRun(without, kamerstukUrl, which, aliases));
        oneNodeFloors[which].push(await baselineRun(without, oneNodeUrl, which, aliases));
      }
    });
    for (const which of pagesOnly ? [] : (['naive', 'mark.js'] as const)) {
      baselines[which] = await repeat(which, runs, () => baselineRun(without, kamerstukUrl, which, aliases));
    }
  } finally {
    await without.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
  const stages = stageBundle && !pagesOnly ? await firefoxStages(port, kamerstukUrl, runs, repeat, stageBundle) : [];
  return { version, loads, baselines, oneNodeFloors, memory, hover, popup, stages };
}

async function firefoxStages(
  port: number,
  kamerstukUrl: string,
  runs: number,
  repeat: <T>(label: string, runs: number, once: (i: number) => Promise<T>) => Promise<T[]>,
  { bundle, precompiled }: { bundle: string; precompiled: PrecompiledMatcher },
): Promise<StageTime[]> {
  console.error('Firefox ESR, the stage breakdown as a content script:');
  const dir = writeStageExtension(bundle, precompiled);
  const session = await launchFirefox(port, dir);
  const stages: StageTime[] = [];
  try {
    await repeat('stages', runs, async () => {
      for (const which of FIREFOX_STAGES) {
        const page = await freshPage(session);
        try {
          await page.goto(kamerstukUrl, { waitUntil: 'load' });
          await new Promise((r) => setTimeout(r, 300));
          stages.push(await runContentScriptStage(page, which));
        } finally {
          await page.close();
        }
      }
    });
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return stages;
}
