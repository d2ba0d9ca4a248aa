/**
 * The key to the timeline: a small sample of each mark the drawing uses, with what it means. The
 * samples carry the drawing's own classes, so they follow its colours in light, dark and forced
 * colours.
 */
import type { Messages } from '../../lib/i18n/messages';
import type { LegendMark } from '../../lib/timeline/timeline-legend';

type Props = { marks: readonly LegendMark[]; t: Messages };

const W = 26;
const H = 12;
const MID = H / 2;

export function TimelineLegend({ marks, t }: Props) {
  return (
    <div class="mw-tl-legend">
      <p class="mw-tl-legend-rows">{t.popup_legendRows}</p>
      <ul aria-label={t.popup_legendLabel}>
        {marks.map((mark) => (
          <li key={mark} data-mark={mark}>
            <svg class="mw-tl-swatch" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
              <Sample mark={mark} />
            </svg>
            <span>{legendText(mark, t)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function legendText(mark: LegendMark, t: Messages): string {
  switch (mark) {
    case 'framework':
      return t.popup_legendFramework;
    case 'frameworkOpen':
      return t.popup_legendFrameworkOpen;
    case 'frameworkEnded':
      return t.popup_legendFrameworkEnded;
    case 'mandate':
      return t.popup_legendMandate;
    case 'mandateOpen':
      return t.popup_legendMandateOpen;
    case 'source':
      return t.popup_legendSource;
    case 'today':
      return t.popup_legendToday;
  }
}

/** The same shapes as Timeline.tsx draws, at sample size. */
function Sample({ mark }: { mark: LegendMark }) {
  switch (mark) {
    case 'framework':
      return <rect class="mw-tl-bar" x={1} y={2} width={W - 2} height={8} rx={2} />;
    case 'frameworkOpen':
      return (
        <>
          <rect class="mw-tl-bar is-open" x={1} y={2} width={W - 2} height={8} rx={2} />
          <path class="mw-tl-arrow" d={`M ${W - 6} 1 L ${W - 1} ${MID} L ${W - 6} ${H - 1} Z`} />
        </>
      );
    case 'frameworkEnded':
      return (
        <>
          <line class="mw-tl-connector" x1={4} x2={W - 4} y1={MID} y2={MID} />
          <rect class="mw-tl-bar" x={2.5} y={2} width={3} height={8} />
          <circle class="mw-tl-source" cx={W - 4} cy={MID} r={2.5} />
        </>
      );
    case 'mandate':
      return (
        <>
          <line class="mw-tl-line" x1={4} x2={W - 6} y1={MID} y2={MID} />
          <path class="mw-tl-marker" d={`M ${W - 6} 1 L ${W - 1} ${MID} L ${W - 6} ${H - 1} L ${W - 11} ${MID} Z`} />
        </>
      );
    case 'mandateOpen':
      return <line class="mw-tl-line is-open" x1={4} x2={W - 1} y1={MID} y2={MID} />;
    case 'source':
      return <circle class="mw-tl-source" cx={W / 2} cy={MID} r={2.5} />;
    case 'today':
      return <line class="mw-tl-today" x1={W / 2} x2={W / 2} y1={0} y2={H} />;
  }
}
