/**
 * Bundled into an IIFE (breakdown.ts) and run in a page without the extension, in its main world
 * or in an isolated world as a content script runs: the annotator's own modules, timed stage by
 * stage on one page, so the total can be split into walking the DOM, matching, and making
 * Ranges and Highlights.
 */
import { Annotator } from '../../lib/dom/annotator';
import { SLICE_MEASURE } from '../../lib/dom/bench-marks';
import { MATCH_BATCH } from '../../lib/dom/block-marker';
import { isOwnUi } from '../../lib/dom/own-ui';
import { TermHighlights } from '../../lib/dom/term-highlights';
import { textBlocks } from '../../lib/dom/text-blocks';
import { findMatchesInTexts, loadPrecompiledMatcher, type Matcher, type PrecompiledMatcher } from '../../lib/matcher';

export type Stage = 'walk' | 'match' | 'annotate' | 'sliced' | 'sliced-all' | 'floor';

export type StageTime = { stage: Stage; compileMs: number; ms: number; blocks: number; matches: number };

/**
 * One stage on a freshly loaded page (so the code runs cold, as the content script does):
 * 'walk' reads every text block, 'match' also matches them (in batches, as the annotator does), 'annotate' is the real
 * Annotator reading the whole page in one unbounded slice (walk, match, Ranges, Highlights and its
 * bookkeeping), 'sliced' the Annotator as the content script runs it at load (its slice budget,
 * reading a few screens ahead of the viewport, sum of slices), 'sliced-all' the same reading the
 * whole page (as when page-terms asks right away).
 */
export async function stage(which: Stage, precompiled: PrecompiledMatcher): Promise<StageTime> {
  compile(precompiled);
  return runCompiled(which);
}

let compiled: { matcher: Matcher; compileMs: number } | null = null;

/**
 * The matcher set up as the content script sets it up (abbreviations off, the default), timed
 * alone, so a caller can time what follows without it (see breakdown.ts, thread time).
 */
export function compile(precompiled: PrecompiledMatcher): void {
  const t = performance.now();
  const matcher = loadPrecompiledMatcher(precompiled, false);
  compiled = { matcher, compileMs: performance.now() - t };
}

/**
 * One stage with the matcher of the last compile(); 'floor' is the floor baseline (baselines.ts),
 * here for thread time, and needs no matcher.
 */
export async function runCompiled(which: Stage): Promise<StageTime> {
  let blocks = 0;
  let matches = 0;
  const t = performance.now();
  if (which === 'floor') {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      blocks += (node as Text).data.toLowerCase().length;
    return { stage: which, compileMs: 0, ms: performance.now() - t, blocks, matches };
  }
  if (!compiled) throw new Error('compile() first');
  const { matcher, compileMs } = compiled;
  if (which === 'walk') {
    // As the main pass walks: blank blocks left out.
    for (const _ of textBlocks(document.body, isOwnUi, { skipBlank: true })) blocks++;
    return { stage: which, compileMs, ms: performance.now() - t, blocks, matches };
  }
  if (which === 'match') {
    // In batches, as the annotator matches them.
    let batch: string[] = [];
    let chars = 0;
    const flush = () => {
      for (const found of findMatchesInTexts(matcher, batch)) matches += found.length;
      batch = [];
      chars = 0;
    };
    for (const block of textBlocks(document.body, isOwnUi, { skipBlank: true })) {
      blocks++;
      batch.push(block.text);
      chars += block.text.length;
      if (batch.length === MATCH_BATCH.blocks || chars >= MATCH_BATCH.chars) flush();
    }
    flush();
    return { stage: which, compileMs, ms: performance.now() - t, blocks, matches };
  }
  performance.clearMeasures(SLICE_MEASURE);
  const highlights = new TermHighlights(CSS.highlights);
  const sliceBudgetMs = which === 'annotate' ? 1e9 : undefined;
  const readAheadScreens = which === 'sliced' ? undefined : Number.POSITIVE_INFINITY;
  // Kamerstuk references marked too, as with the default settings.
  const annotator = new Annotator({
    document,
    matcher,
    highlights,
    isOwnUi,
    sliceBudgetMs,
    readAheadScreens,
    references: true,
  });
  annotator.start();
  while (!annotator.idle) await new Promise((r) => setTimeout(r, 10));
  // The viewport observer's first report (a task after the next frame) is work of the pass too.
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const ms = performance.getEntriesByName(SLICE_MEASURE).reduce((sum, e) => sum + e.duration, 0);
  matches = highlights.size;
  annotator.stop();
  return { stage: which, compileMs, ms, blocks, matches };
}
