/**
 * Turns the collected runs into the printed tables and tests/bench/RESULTS.md: every figure as
 * the median of its runs with min and max, the ratios, and each budget marked met or missed.
 */
import type { BaselineResult } from './baselines';
import type { ThreadTime } from './breakdown';
import type { Stage, StageTime } from './breakdown-entry';
import { chromiumFigures, firefoxFigures, renderBrowsers } from './browsers-report';
import type { FirefoxData } from './firefox-runs';
import type { HoverRun } from './hover';
import { kb, table, verdict } from './markdown';
import { BENCH_NOTES } from './notes';
import type { Baseline, LoadRun, ScrollRun } from './page-runs';
import type { PopupResult } from './popup-search';
import type { ProfilePhase, ProfileSummary } from './profile';
import type { Sizes } from './sizes';
import { formatSummary as fmt, ratio, type Summary, summarize } from './stats';

type Fixtures = 'kamerstuk' | 'news' | 'scroll' | 'oneNode';

export type BenchData = {
  date: string;
  chromium: string;
  cores: number;
  cpu: string;
  node: string;
  runs: number;
  fixtures: { name: string; url: string; bytes: number }[];
  aliases: number;
  ours: Record<Fixtures, LoadRun[]>;
  /** The 1 MB page scrolled to its end after load. */
  scrolled: ScrollRun[];
  /** The same, with the whole page read before the scroll: what scrolling costs without reading. */
  scrolledRead: ScrollRun[];
  plain: Record<Fixtures, LoadRun[]>;
  baselines: Record<Baseline, BaselineResult[]>;
  /** The floors on the page that is one 1 MB text node. */
  oneNodeFloors: Record<'floor' | 'floor-cs', BaselineResult[]>;
  /** The page figures in Firefox ESR; null when not run. */
  firefox: FirefoxData | null;
  stages: StageTime[];
  /** The floor and our sliced passes (at load, whole page) in an isolated world, on the main thread's CPU time. */
  threadTimes: ThreadTime[];
  /** 1-minute load average of the machine before and after (other work slows every figure). */
  load: { before: number; after: number };
  hover: HoverRun[];
  popup: PopupResult;
  sizes: Sizes;
  profile: Record<ProfilePhase, ProfileSummary>;
  seconds: number;
};

export const FRAME_MS = 1000 / 60;
const MB = (s: Summary) => fmt(s, 2, ' MB');
const ms = (s: Summary, digits = 1) => fmt(s, digits, ' ms');
const of = <T>(runs: T[], pick: (run: T) => number) => summarize(runs.map(pick));

const FIXTURE_LABEL: Record<Fixtures, string> = {
  kamerstuk: '1 MB Kamerstuk, page load',
  news: 'news front page, page load',
  scroll: 'live blog, after load (bursts and re-renders)',
  oneNode: 'one 1 MB text node, page load',
};

