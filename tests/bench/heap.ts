/**
 * Heap of the page's renderer after a forced GC, through CDP: HeapProfiler.collectGarbage (twice,
 * so objects freed by finalizers of the first pass go too), then Runtime.getHeapUsage, which
 * reports the whole V8 isolate of the tab — the page's main world and the content script's
 * isolated world share it — plus the embedder (Blink/Oilpan) heap that holds DOM objects such as
 * the annotator's Ranges and Highlights.
 */
import type { CDPSession } from 'playwright-core';

export type HeapUsage = { jsMB: number; embedderMB: number; totalMB: number };

export async function heapAfterGc(cdp: CDPSession): Promise<HeapUsage> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  const jsMB = usage.usedSize / 2 ** 20;
  const embedderMB = (usage.embedderHeapUsedSize ?? 0) / 2 ** 20;
  return { jsMB, embedderMB, totalMB: jsMB + embedderMB };
}
