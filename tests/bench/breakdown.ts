/**
 * Bundles breakdown-entry.ts with Vite (a dev dependency) into a script for the page, and runs its
 * stages: in the main world (wall clock), or in an isolated world as the content script runs, timed
 * by the renderer main thread's own clock (CPU time: what other work on the machine does not add).
 */
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { type PrecompiledMatcher, precompileMatcher } from '../../lib/matcher';
import { benchMissions } from './aliases';
import type { Stage, StageTime } from './breakdown-entry';

export async function bundleBreakdown(): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    // The slices are read from the benchmark's measures (lib/dom/bench-marks.ts).
    define: { __MW_BENCH__: 'true' },
    build: {
      write: false,
      minify: true,
      lib: { entry: join(import.meta.dirname, 'breakdown-entry.ts'), formats: ['iife'], name: 'MissiewijzerBreakdown' },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const output = Array.isArray(result) ? result[0] : result;
  const chunk = output?.output.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('breakdown bundle: no chunk');
  return chunk.code;
}

/** The matcher as the build stores it for the content script (build/vite/precompiled-matcher-plugin.ts). */
export function benchPrecompiledMatcher(): PrecompiledMatcher {
  const missions = benchMissions().map(({ id, acronym, acronymCase, aliases, countries }) => ({
    id,
    acronym,
    acronymCase,
    aliases,
    countries,
  }));
  return precompileMatcher(missions, []);
}

export async function runStage(
  page: Page,
  bundle: string,
  which: Stage,
  precompiled: PrecompiledMatcher,
): Promise<StageTime> {
  await page.addScriptTag({ content: bundle });
  return page.evaluate(
    ([w, m]) =>
      (
        window as unknown as { MissiewijzerBreakdown: { stage(w: Stage, m: unknown): Promise<StageTime> } }
      ).MissiewijzerBreakdown.stage(w, m),
    [which, precompiled] as const,
  );
}

export type ThreadTime = { stage: Stage; threadMs: number; wallMs: number };

/** Thread time of the renderer main thread (CDP Performance metrics in thread ticks), in ms. */
async function taskThreadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}

/**
 * One stage in a new isolated world of the page (as a content script): the main thread's CPU time
 * over the stage, every task in it counted (the annotator's slices, the highlights' and the
 * observer's share of rendering). The matcher's setup is timed with every stage but the floor
 * (which needs no matcher), as in the extension it is a slice of ours; the script and its data are
 * evaluated before, untimed, as the content script's are when the browser loads it.
 */
export async function runStageThreadTime(
  cdp: CDPSession,
  bundle: string,
  which: Stage,
  precompiled: PrecompiledMatcher,
): Promise<ThreadTime> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'missiewijzer-bench',
  })) as { executionContextId: number };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: unknown };
    if (result.exceptionDetails) throw new Error(`isolated world: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result.value;
  };
  await evaluate(`${bundle}; globalThis.precompiledMatcher = ${JSON.stringify(precompiled)}; 0`);
  const setup = 'MissiewijzerBreakdown.compile(globalThis.precompiledMatcher);';
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await taskThreadMs(cdp);
  const time = await evaluate<StageTime>(
    `${which === 'floor' ? '' : setup} MissiewijzerBreakdown.runCompiled(${JSON.stringify(which)})`,
  );
  const threadMs = (await taskThreadMs(cdp)) - before;
  await cdp.send('Performance.disable');
  return { stage: which, threadMs, wallMs: time.ms };
}
