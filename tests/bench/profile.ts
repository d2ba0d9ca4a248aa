/**
 * Where the content script's time goes: the V8 sampling profiler (CDP Profiler) of the tab while
 * it loads a page and the annotator reads it. The content script runs in the tab's isolate, so
 * its functions appear in the tab's profile under the chrome-extension:// URL. Blink work done
 * on behalf of a JS call (TreeWalker steps, Range creation, a style recalculation forced by
 * `isContentEditable`) is counted as self time of the calling function.
 */
import type { BenchBrowser } from './browser';
import { waitForQuiet } from './page-timeline';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export type ProfileRow = { name: string; selfMs: number; totalMs: number };

export type ProfileSummary = { extensionSelfMs: number; rows: ProfileRow[] };

export async function profileContentScript(browser: BenchBrowser, url: string, top = 15): Promise<ProfileSummary> {
  const { page, cdp } = await browser.newPage();
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await waitForQuiet(page, { quietMs: 300 });
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    return summarize(profile, browser.extensionId ?? '', top);
  } finally {
    await page.close();
  }
}

function summarize(profile: Profile, extensionId: string, top: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (n: ProfileNode) => n.callFrame.url.includes(extensionId);
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let extensionSelfMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = byId.get(id);
    if (!leaf) return;
    // Only samples whose stack passes through the content script.
    const seen = new Set<string>();
    let inOurs = false;
    for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      if (!ours(n)) continue;
      inOurs = true;
      const key = label(n);
      if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + ms);
      seen.add(key);
    }
    if (!inOurs) return;
    extensionSelfMs += ms;
    // A sample in a V8 builtin or GC under our code counts as the nearest frame of ours.
    let owner: ProfileNode | undefined = leaf;
    while (owner && !ours(owner)) owner = byId.get(parent.get(owner.id) ?? -1);
    if (owner) self.set(label(owner), (self.get(label(owner)) ?? 0) + ms);
  });
  const rows = [...self]
    .map(([name, selfMs]) => ({ name, selfMs, totalMs: total.get(name) ?? selfMs }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
  return { extensionSelfMs, rows };
}
