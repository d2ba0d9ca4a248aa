/**
 * `npm run bench`: the extension in real headless Chromium against generated pages, and the
 * baselines in a second Chromium launched without any extension. Prints the tables and writes
 * tests/bench/RESULTS.md. Never a pass/fail test: budgets are reported as met or missed.
 *
 * Options: `--runs N` (default 5), `--profile` (also sample the content script with the CDP
 * profiler on the 1 MB page; names are only readable in an unminified build).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD } from '../e2e/harness/chromium';
import { FixtureServer } from '../e2e/harness/fixture-server';
import { benchAliases } from './aliases';
import type { BaselineResult } from './baselines';
import { benchPrecompiledMatcher, bundleBreakdown, runStage, runStageThreadTime, type ThreadTime } from './breakdown';
import type { StageTime } from './breakdown-entry';
import { launchBenchBrowser } from './browser';
import { benchFixtures } from './fixtures';
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
import { type ProfileSummary, profileContentScript } from './profile';
import { type BenchData, renderReport } from './report';
import { measureSizes } from './sizes';

const args = process.argv.slice(2);
const RUNS = Math.max(5, Number(args[args.indexOf('--runs') + 1]) || 5);
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
    console.error('With the extension:');
    const withExt = await launchBenchBrowser(server.port, true);
    let ours: Record<'kamerstuk' | 'news' | 'scroll', LoadRun[]>;
    let scrolled: ScrollRun[];
    let scrolledRead: ScrollRun[];
    let hover: Awaited<ReturnType<typeof hoverRuns>>;
    let popup: Awaited<ReturnType<typeof popupSearchRuns>>;
    let profile: ProfileSummary | null = null;
    try {
      ours = {
        kamerstuk: await repeat('1 MB Kamerstuk', RUNS, () =>
          loadRun(withExt, url(fixtures.kamerstuk), true, { heap: true, frameCost: true }),
        ),
        news: await repeat('news front page', RUNS, () => loadRun(withExt, url(fixtures.news), true)),
        scroll: await repeat('live blog', RUNS, () => loadRun(withExt, url(fixtures.scroll), true, scrollOptions)),
      };
      scrolled = await repeat('1 MB Kamerstuk, scrolled to the end', RUNS, () =>
        scrollRun(withExt, url(fixtures.kamerstuk)),
      );
      scrolledRead = await repeat('1 MB Kamerstuk, read to the end, then scrolled', RUNS, () =>
        scrollRun(withExt, url(fixtures.kamerstuk), true),
      );
      hover = await repeat('hover', 1, () => hoverRuns(withExt, url(fixtures.kamerstuk), HOVER_TERMS)).then(
        (r) => r[0] ?? [],
      );
      popup = await repeat('popup search', 1, () => popupSearchRuns(withExt)).then(
        (r) => r[0] ?? { status: 'not-ready' as const, reason: 'not run' },
      );
      if (args.includes('--profile')) profile = await profileContentScript(withExt, url(fixtures.kamerstuk), 20);
    } finally {
      await withExt.close();
    }

    console.error('Without the extension:');
    const without = await launchBenchBrowser(server.port, false);
    let plain: Record<'kamerstuk' | 'news' | 'scroll', LoadRun[]>;
    const baselines: Record<Baseline, BaselineResult[]> = { floor: [], naive: [], 'mark.js': [] };
    const stages: StageTime[] = [];
    const threadTimes: ThreadTime[] = [];
    try {
      plain = {
        kamerstuk: await repeat('1 MB Kamerstuk', RUNS, () =>
          loadRun(without, url(fixtures.kamerstuk), false, { heap: true, frameCost: true }),
        ),
        news: await repeat('news front page', RUNS, () => loadRun(without, url(fixtures.news), false)),
        scroll: await repeat('live blog', RUNS, () => loadRun(without, url(fixtures.scroll), false, scrollOptions)),
      };
      for (const which of ['floor', 'naive', 'mark.js'] as const) {
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
    console.error(`Wrote tests/bench/RESULTS.md (${data.seconds.toFixed(0)} s in all).`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
