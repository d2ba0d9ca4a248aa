/**
 * The page figures side by side, a column per browser, and the budgets per browser. Every ratio
 * divides by a baseline of the same browser and run, and names its floor: the floor run as a
 * content script (as the extension runs; floor-extension.ts) or in the page's main world.
 */
import type { BaselineResult } from './baselines';
import type { FirefoxData } from './firefox-runs';
import { table, verdict } from './markdown';
import type { LoadRun } from './page-runs';
import { formatSummary as fmt, type Summary, summarize } from './stats';

/** What both browsers measure, in one shape. */
export type BrowserFigures = {
  name: string;
  atLoad: Summary;
  whole: Summary;
  terms: number;
  floorCs: Summary;
  floorMain: Summary;
  naive: Summary;
  markJs: Summary;
  oneNode: { atLoad: Summary; whole: Summary; terms: string; floorCs: Summary; floorMain: Summary; longest: number };
  /** Longest slice of all fixtures and runs: from the page's timeline, and as the annotator counted it. */
  longestTimeline: number;
  longestReported: number;
  cardPainted: Summary | null;
  popupKeystroke: Summary | null;
  memory: { text: string; costMB: number | null };
};

const ms = (s: Summary) => fmt(s, 1, ' ms');
const med = (runs: BaselineResult[]) => summarize(runs.map((r) => r.ms));
const x = (a: Summary, b: Summary, digits = 1) => (a.median / b.median).toFixed(digits);

type Load = { slices: { sumMs: number; longestMs: number }; rest: { sumMs: number; longestMs: number } | null };
const atLoad = (runs: Load[]) => summarize(runs.map((r) => r.slices.sumMs));
const whole = (runs: Load[]) => summarize(runs.map((r) => r.slices.sumMs + (r.rest?.sumMs ?? 0)));
const longest = (runs: Load[]) => Math.max(0, ...runs.map((r) => Math.max(r.slices.longestMs, r.rest?.longestMs ?? 0)));

export function chromiumFigures(
  name: string,
  ours: Record<string, LoadRun[]>,
  baselines: Record<'floor' | 'floor-cs' | 'naive' | 'mark.js', BaselineResult[]>,
  oneNodeFloors: Record<'floor' | 'floor-cs', BaselineResult[]>,
  extraLongest: number,
  cardPainted: Summary | null,
  popupKeystroke: Summary | null,
  heapCostMB: number,
): BrowserFigures {
  const all = Object.values(ours).flat();
  const one = ours.oneNode ?? [];
  return {
    name,
    atLoad: atLoad(ours.kamerstuk ?? []),
    whole: whole(ours.kamerstuk ?? []),
    terms: ours.kamerstuk?.[0]?.terms ?? 0,
    floorCs: med(baselines['floor-cs']),
    floorMain: med(baselines.floor),
    naive: med(baselines.naive),
    markJs: med(baselines['mark.js']),
    oneNode: {
      atLoad: atLoad(one),
      whole: whole(one),
      terms: `${one[0]?.terms ?? 0}${one.every((r) => r.complete) ? '' : ' (incomplete)'}`,
      floorCs: med(oneNodeFloors['floor-cs']),
      floorMain: med(oneNodeFloors.floor),
      longest: longest(one),
    },
    longestTimeline: Math.max(longest(all), extraLongest),
    longestReported: Math.max(0, ...all.map((r) => r.longestReportedMs)),
    cardPainted,
    popupKeystroke,
    memory: {
      text: `${heapCostMB.toFixed(2)} MB: heap after forced GC, V8 + Blink (CDP), with − without`,
      costMB: heapCostMB,
    },
  };
}

export function firefoxFigures(f: FirefoxData): BrowserFigures {
  const all = Object.values(f.loads).flat();
  const one = f.loads.oneNode ?? [];
  const withMB = summarize(f.memory.withMB);
  const withoutMB = summarize(f.memory.withoutMB);
  const cost = withMB.median - withoutMB.median;
  return {
    name: f.version,
    atLoad: atLoad(f.loads.kamerstuk ?? []),
    whole: whole(f.loads.kamerstuk ?? []),
    terms: f.loads.kamerstuk?.[0]?.terms ?? 0,
    floorCs: med(f.baselines['floor-cs']),
    floorMain: med(f.baselines.floor),
    naive: med(f.baselines.naive),
    markJs: med(f.baselines['mark.js']),
    oneNode: {
      atLoad: atLoad(one),
      whole: whole(one),
      terms: `${one[0]?.terms ?? 0}${one.every((r) => r.complete) ? '' : ' (incomplete)'}`,
      floorCs: med(f.oneNodeFloors['floor-cs']),
      floorMain: med(f.oneNodeFloors.floor),
      longest: longest(one),
    },
    longestTimeline: longest(all),
    longestReported: Math.max(0, ...all.map((r) => r.longestReportedMs)),
    cardPainted: f.hover.length > 0 ? summarize(f.hover.map((r) => r.paintedMs)) : null,
    popupKeystroke:
      f.popup.status === 'measured' ? summarize(f.popup.runs.filter((r) => r.changed).map((r) => r.ms)) : null,
    memory: {
      text: `${cost.toFixed(0)} MB: resident memory of all Firefox processes (/proc), with ${withMB.median.toFixed(0)} − without ${withoutMB.median.toFixed(0)}; no heap figure over WebDriver BiDi`,
      costMB: null,
    },
  };
}

