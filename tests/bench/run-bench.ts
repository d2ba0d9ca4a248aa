/**
 * `npm run bench`: the extension in real headless Chromium against generated pages, and the
 * baselines in a second Chromium launched without any extension. Prints the tables and writes
 * tests/bench/RESULTS.md. Never a pass/fail test: budgets are reported as met or missed.
 *
 * Then the same page figures in Firefox ESR (firefox-runs.ts), each ratio against baselines of
 * that browser in the same run.
 *
 * Also profiles the content script (profile.ts: an unminified build of its own) on the 1 MB page,
 * at load and reading the rest, so a budget missed comes with where the time goes.
 *
 * Options: `--runs N` (default 5), `--quick` (for
 * development: one run per figure, no stage breakdown, scrolls or thread times; prints, writes
 * nothing), `--browser chromium|firefox` (with --quick: that browser only), `--profile` (with
 * --quick: the profile only).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD } from '../e2e/harness/chromium';
import { FixtureServer } from '../e2e/harness/fixture-server';
import { benchAliases } from './aliases';
import type { BaselineResult } from './baselines';
import { benchPrecompiledMatcher, bundleBreakdown, runStage, runStageThreadTime, type ThreadTime } from './breakdown';
import type { StageTime } from './breakdown-entry';
import { launchBenchBrowser } from './browser';
import { type FirefoxData, firefoxRuns } from './firefox-runs';
import { benchFixtures } from './fixtures';
import { writeFloorExtension } from './floor-extension';
import { hoverRuns } from './hover';
import {
  type Baseline,
  baselineRun,
  type LoadOptions,
  type LoadRun,
  loadRun,
  type ScrollRun,
  scrollRun,
} from './page-runs';
import { popupSearchRuns } from './popup-search';
import { type ProfilePhase, type ProfileSummary, profileBothPhases } from './profile';
import { type BenchData, profileTables, renderReport } from './report';
import { measureSizes } from './sizes';
import { summarize } from './stats';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const RUNS = QUICK
  ? Number(args[args.indexOf('--runs') + 1]) || 1
  : Math.max(5, Number(args[args.indexOf('--runs') + 1]) || 5);
const ONLY = QUICK && args.includes('--browser') ? args[args.indexOf('--browser') + 1] : null;
/** With --quick --browser firefox: that fixture only (kamerstuk, news, scroll, oneNode), and no baselines but the floors. */
const FIXTURE = QUICK && args.includes('--fixture') ? args[args.indexOf('--fixture') + 1] : null;
const HOVER_TERMS = 8;

