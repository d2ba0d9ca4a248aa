/** Active, ended or planned: the word carries the meaning, the colour only supports it. */
import type { MissionStatus } from '../../data/schema';
import type { Messages } from '../../lib/i18n/messages';

export function StatusBadge({ status, t }: { status: MissionStatus; t: Messages }) {
  return <span class={`mw-badge mw-badge-${status}`}>{t[`status_${status}`]}</span>;
}
