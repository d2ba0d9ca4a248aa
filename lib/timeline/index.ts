export { dayOf, formatPartialDate, partialDateEnd, partialDateStart } from './partial-dates';
export {
  buildTimeline,
  type FrameworkRow,
  type MandateRow,
  type TimelineGeometry,
  type TimelineGroup,
  type TimelineOptions,
  type TimelineRow,
  type TimelineTick,
} from './timeline';