async function repeat<T>(label: string, runs: number, once: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  const start = Date.now();
  for (let i = 0; i < runs; i++) out.push(await once(i));
  console.error(`  ${label}: ${runs} runs in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return out;
}

async function main(): Promise<void> {
  const began = Date.now();
  const loadBefore = loadavg()[0] ?? 0;
  const fixtures = benchFixtures();
  const server = new FixtureServer();
  for (const f of Object.values(fixtures)) server.route(f.host, f.path, f.html);
  await server.start();
  const url = (f: { host: string; path: string }) => server.url(f.host, f.path);
  const scrollOptions: LoadOptions = { phaseMark: 'feed:start', readyGlobal: '__feedDone' };
  const aliases = benchAliases();
  const sizes = measureSizes(CHROME_BUILD);
  const bundle = await bundleBreakdown();

  try {
    if (QUICK && args.includes('--profile')) {
      const profile = await profileBothPhases(server.port, url(fixtures.kamerstuk), RUNS);
      console.log(profileTables(profile));
      return;
    }
    let firefox: FirefoxData | null = null;
    if (ONLY !== 'chromium') {
      firefox = await firefoxRuns(
        server.port,
        [
          { key: 'kamerstuk', url: url(fixtures.kamerstuk) },
          { key: 'news', url: url(fixtures.news) },
          { key: 'scroll', url: url(fixtures.scroll), ...scrollOptions },
          { key: 'oneNode', url: url(fixtures.oneNode) },
        ].filter((f) => FIXTURE === null || f.key === FIXTURE),
        url(fixtures.kamerstuk),
        url(fixtures.oneNode),
        aliases,
        RUNS,
        FIXTURE !== null,
        repeat,
        FIXTURE === null ? HOVER_TERMS : 0,
        { bundle, precompiled: benchPrecompiledMatcher() },
      );
      if (ONLY === 'firefox') {
        console.log(JSON.stringify(firefoxSummary(firefox), null, 1));
        return;
      }
    }
    console.error('Chromium, with the extension:');
    const withExt = await launchBenchBrowser(server.port, true);
    let ours: Record<'kamerstuk' | 'news' | 'scroll' | 'oneNode', LoadRun[]>;
    let scrolled: ScrollRun[];
    let scrolledRead: ScrollRun[];
    let hover: Awaited<ReturnType<typeof hoverRuns>>;
    let popup: Awaited<ReturnType<typeof popupSearchRuns>>;
    try {
      ours = {
        kamerstuk: await repeat('1 MB Kamerstuk', RUNS, () =>
          loadRun(withExt, url(fixtures.kamerstuk), true, { heap: true, frameCost: true }),
        ),
        news: await repeat('news front page', RUNS, () => loadRun(withExt, url(fixtures.news), true)),
        scroll: await repeat('live blog', RUNS, () => loadRun(withExt, url(fixtures.scroll), true, scrollOptions)),
        oneNode: await repeat('1 MB text node', RUNS, () => loadRun(withExt, url(fixtures.oneNode), true)),
      };
      scrolled = await repeat('1 MB Kamerstuk, scrolled to the end', RUNS, () =>
        scrollRun(withExt, url(fixtures.kamerstuk)),
      );
      scrolledRead = await repeat('1 MB Kamerstuk, read to the end, then scrolled', RUNS, () =>
        scrollRun(withExt, url(fixtures.kamerstuk), true),
      );
      hover = await repeat('hover', 1, async () => {
        const { page } = await withExt.newPage();
        try {
          await page.goto(url(fixtures.kamerstuk), { waitUntil: 'load' });
          return await hoverRuns(page, HOVER_TERMS);
        } finally {
          await page.close();
        }
      }).then((r) => r[0] ?? []);
      popup = await repeat('popup search', 1, async () => {
        if (!withExt.extensionId) return { status: 'not-ready' as const, reason: 'no extension' };
        const { page } = await withExt.newPage();
        try {
          await page.goto(`chrome-extension://${withExt.extensionId}/popup.html`);
          return await popupSearchRuns(page);
        } finally {
          await page.close();
        }
      }).then((r) => r[0] ?? { status: 'not-ready' as const, reason: 'not run' });
    } finally {
      await withExt.close();
    }

    console.error('Chromium, the unminified bench build, profiled:');
    const profile: Record<ProfilePhase, ProfileSummary> = await profileBothPhases(
      server.port,
      url(fixtures.kamerstuk),
      RUNS,
    );

    console.error('Chromium, without the extension (the floor content script only):');
    const floorDir = writeFloorExtension();
    const without = await launchBenchBrowser(server.port, false, floorDir);
    let plain: Record<'kamerstuk' | 'news' | 'scroll' | 'oneNode', LoadRun[]>;
    const baselines: Record<Baseline, BaselineResult[]> = { floor: [], 'floor-cs': [], naive: [], 'mark.js': [] };
    const oneNodeFloors: Record<'floor' | 'floor-cs', BaselineResult[]> = { floor: [], 'floor-cs': [] };
    const stages: StageTime[] = [];
    const threadTimes: ThreadTime[] = [];
    try {
      plain = {
        kamerstuk: await repeat('1 MB Kamerstuk', RUNS, () =>
          loadRun(without, url(fixtures.kamerstuk), false, { heap: true, frameCost: true }),
        ),
        news: await repeat('news front page', RUNS, () => loadRun(without, url(fixtures.news), false)),
        scroll: await repeat('live blog', RUNS, () => loadRun(without, url(fixtures.scroll), false, scrollOptions)),
        oneNode: await repeat('1 MB text node', RUNS, () => loadRun(without, url(fixtures.oneNode), false)),
      };
      // The floors alternate, so both see the same machine.
      await repeat('floor: content script and main world', RUNS, async () => {
        for (const which of ['floor-cs', 'floor'] as const) {
          baselines[which].push(await baselineRun(without, url(fixtures.kamerstuk), which, aliases));
          oneNodeFloors[which].push(await baselineRun(without, url(fixtures.oneNode), which, aliases));
        }
      });
      for (const which of ['naive', 'mark.js'] as const) {
        baselines[which] = await repeat(which, RUNS, () =>
          baselineRun(without, url(fixtures.kamerstuk), which, aliases),
        );
      }
      for (const which of ['walk', 'match', 'annotate', 'sliced', 'sliced-all'] as const) {
        const runs = await repeat(`annotator stage '${which}'`, RUNS, async () => {
          const { page } = await without.newPage();
          try {
            await page.goto(url(fixtures.kamerstuk), { waitUntil: 'load' });
            await page.waitForTimeout(300);
            return await runStage(page, bundle, which, benchPrecompiledMatcher());
          } finally {
            await page.close();
          }
        });
        stages.push(...runs);
      }
      // The floor and ours (at load, and reading the whole page) on CPU time, alternating so all see the same machine.
      await repeat('thread time: floor and sliced passes, isolated world', RUNS, async () => {
        for (const which of ['floor', 'sliced', 'sliced-all'] as const) {
          const { page, cdp } = await without.newPage();
          try {
            await page.goto(url(fixtures.kamerstuk), { waitUntil: 'load' });
            await page.waitForTimeout(300);
            threadTimes.push(await runStageThreadTime(cdp, bundle, which, benchPrecompiledMatcher()));
          } finally {
            await page.close();
          }
        }
      });
    } finally {
      await without.close();
      rmSync(floorDir, { recursive: true, force: true });
    }

    const data: BenchData = {
      date: new Date().toISOString(),
      chromium: withExt.version,
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      runs: RUNS,
      fixtures: Object.values(fixtures).map((f) => ({ name: f.name, url: url(f), bytes: Buffer.byteLength(f.html) })),
      aliases: aliases.length,
      ours,
      scrolled,
      scrolledRead,
      plain,
      baselines,
      oneNodeFloors,
      firefox,
      stages,
      threadTimes,
      load: { before: loadBefore, after: loadavg()[0] ?? 0 },
      hover,
      popup,
      sizes,
      profile,
      seconds: (Date.now() - began) / 1000,
    };
    const { terminal, markdown } = renderReport(data);
    console.log(terminal);
    writeFileSync(join(import.meta.dirname, 'RESULTS.md'), markdown);
    // The figures themselves, so render-results.ts can write RESULTS.md again after its notes change.
    writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(data)}\n`);
    console.error(`Wrote tests/bench/RESULTS.md (${data.seconds.toFixed(0)} s in all).`);
  } finally {
    await server.stop();
  }
}

/** The Firefox figures in brief, for a --quick run. */
function firefoxSummary(f: FirefoxData) {
  const med = (values: number[]) => summarize(values).median;
  return {
    version: f.version,
    loads: Object.fromEntries(
      Object.entries(f.loads).map(([k, runs]) => [
        k,
        {
          atLoadMs: med(runs.map((r) => r.slices.sumMs)),
          slicesAtLoad: med(runs.map((r) => r.slices.count)),
          restMs: med(runs.map((r) => r.rest.sumMs)),
          longestTimelineMs: Math.max(...runs.map((r) => Math.max(r.slices.longestMs, r.rest.longestMs))),
          longestReportedMs: Math.max(...runs.map((r) => r.longestReportedMs)),
          terms: runs.map((r) => `${r.termsAtLoad}/${r.terms}${r.complete ? '' : ' incomplete'}`),
          slowest: runs.map((r) => r.slowest.map((s) => `${s.duration.toFixed(1)} ms at ${s.start.toFixed(0)}`)),
        },
      ]),
    ),
    baselines: Object.fromEntries(Object.entries(f.baselines).map(([k, v]) => [k, med(v.map((r) => r.ms))])),
    oneNodeFloors: Object.fromEntries(Object.entries(f.oneNodeFloors).map(([k, v]) => [k, med(v.map((r) => r.ms))])),
    memory: f.memory,
    hoverPaintedMs: f.hover.map((r) => `${r.term} ${r.paintedMs.toFixed(1)}`),
    popupKeystrokeMedianMs:
      f.popup.status === 'measured' ? med(f.popup.runs.filter((r) => r.changed).map((r) => r.ms)) : f.popup.reason,
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
