/**
 * A small SVG timeline of one mission: per source, the national framework period and the end of
 * the international mandate, with today marked. Geometry from lib/timeline; this only draws it.
 * The facts themselves are in the card as text; the drawing is one image with a name, and each
 * row has a <title> with its source and value for pointer users. A legend below explains the
 * marks the drawing uses.
 */
import type { Mission, SourceDocument } from '../../data/schema';
import type { Messages, UiLanguage } from '../../lib/i18n/messages';
import {
  buildTimeline,
  type FrameworkRow,
  formatPartialDate,
  type MandateRow,
  type TimelineGeometry,
} from '../../lib/timeline';
import { legendMarks } from '../../lib/timeline/timeline-legend';
import { useLanguage } from '../settings/ui-language-context';
import { TimelineLegend } from './TimelineLegend';

type Props = {
  mission: Mission;
  documents: readonly SourceDocument[];
  t: Messages;
  today: Date;
  width?: number;
};

const BAR_HEIGHT = 8;

export function Timeline({ mission, documents, t, today, width }: Props) {
  const lang = useLanguage();
  const geometry = buildTimeline(mission, today, width === undefined ? {} : { width });
  if (!geometry) return null;
  const { plot } = geometry;
  const docTitle = (doc: string) => documents.find((d) => d.doc === doc)?.title[lang] ?? doc;
  const rowTitle = (row: FrameworkRow | MandateRow, value: string) =>
    `${row.docs.map(docTitle).join('; ')} (${formatPartialDate(row.asOf, lang)}): ${value}`;

  return (
    <section class="mw-section mw-timeline" aria-labelledby="mw-timeline-heading">
      <h3 id="mw-timeline-heading">{t.popup_timelineHeading}</h3>
      <svg
        class="mw-tl"
        role="img"
        aria-label={t.popup_timelineLabel(mission.acronym)}
        width={geometry.width}
        height={geometry.height}
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      >
        <Axis geometry={geometry} />
        {geometry.groups.map((group) => (
          <g key={group.kind} class={`mw-tl-group mw-tl-${group.kind}`}>
            <text class="mw-tl-heading" x={0} y={group.y}>
              {group.kind === 'framework' ? t.popup_timelineFramework : t.popup_timelineMandate}
            </text>
            {group.rows.map((row) => (
              <g key={row.key} class="mw-tl-row">
                <title>
                  {rowTitle(row, row.kind === 'framework' ? frameworkText(row, lang, t) : mandateText(row, lang, t))}
                </title>
                <text class="mw-tl-label" x={plot.left - 6} y={row.y + 4} text-anchor="end">
                  {formatPartialDate(row.asOf, lang)}
                </text>
                {row.kind === 'framework' ? <FrameworkBar row={row} /> : <MandateLine row={row} right={plot.right} />}
              </g>
            ))}
          </g>
        ))}
        <line class="mw-tl-today" x1={geometry.today.x} x2={geometry.today.x} y1={plot.top - 2} y2={plot.bottom} />
        <text
          class="mw-tl-today-label"
          x={geometry.today.x}
          y={plot.top - 4}
          text-anchor={geometry.today.x > plot.right - 30 ? 'end' : 'middle'}
        >
          {t.popup_timelineToday}
        </text>
      </svg>
      <TimelineLegend marks={legendMarks(geometry)} t={t} />
    </section>
  );
}

function Axis({ geometry }: { geometry: TimelineGeometry }) {
  const { plot, ticks } = geometry;
  return (
    <g class="mw-tl-axis">
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      {ticks.map((tick) => (
        <g key={tick.year}>
          <line class="mw-tl-grid" x1={tick.x} x2={tick.x} y1={plot.top} y2={plot.bottom + 4} />
          {tick.labelX !== null && (
            <text class="mw-tl-year" x={tick.labelX} y={plot.bottom + 14} text-anchor="middle">
              {tick.year}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

function FrameworkBar({ row }: { row: FrameworkRow }) {
  const top = row.y - BAR_HEIGHT / 2;
  if (row.endedBeforeSource) {
    // Only the end is known to have passed: an end cap, and a dotted line to the source's date.
    return (
      <>
        <line class="mw-tl-connector" x1={row.x2} x2={row.xSource} y1={row.y} y2={row.y} />
        <rect class="mw-tl-bar" x={row.x2 - 1.5} y={top} width={3} height={BAR_HEIGHT} />
        <circle class="mw-tl-source" cx={row.xSource} cy={row.y} r={2.5} />
      </>
    );
  }
  return (
    <>
      <rect
        class={row.open ? 'mw-tl-bar is-open' : 'mw-tl-bar'}
        x={row.x1}
        y={top}
        width={Math.max(row.x2 - row.x1, 2)}
        height={BAR_HEIGHT}
        rx={2}
      />
      {row.open && (
        <path
          class="mw-tl-arrow"
          d={`M ${row.x2 - 5} ${top - 1} L ${row.x2} ${row.y} L ${row.x2 - 5} ${top + BAR_HEIGHT + 1} Z`}
        />
      )}
    </>
  );
}

function MandateLine({ row, right }: { row: MandateRow; right: number }) {
  const end = row.xEnd ?? right;
  return (
    <>
      <line
        class={row.xEnd === null ? 'mw-tl-line is-open' : 'mw-tl-line'}
        x1={row.xSource}
        x2={end}
        y1={row.y}
        y2={row.y}
      />
      <circle class="mw-tl-source" cx={row.xSource} cy={row.y} r={2.5} />
      {row.xEnd !== null && (
        <path
          class="mw-tl-marker"
          d={`M ${end} ${row.y - 5} L ${end + 5} ${row.y} L ${end} ${row.y + 5} L ${end - 5} ${row.y} Z`}
        />
      )}
    </>
  );
}

function frameworkText(row: FrameworkRow, lang: UiLanguage, t: Messages): string {
  const { total, until } = row.value;
  const size = total === null ? '–' : String(total);
  const end =
    until === null
      ? ''
      : until === 'ongoing'
        ? t.popup_timelineOngoing
        : `→ ${formatPartialDate(until, lang)}${row.endedBeforeSource ? ` (${t.popup_timelineEndedBefore})` : ''}`;
  return `${t.popup_timelineFramework} ${size} ${end}`.trim();
}

function mandateText(row: MandateRow, lang: UiLanguage, t: Messages): string {
  const end = row.value === 'indefinite' ? t.popup_timelineIndefinite : formatPartialDate(row.value, lang);
  return `${t.popup_timelineMandate}: ${end}`;
}