/** The figures table and the budgets table, a column per browser. */
export function renderBrowsers(browsers: BrowserFigures[], frameMs: number): { figures: string; budgets: string } {
  const head = ['1 MB pages', ...browsers.map((b) => b.name)];
  const row = (label: string, cell: (b: BrowserFigures) => string) => [label, ...browsers.map(cell)];
  const figures = table(head, [
    row('Kamerstuk: ours at load (sum of slices)', (b) => ms(b.atLoad)),
    row(
      'Kamerstuk: ours, the whole page (at load + the rest once page-terms asks)',
      (b) => `${ms(b.whole)}, ${b.terms} terms`,
    ),
    row('floor as a content script (as the extension runs): TreeWalker + toLowerCase', (b) => ms(b.floorCs)),
    row('floor in the main world', (b) => ms(b.floorMain)),
    row(
      'at load ÷ floor: content script / main world',
      (b) => `${x(b.atLoad, b.floorCs)} / ${x(b.atLoad, b.floorMain)}`,
    ),
    row(
      'whole page ÷ floor: content script / main world',
      (b) => `${x(b.whole, b.floorCs)} / ${x(b.whole, b.floorMain)}`,
    ),
    row('(b) one RegExp per alias; whole page ÷ it', (b) => `${ms(b.naive)}; ${x(b.whole, b.naive, 2)}`),
    row('(a) mark.js; whole page ÷ it', (b) => `${ms(b.markJs)}; ${x(b.whole, b.markJs, 3)}`),
    row('one 1 MB text node: ours at load', (b) => ms(b.oneNode.atLoad)),
    row('one 1 MB text node: ours, the whole page', (b) => `${ms(b.oneNode.whole)}, ${b.oneNode.terms} terms`),
    row(
      'one 1 MB text node: floor, content script / main world',
      (b) => `${ms(b.oneNode.floorCs)} / ${ms(b.oneNode.floorMain)}`,
    ),
    row(
      'one 1 MB text node: whole page ÷ floor, content script / main world',
      (b) => `${x(b.oneNode.whole, b.oneNode.floorCs)} / ${x(b.oneNode.whole, b.oneNode.floorMain)}`,
    ),
    row('one 1 MB text node: longest slice', (b) => `${b.oneNode.longest.toFixed(1)} ms`),
    row(
      'longest slice, every fixture and run: page timeline / annotator’s own count',
      (b) => `${b.longestTimeline.toFixed(1)} ms / ${b.longestReported.toFixed(1)} ms`,
    ),
    row('hover → card painted', (b) => (b.cardPainted ? ms(b.cardPainted) : 'not measured')),
    row('popup: keystroke → results painted', (b) => (b.popupKeystroke ? ms(b.popupKeystroke) : 'not measured')),
    row('memory cost', (b) => b.memory.text),
  ]);
  const cell = (measured: string, met: boolean | null) => (met === null ? measured : `${measured}: ${verdict(met)}`);
  const budgets = table(
    ['budget', ...browsers.map((b) => b.name)],
    [
      row('ours (whole page) ≤ 1/5 of mark.js', (b) =>
        cell(x(b.whole, b.markJs, 3), b.whole.median <= b.markJs.median / 5),
      ),
      row('ours ≤ 3× the content-script floor, at load', (b) =>
        cell(x(b.atLoad, b.floorCs), b.atLoad.median <= 3 * b.floorCs.median),
      ),
      row('ours ≤ 3× the content-script floor, the whole page', (b) =>
        cell(x(b.whole, b.floorCs), b.whole.median <= 3 * b.floorCs.median),
      ),
      row('no slice over 50 ms, any fixture (one 1 MB text node included)', (b) => {
        const worst = Math.max(b.longestTimeline, b.longestReported);
        return cell(`${worst.toFixed(1)} ms`, worst <= 50);
      }),
      row(`card painted within a frame (${frameMs.toFixed(1)} ms)`, (b) =>
        b.cardPainted
          ? cell(`median ${b.cardPainted.median.toFixed(1)} ms`, b.cardPainted.median <= frameMs)
          : 'not measured',
      ),
      row('popup results within a frame per keystroke', (b) =>
        b.popupKeystroke
          ? cell(`median ${b.popupKeystroke.median.toFixed(1)} ms`, b.popupKeystroke.median <= frameMs)
          : 'not measured',
      ),
      row('memory cost ≤ 10 MB', (b) =>
        b.memory.costMB === null
          ? `${b.memory.text.split(':')[0]} (process memory; not comparable to a heap)`
          : cell(`${b.memory.costMB.toFixed(2)} MB`, b.memory.costMB <= 10),
      ),
    ],
  );
  return { figures, budgets };
}
