/**
 * Geometry of the popup's small timeline of one mission (pure: numbers only, drawn by
 * components/popup/Timeline.tsx). One row per sourced value, newest source first as in the data:
 *
 * - national framework (`nationalFramework`): a bar from the date of the source that states it
 *   to the framework's `until`; without an end (`ongoing`, or none stated) the bar runs to the
 *   right edge and is marked open. A source that reports a framework that had already ended
 *   (JVOM 2023 on Irini: until July 2022) gets no bar, only the end.
 * - end of the international mandate (`internationalMandateEnd`): a line from the source's date
 *   to a marker at the end date; `indefinite` runs to the right edge without a marker.
 *
 * The axis runs over whole years from the earliest to the latest date shown, today included.
 * Partial dates are spans: a bar starts on the first day of its source date and ends on the last
 * day of its `until` (`2028-06` → 30 June 2028).
 */
import type { MandateEnd, Mission, NationalFramework, PartialDate, SeedFile } from '../../data/schema';
import { dayOf, partialDateEnd, partialDateStart, yearOf } from './partial-dates';

export type TimelineOptions = {
  /** Whole width of the drawing, labels included (px). */
  width?: number;
  /** Width of the label column on the left (px). */
  labelWidth?: number;
  rowHeight?: number;
};

type RowBase = {
  key: string;
  /** Vertical centre of the row. */
  y: number;
  /** Date of the source that states the value. */
  asOf: PartialDate;
  /** The documents quoted for it, each once. */
  docs: SeedFile[];
  /** Where the source's date is on the axis. */
  xSource: number;
};

export type FrameworkRow = RowBase & {
  kind: 'framework';
  value: NationalFramework;
  /** The bar: from the source's date to the end, or to the right edge when open. */
  x1: number;
  x2: number;
  /** No end date in the source: the bar runs to the right edge. */
  open: boolean;
  /** The framework had already ended when the source reported it: no bar, only the end at x2. */
  endedBeforeSource: boolean;
};

export type MandateRow = RowBase & {
  kind: 'mandate';
  value: MandateEnd;
  /** The marker at the end of the mandate; null for `indefinite`. */
  xEnd: number | null;
};

export type TimelineRow = FrameworkRow | MandateRow;

export type TimelineGroup = {
  kind: 'framework' | 'mandate';
  /** Baseline of the group's heading. */
  y: number;
  rows: TimelineRow[];
};

export type TimelineTick = {
  year: number;
  /** The first of January of `year`. */
  x: number;
  /** Middle of the year, where its label goes; null when the label is skipped for space. */
  labelX: number | null;
};

export type TimelineGeometry = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  domain: { start: number; end: number };
  ticks: TimelineTick[];
  today: { x: number; time: number };
  groups: TimelineGroup[];
};

const DEFAULTS = { width: 340, labelWidth: 74, rowHeight: 16 };
const TODAY_LABEL_HEIGHT = 14;
const GROUP_HEADING_HEIGHT = 16;
const GROUP_GAP = 6;
const AXIS_HEIGHT = 18;
const RIGHT_PADDING = 8;
/** Below this many px per year, only every other year is labelled. */
const MIN_PX_PER_LABEL = 30;

/** The geometry for a mission, or null if it has neither a national framework nor a mandate end. */
export function buildTimeline(mission: Mission, today: Date, options: TimelineOptions = {}): TimelineGeometry | null {
  const { width, labelWidth, rowHeight } = { ...DEFAULTS, ...options };
  const frameworks = mission.nationalFramework;
  const mandates = mission.internationalMandateEnd;
  if (frameworks.length === 0 && mandates.length === 0) return null;

  const todayTime = dayOf(today);
  const times = [todayTime];
  for (const f of frameworks) {
    times.push(partialDateStart(f.asOf));
    if (f.value.until !== null && f.value.until !== 'ongoing') times.push(partialDateEnd(f.value.until));
  }
  for (const m of mandates) {
    times.push(partialDateStart(m.asOf));
    if (m.value !== 'indefinite') times.push(partialDateEnd(m.value));
  }
  const firstYear = yearOf(Math.min(...times));
  const lastYear = yearOf(Math.max(...times));
  const domain = { start: Date.UTC(firstYear, 0, 1), end: Date.UTC(lastYear + 1, 0, 1) };

  const left = labelWidth;
  const right = width - RIGHT_PADDING;
  const x = (time: number) => round(left + ((time - domain.start) / (domain.end - domain.start)) * (right - left));

  let y = TODAY_LABEL_HEIGHT;
  const groups: TimelineGroup[] = [];
  const top = y;

  if (frameworks.length > 0) {
    const heading = y + GROUP_HEADING_HEIGHT - 4;
    y += GROUP_HEADING_HEIGHT;
    const rows = frameworks.map((f, i): FrameworkRow => {
      const rowY = y + rowHeight / 2;
      y += rowHeight;
      const start = partialDateStart(f.asOf);
      const until = f.value.until;
      const open = until === null || until === 'ongoing';
      const end = open ? domain.end : partialDateEnd(until);
      const endedBeforeSource = !open && end < start;
      return {
        kind: 'framework',
        key: `framework-${i}`,
        y: rowY,
        asOf: f.asOf,
        docs: uniqueDocs(f.sources),
        xSource: x(start),
        value: f.value,
        x1: endedBeforeSource ? x(end) : x(start),
        x2: open ? right : x(end),
        open,
        endedBeforeSource,
      };
    });
    groups.push({ kind: 'framework', y: heading, rows });
    y += GROUP_GAP;
  }

  if (mandates.length > 0) {
    const heading = y + GROUP_HEADING_HEIGHT - 4;
    y += GROUP_HEADING_HEIGHT;
    const rows = mandates.map((m, i): MandateRow => {
      const rowY = y + rowHeight / 2;
      y += rowHeight;
      return {
        kind: 'mandate',
        key: `mandate-${i}`,
        y: rowY,
        asOf: m.asOf,
        docs: uniqueDocs(m.sources),
        xSource: x(partialDateStart(m.asOf)),
        value: m.value,
        xEnd: m.value === 'indefinite' ? null : x(partialDateEnd(m.value)),
      };
    });
    groups.push({ kind: 'mandate', y: heading, rows });
    y += GROUP_GAP;
  }

  const bottom = y;
  const pxPerYear = (right - left) / (lastYear + 1 - firstYear);
  const every = pxPerYear >= MIN_PX_PER_LABEL ? 1 : Math.ceil(MIN_PX_PER_LABEL / pxPerYear);
  const ticks: TimelineTick[] = [];
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const labelled = year <= lastYear && (year - firstYear) % every === 0;
    ticks.push({
      year,
      x: x(Date.UTC(year, 0, 1)),
      labelX: labelled ? x(Date.UTC(year, 6, 1)) : null,
    });
  }

  return {
    width,
    height: bottom + AXIS_HEIGHT,
    plot: { left, right, top, bottom },
    domain,
    ticks,
    today: { x: x(todayTime), time: todayTime },
    groups,
  };
}

function uniqueDocs(sources: readonly { doc: SeedFile }[]): SeedFile[] {
  return [...new Set(sources.map((s) => s.doc))];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
