/** Bundles breakdown-entry.ts with Vite (a dev dependency) into a script for the page's main world. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import type { MissionInput } from '../../lib/matcher';
import { benchMissions } from './aliases';
import type { Stage, StageTime } from './breakdown-entry';

export async function bundleBreakdown(): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
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

export function matcherMissions(): MissionInput[] {
  return benchMissions().map(({ id, acronym, acronymCase, aliases, countries }) => ({
    id,
    acronym,
    acronymCase,
    aliases,
    countries,
  }));
}

export async function runStage(page: Page, bundle: string, which: Stage, missions: MissionInput[]): Promise<StageTime> {
  await page.addScriptTag({ content: bundle });
  return page.evaluate(
    ([w, m]) =>
      (
        window as unknown as { MissiewijzerBreakdown: { stage(w: Stage, m: unknown): Promise<StageTime> } }
      ).MissiewijzerBreakdown.stage(w, m),
    [which, missions] as const,
  );
}
