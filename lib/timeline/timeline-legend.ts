/**
 * Which marks a drawn timeline uses, so that its legend explains those and no others. Pure.
 */
import type { TimelineGeometry } from './timeline';

export type LegendMark =
  | 'framework'
  | 'frameworkOpen'
  | 'frameworkEnded'
  | 'mandate'
  | 'mandateOpen'
  | 'source'
  | 'today';

/** In the order the legend lists them: the framework's marks, the mandate's, then the shared ones. */
const ORDER: readonly LegendMark[] = [
  'framework',
  'frameworkOpen',
  'frameworkEnded',
  'mandate',
  'mandateOpen',
  'source',
  'today',
];

export function legendMarks(geometry: TimelineGeometry): LegendMark[] {
  const used = new Set<LegendMark>(['today']);
  for (const group of geometry.groups) {
    for (const row of group.rows) {
      if (row.kind === 'framework') {
        if (row.endedBeforeSource) used.add('frameworkEnded').add('source');
        else used.add(row.open ? 'frameworkOpen' : 'framework');
      } else {
        // Every mandate row starts at its source's date.
        used.add(row.xEnd === null ? 'mandateOpen' : 'mandate').add('source');
      }
    }
  }
  return ORDER.filter((mark) => used.has(mark));
}
