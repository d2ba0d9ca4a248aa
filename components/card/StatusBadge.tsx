/** Active, ended, planned or no Dutch contribution named: the word carries the meaning, the colour only supports it. */
import type { MissionStatus } from '../../data/schema';
import type { CardMessages } from '../../lib/i18n/card-messages';

export function StatusBadge({ status, t }: { status: MissionStatus; t: CardMessages }) {
  return <span class={`mw-badge mw-badge-${status}`}>{t[`status_${status}`]}</span>;
}
