/**
 * Where the content script's time goes: the V8 sampling profiler (CDP Profiler) of the tab while
 * the annotator reads a page, in the unminified bench build (wxt.profile.config.ts) so functions
 * keep their names. The content script runs in the tab's isolate, so its functions appear in the
 * tab's profile under the chrome-extension:// URL. Blink work done on behalf of a JS call
 * (TreeWalker steps, Range creation) is counted as self time of the calling function; garbage
 * collection is a node of its own, counted beside ours (the page is idle while we read).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { type BenchBrowser, launchBenchBrowser } from './browser';
import { readToEnd } from './page-runs';
import { waitForQuiet } from './page-timeline';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export type ProfileRow = { name: string; selfMs: number; totalMs: number };

/** Per run (the mean of `runs`): our self time, the collector's, and our functions by self time. */
export type ProfileSummary = { runs: number; extensionSelfMs: number; garbageMs: number; rows: ProfileRow[] };

export type ProfilePhase = 'load' | 'rest';

/**
 * Profiles `runs` fresh loads of `url`: 'load' from navigation until the annotator is quiet;
 * 'rest' from page-terms' first ask (which has the rest of the page read) until quiet again.
 */
export async function profileContentScript(
  browser: BenchBrowser,
  url: string,
  phase: ProfilePhase,
  runs: number,
  top = 20,
): Promise<ProfileSummary> {
  const totals = new Tally();
  for (let run = 0; run < runs; run++) {
    const { page, cdp } = await browser.newPage();
    try {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      if (phase === 'load') {
        await cdp.send('Profiler.start');
        await page.goto(url, { waitUntil: 'load' });
      } else {
        await page.goto(url, { waitUntil: 'load' });
        await waitForQuiet(page, { quietMs: 300 });
        await cdp.send('Profiler.start');
        await readToEnd(browser, page);
      }
      await waitForQuiet(page, { quietMs: 300 });
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      totals.add(profile, browser.extensionId ?? '');
    } finally {
      await page.close();
    }
  }
  return totals.summary(runs, top);
}

class Tally {
  private readonly self = new Map<string, number>();
  private readonly total = new Map<string, number>();
  private extensionSelfMs = 0;
  private garbageMs = 0;

  add(profile: Profile, extensionId: string): void {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const ours = (n: ProfileNode) => extensionId !== '' && n.callFrame.url.includes(extensionId);
    const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
      const leaf = byId.get(id);
      if (!leaf) return;
      if (leaf.callFrame.functionName === '(garbage collector)') {
        this.garbageMs += ms;
        return;
      }
      // Only samples whose stack passes through the content script.
      const seen = new Set<string>();
      let owner: ProfileNode | undefined;
      for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
        if (!ours(n)) continue;
        // A sample in a V8 builtin or a browser call under our code counts as the nearest frame of ours.
        owner ??= n;
        const key = label(n);
        if (!seen.has(key)) this.total.set(key, (this.total.get(key) ?? 0) + ms);
        seen.add(key);
      }
      if (!owner) return;
      this.extensionSelfMs += ms;
      this.self.set(label(owner), (this.self.get(label(owner)) ?? 0) + ms);
    });
  }

  summary(runs: number, top: number): ProfileSummary {
    const rows = [...this.self]
      .map(([name, selfMs]) => ({ name, selfMs: selfMs / runs, totalMs: (this.total.get(name) ?? selfMs) / runs }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top);
    return { runs, extensionSelfMs: this.extensionSelfMs / runs, garbageMs: this.garbageMs / runs, rows };
  }
}

const PROFILE_BUILD = resolve('.output/profile/chrome-mv3');

/**
 * Builds the unminified bench build and profiles `url` in a Chromium of its own: the annotator
 * at load, and the rest of the page once page-terms asks.
 */
export async function profileBothPhases(
  port: number,
  url: string,
  runs: number,
): Promise<Record<ProfilePhase, ProfileSummary>> {
  execFileSync('npx', ['wxt', 'build', '-c', 'tests/bench/wxt.profile.config.ts'], {
    stdio: 'ignore',
    env: { ...process.env, MW_BENCH: '1' },
  });
  const browser = await launchBenchBrowser(port, true, undefined, PROFILE_BUILD);
  try {
    return {
      load: await profileContentScript(browser, url, 'load', runs),
      rest: await profileContentScript(browser, url, 'rest', runs),
    };
  } finally {
    await browser.close();
  }
}