export function renderReport(d: BenchData): { terminal: string; markdown: string } {
  const ours = of(d.ours.kamerstuk, (r) => r.slices.sumMs);
  const oursWhole = of(d.ours.kamerstuk, (r) => r.slices.sumMs + (r.rest?.sumMs ?? 0));
  const base = {
    'mark.js': of(d.baselines['mark.js'], (r) => r.ms),
    naive: of(d.baselines.naive, (r) => r.ms),
    floor: of(d.baselines.floor, (r) => r.ms),
  };
  const vsMark = ratio(ours, base['mark.js']);
  const vsNaive = ratio(ours, base.naive);
  const vsFloor = ratio(ours, base.floor);
  const wholeVsFloor = ratio(oursWhole, base.floor);
  const wholeVsMark = ratio(oursWhole, base['mark.js']);
  const threadOf = (which: Stage) =>
    of(
      d.threadTimes.filter((t) => t.stage === which),
      (t) => t.threadMs,
    );
  const [floorCpu, oursCpu, wholeCpu] = [threadOf('floor'), threadOf('sliced'), threadOf('sliced-all')];
  const vsFloorCpu = ratio(oursCpu, floorCpu);
  const wholeVsFloorCpu = ratio(wholeCpu, floorCpu);

  const fixtureRows = (['kamerstuk', 'news', 'scroll', 'oneNode'] as const).map((k, i) => {
    const f = d.fixtures[i] as BenchData['fixtures'][number];
    const page = (d.plain[k][0] as LoadRun).page;
    return [f.name, f.url, kb(f.bytes), String(page.elements), String(page.textChars), String(page.paragraphs)];
  });

  const annotation = table(
    ['what (1 MB page)', 'main-thread ms: median (min–max)', 'matches', 'ours ÷ this'],
    [
      [
        'ours at load: sum of `missiewijzer:slice` (the text down to two screens below the viewport)',
        ms(ours),
        String((d.ours.kamerstuk[0] as LoadRun).termsAtLoad),
        '—',
      ],
      [
        'ours, the whole page: at load, plus the rest once page-terms asks for every term',
        ms(oursWhole),
        String((d.ours.kamerstuk[0] as LoadRun).terms),
        `${wholeVsMark.toFixed(3)} / ${ratio(oursWhole, base.naive).toFixed(2)} / ${wholeVsFloor.toFixed(1)} (mark.js / naive / floor in the main world)`,
      ],
      [
        '(a) mark.js 8.11.1, all aliases',
        ms(base['mark.js']),
        String(d.baselines['mark.js'][0]?.found ?? ''),
        vsMark.toFixed(3),
      ],
      [
        '(b) one RegExp per alias, every text node',
        ms(base.naive),
        String(d.baselines.naive[0]?.found ?? ''),
        vsNaive.toFixed(2),
      ],
      ['(c) floor: TreeWalker + toLowerCase, in the main world', ms(base.floor), '—', vsFloor.toFixed(1)],
    ],
  );
  const cpu = table(
    [
      'the same on CPU time: isolated world (as a content script), main-thread thread time',
      'ms: median (min–max)',
      'ours ÷ floor',
    ],
    [
      [
        'ours at load: the matcher set up, then the Annotator with its slices, every task of the pass (rendering and observer included)',
        ms(oursCpu),
        vsFloorCpu.toFixed(1),
      ],
      ['ours, the whole page: the same, reading to the end at once', ms(wholeCpu), wholeVsFloorCpu.toFixed(1)],
      ['floor: TreeWalker + toLowerCase', ms(floorCpu), '—'],
    ],
  );
  const oursDetail = table(
    ['ours on the 1 MB page', 'median (min–max)'],
    [
      [
        'slices at load',
        fmt(
          of(d.ours.kamerstuk, (r) => r.slices.count),
          0,
        ),
      ],
      [
        'first slice start → last slice end',
        ms(
          of(d.ours.kamerstuk, (r) => r.slices.spanMs),
          0,
        ),
      ],
      [
        'the rest, once page-terms asks: slices / sum / longest',
        `${fmt(
          of(d.ours.kamerstuk, (r) => r.rest?.count ?? 0),
          0,
        )} / ${ms(of(d.ours.kamerstuk, (r) => r.rest?.sumMs ?? 0))} / ${ms(of(d.ours.kamerstuk, (r) => r.rest?.longestMs ?? 0))}`,
      ],
      ['page-terms complete once asked', d.ours.kamerstuk.every((r) => r.complete) ? 'yes, every run' : 'NO'],
    ],
  );
  const count = (runs: ScrollRun[], pick: (r: ScrollRun) => number) => fmt(of(runs, pick), 0);
  const scroll = table(
    [
      'the 1 MB page scrolled to its end, a screen per frame and 16 ms',
      'right after load (read as it comes near)',
      'after the whole page was read (the viewport observer only)',
    ],
    [
      ['screens scrolled', count(d.scrolled, (r) => r.screens), count(d.scrolledRead, (r) => r.screens)],
      ['our slices meanwhile', count(d.scrolled, (r) => r.slices.count), count(d.scrolledRead, (r) => r.slices.count)],
      ['their sum', ms(of(d.scrolled, (r) => r.slices.sumMs)), ms(of(d.scrolledRead, (r) => r.slices.sumMs))],
      ['the longest', ms(of(d.scrolled, (r) => r.slices.longestMs)), ms(of(d.scrolledRead, (r) => r.slices.longestMs))],
      [
        'page read to the end by scrolling alone',
        d.scrolled.every((r) => r.completeByScrolling) ? 'yes, every run' : 'NO',
        '—',
      ],
    ],
  );

  const stages = [
    stageTable(d.stages, 'stage, 1 MB page (Chromium: lib/ modules in the main world, fresh page per run)'),
    ...(d.firefox?.stages?.length
      ? [
          stageTable(
            d.firefox.stages,
            'stage, 1 MB page (Firefox ESR: the same bundle as a content script, stage-extension.ts, fresh page per run)',
          ),
        ]
      : []),
  ].join('\n\n');

  const longestOverall = Math.max(
    ...(['kamerstuk', 'news', 'scroll', 'oneNode'] as const).flatMap((k) =>
      d.ours[k].map((r) => Math.max(r.slices.longestMs, r.rest?.longestMs ?? 0)),
    ),
    ...[...d.scrolled, ...d.scrolledRead].map((r) => r.slices.longestMs),
  );
  const lt = (runs: LoadRun[], pick: (r: LoadRun) => LoadRun['longTasks']) =>
    `${fmt(
      of(runs, (r) => pick(r).count),
      0,
    )} / ${fmt(
      of(runs, (r) => pick(r).sumMs),
      0,
    )} / ${fmt(
      of(runs, (r) => pick(r).longestMs),
      0,
    )}`;
  const slices = table(
    [
      'fixture',
      'our slices: count',
      'sum of slices ms',
      'longest slice ms',
      'long tasks with ext: n / total ms / longest ms',
      'long tasks without ext: n / total / longest',
      'long tasks overlapping our slices',
    ],
    (['kamerstuk', 'news', 'scroll', 'oneNode'] as const).map((k) => [
      FIXTURE_LABEL[k],
      fmt(
        of(d.ours[k], (r) => r.slices.count),
        0,
      ),
      fmt(of(d.ours[k], (r) => r.slices.sumMs)),
      fmt(of(d.ours[k], (r) => r.slices.longestMs)),
      lt(d.ours[k], (r) => r.longTasks),
      lt(d.plain[k], (r) => r.longTasks),
      lt(d.ours[k], (r) => r.longTasksDuringOurs),
    ]),
  );

  const shown = of(d.hover, (r) => r.shownMs);
  const painted = of(d.hover, (r) => r.paintedMs);
  const frameWith = of(d.ours.kamerstuk, (r) => r.frameCostMs ?? Number.NaN);
  const frameWithout = of(d.plain.kamerstuk, (r) => r.frameCostMs ?? Number.NaN);
  const hover = table(
    ['hover on the 1 MB page (8 terms)', 'ms: median (min–max)'],
    [
      ['intent delay end → card in the DOM (`missiewijzer:card-shown`)', ms(shown)],
      ['intent delay end → card painted (`missiewijzer:card-painted`)', ms(painted)],
      ['terms', d.hover.map((r) => r.term).join(', ')],
      ['a frame in which the page changes one text node, with the extension', ms(frameWith)],
      ['the same frame without the extension', ms(frameWithout)],
    ],
  );

  let popupSummary: Summary | null = null;
  let popup: string;
  if (d.popup.status === 'measured') {
    const changed = d.popup.runs.filter((r) => r.changed);
    popupSummary = summarize(changed.map((r) => r.ms));
    popup = table(
      ['popup search (20 queries, typed key by key)', 'value'],
      [
        ['keystroke → results painted, per keystroke', ms(popupSummary)],
        [
          '90th percentile',
          `${percentile(
            changed.map((r) => r.ms),
            0.9,
          ).toFixed(1)} ms`,
        ],
        [
          'keystrokes measured / without any change to the page',
          `${changed.length} / ${d.popup.runs.length - changed.length}`,
        ],
        ['slowest query (its median)', slowestQuery(changed)],
      ],
    );
  } else {
    popup = `Not measured: ${d.popup.reason}. The measurement is written against \`input[role=combobox]\` and \`[role=listbox]\` (tests/bench/popup-search.ts) and runs as soon as the popup has them.`;
  }

  const { contentScript, cardUi, popup: popupSize, extension } = d.sizes;
  const sizes = table(
    ['bundle (.output/chrome-mv3)', 'files', 'raw', 'gzip -9'],
    [
      ['content script (JS + CSS)', String(contentScript.files), kb(contentScript.raw), kb(contentScript.gzip)],
      [
        'card interface (card-ui.js, injected when a card first opens)',
        String(cardUi.files),
        kb(cardUi.raw),
        kb(cardUi.gzip),
      ],
      ['popup (HTML + everything it loads)', String(popupSize.files), kb(popupSize.raw), kb(popupSize.gzip)],
      ['whole extension', String(extension.files), kb(extension.raw), kb(extension.gzip)],
    ],
  );

  const heapOf = (runs: LoadRun[], pick: (h: NonNullable<LoadRun['heap']>) => number) =>
    summarize(runs.flatMap((r) => (r.heap ? [pick(r.heap)] : [])));
  const heapRow = (label: string, pick: (h: NonNullable<LoadRun['heap']>) => number) => {
    const w = heapOf(d.ours.kamerstuk, pick);
    const wo = heapOf(d.plain.kamerstuk, pick);
    return { row: [label, MB(w), MB(wo), `${(w.median - wo.median).toFixed(2)} MB`], cost: w.median - wo.median };
  };
  const js = heapRow('V8 heap (page + content script worlds)', (h) => h.jsMB);
  const embedder = heapRow('Blink heap (DOM, Ranges, Highlights)', (h) => h.embedderMB);
  const total = heapRow('total', (h) => h.totalMB);
  const heap = table(
    ['after annotating the 1 MB page, after forced GC', 'with extension', 'without', 'cost (medians)'],
    [js.row, embedder.row, total.row],
  );

  const budgets = table(
    ['budget', 'measured', 'verdict'],
    [
      // mark.js marks the whole page, so ours is compared over the whole page too (as per browser above).
      [
        'ours ≤ 1/5 of mark.js (1 MB page, the whole page)',
        `ours ÷ mark.js = ${wholeVsMark.toFixed(3)}`,
        verdict(wholeVsMark <= 0.2),
      ],
      [
        'ours ≤ 3× the floor at load (1 MB page; wall clock: the main-world floor; CPU time: the floor in an isolated world)',
        `ours ÷ floor = ${vsFloor.toFixed(1)} (wall clock), ${vsFloorCpu.toFixed(1)} (CPU time)`,
        verdict(vsFloor <= 3 && vsFloorCpu <= 3),
      ],
      [
        'ours ≤ 3× the floor, the whole page once read to the end (the same floors)',
        `ours ÷ floor = ${wholeVsFloor.toFixed(1)} (wall clock), ${wholeVsFloorCpu.toFixed(1)} (CPU time)`,
        verdict(wholeVsFloor <= 3 && wholeVsFloorCpu <= 3),
      ],
      [
        'no slice of ours over 50 ms, any fixture',
        `longest of all runs (load, the rest read at once, scrolling to the end): ${longestOverall.toFixed(1)} ms`,
        verdict(longestOverall <= 50),
      ],
      [
        'card painted within one frame (16.7 ms) after the intent delay',
        `median ${painted.median.toFixed(1)} ms, max ${painted.max.toFixed(1)} ms`,
        verdict(painted.median <= FRAME_MS),
      ],
      [
        'popup results within one frame per keystroke',
        popupSummary
          ? `median ${popupSummary.median.toFixed(1)} ms, max ${popupSummary.max.toFixed(1)} ms`
          : 'not measured',
        popupSummary ? verdict(popupSummary.median <= FRAME_MS) : 'n/a',
      ],
      ['content script ≤ 30 KB gzip', kb(contentScript.gzip), verdict(contentScript.gzip <= 30 * 1024)],
      [
        'heap cost ≤ 10 MB',
        `${total.cost.toFixed(2)} MB (V8 ${js.cost.toFixed(2)} + Blink ${embedder.cost.toFixed(2)})`,
        verdict(total.cost <= 10),
      ],
    ],
  );

  const profile = profileTables(d.profile);

  const env = table(
    ['', ''],
    [
      ['date', d.date],
      ['browser', `${d.chromium} (Debian /usr/bin/chromium, headless, via playwright-core)`],
      [
        'browser',
        d.firefox
          ? `Firefox ${d.firefox.version} (Debian /usr/bin/firefox-esr, headless, via puppeteer-core over WebDriver BiDi)`
          : 'Firefox not run',
      ],
      ['machine', `${d.cores} cores (${d.cpu}), Node ${d.node}`],
      [
        'load average (1 min)',
        `${d.load.before.toFixed(2)} before, ${d.load.after.toFixed(2)} after (shared machine: other work inflates wall-clock figures)`,
      ],
      [
        'runs',
        `${d.runs} per figure (hover: ${d.hover.length} terms; popup: every keystroke of 20 queries), each page load in a fresh tab`,
      ],
      [
        'aliases',
        `${d.aliases} acronyms and aliases from data/missions/*.json (the baselines' list; the extension compiles the same missions)`,
      ],
      ['total time', `${d.seconds.toFixed(0)} s`],
    ],
  );

  const perBrowser = renderBrowsers(
    [
      chromiumFigures(
        d.chromium,
        d.ours,
        d.baselines,
        d.oneNodeFloors,
        Math.max(0, ...[...d.scrolled, ...d.scrolledRead].map((r) => r.slices.longestMs)),
        painted,
        popupSummary,
        total.cost,
      ),
      ...(d.firefox ? [firefoxFigures(d.firefox)] : []),
    ],
    FRAME_MS,
  );

  const sections: [string, string][] = [
    ['Environment', env],
    ['Budgets per browser', perBrowser.budgets],
    ['Per browser: the page figures', perBrowser.figures],
    ['Budgets (Chromium, in detail)', budgets],
    [
      'Fixtures (tests/bench/fixtures.ts)',
      table(['fixture', 'URL (mapped to 127.0.0.1)', 'HTML', 'elements', 'text chars', '<p>'], fixtureRows),
    ],
    ['1. Initial annotation of the 1 MB page', `${annotation}\n\n${cpu}\n\n${oursDetail}\n\n${scroll}`],
    ['Where our time goes (stage breakdown)', stages],
    ['2. Slices and long tasks', slices],
    ['3. Hover latency', hover],
    ['4. Popup search', popup],
    ['5. Sizes', sizes],
    ['6. Heap', heap],
    ['7. Profile of the content script (where the time goes)', profile],
  ];
  const terminal = sections.map(([title, body]) => `\n== ${title}\n${body}`).join('\n');
  const markdown = `# Missiewijzer benchmark results

Written by \`npm run bench\` (tests/bench/run-bench.ts). Medians of the runs, with (min–max).
Timing is never pass/fail here: the budgets below are reported as met or missed.

${sections.map(([title, body]) => `## ${title}\n\n${body}`).join('\n\n')}

${BENCH_NOTES}
`;
  return { terminal, markdown };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

function slowestQuery(runs: { query: string; ms: number }[]): string {
  const byQuery = new Map<string, number[]>();
  for (const r of runs) byQuery.set(r.query, [...(byQuery.get(r.query) ?? []), r.ms]);
  let worst = { query: '', median: -1 };
  for (const [query, values] of byQuery) {
    const median = summarize(values).median;
    if (median > worst.median) worst = { query, median };
  }
  return `"${worst.query}": ${worst.median.toFixed(1)} ms`;
}

const PHASES: Record<ProfilePhase, string> = {
  load: 'at load (navigation until quiet)',
  rest: 'the rest of the page, once page-terms asks (until quiet)',
};

/** The profile of each phase: our functions by self time, mean per run. */
export function profileTables(profile: Record<ProfilePhase, ProfileSummary>): string {
  return (Object.keys(PHASES) as ProfilePhase[])
    .map((phase) => {
      const p = profile[phase];
      const head = `**${PHASES[phase]}**, 1 MB page, mean of ${p.runs} runs (CDP Profiler, 50 µs sampling, unminified bench build): ${p.extensionSelfMs.toFixed(1)} ms in our code, ${p.garbageMs.toFixed(1)} ms garbage collection in the tab.`;
      const rows = p.rows.map((r) => [r.name, r.selfMs.toFixed(1), r.totalMs.toFixed(1)]);
      return `${head}\n\n${table(['function:line (content-scripts/content.js)', 'self ms', 'total ms'], rows)}`;
    })
    .join('\n\n');
}

/** The stage breakdown of one browser: each stage's time and its share of the whole pass. */
function stageTable(runs: StageTime[], heading: string): string {
  const stageRuns = (which: Stage) => runs.filter((s) => s.stage === which);
  const stageOf = (which: Stage) => of(stageRuns(which), (s) => s.ms);
  const [walk, match, whole] = [stageOf('walk'), stageOf('match'), stageOf('annotate')];
  const share = (part: number) => `${part.toFixed(1)} ms (${((100 * part) / whole.median).toFixed(0)}%)`;
  return table(
    [heading, 'ms: median (min–max)', 'share of the whole pass (medians)'],
    [
      [
        'matcher setup: loadPrecompiledMatcher (before the first slice; a slice of its own in the extension)',
        ms(of(runs, (s) => s.compileMs)),
        '',
      ],
      ['textBlocks: walk the DOM, build the block texts', ms(walk), share(walk.median)],
      ['textBlocks + matching every block (findMatchesInTexts, in batches as the annotator does)', ms(match), ''],
      ['  matching (difference of medians)', '', share(match.median - walk.median)],
      ['Annotator, whole pass in one unbounded slice', ms(whole), '100%'],
      ['  Ranges, highlights, viewport observer (difference of medians)', '', share(whole.median - match.median)],
      [
        'Annotator with its 6 ms slices, reading the whole page: sum of slices',
        ms(stageOf('sliced-all')),
        share(stageOf('sliced-all').median),
      ],
      [
        'Annotator as the content script runs it at load (6 ms slices, down to two screens below the viewport)',
        ms(stageOf('sliced')),
        share(stageOf('sliced').median),
      ],
      [
        'blocks / marked terms',
        `${stageRuns('match')[0]?.blocks ?? ''} / ${stageRuns('annotate')[0]?.matches ?? ''}`,
        '',
      ],
    ],
  );
}
