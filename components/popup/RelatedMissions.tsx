/** "Zie ook": the missions the Kamerstukken name together with this one, each a button that opens it. */
import type { Mission } from '../../data/schema';
import type { Messages } from '../../lib/i18n/messages';

type Props = { mission: Mission; missions: readonly Mission[]; t: Messages; onOpen: (mission: Mission) => void };

export function RelatedMissions({ mission, missions, t, onOpen }: Props) {
  const related = mission.related.flatMap((id) => missions.filter((m) => m.id === id));
  if (related.length === 0) return null;
  return (
    <nav class="mw-related" aria-label={t.popup_related}>
      <span class="mw-related-label">{t.popup_related}:</span>
      {related.map((m) => (
        <button key={m.id} type="button" class="mw-button mw-related-button" onClick={() => onOpen(m)}>
          {m.acronym}
        </button>
      ))}
    </nav>
  );
}
