/**
 * The missions found in the active tab, in order of first appearance, each a button that shows it
 * in the page. A stem no nearby country decided (EUBAM) is listed with its candidates but is no
 * button: it names no single mission to go to.
 */
import type { Mission } from '../../data/schema';
import type { Messages } from '../../lib/i18n/messages';
import type { PageEntry } from '../../lib/popup/page-summary';
import { useLanguage } from '../settings/ui-language-context';

type Props = {
  t: Messages;
  entries: readonly PageEntry[];
  missions: readonly Mission[];
  /** Id of the element that explains what a button does. */
  hintId: string;
  onReveal: (missionId: string) => void;
};

export function PageTermList({ t, entries, missions, hintId, onReveal }: Props) {
  const lang = useLanguage();
  const byId = new Map(missions.map((m) => [m.id, m]));
  return (
    <ul class="mw-page-terms">
      {entries.map((entry) => {
        if (entry.kind === 'stem') {
          const names = entry.candidates.map((id) => byId.get(id)?.acronym ?? id).join(', ');
          return (
            <li key={`stem-${entry.candidates.join('|')}`} class="mw-page-stem">
              {t.inPage_ambiguous(entry.text)} {names}{' '}
              <span class="mw-count">({t.inPage_termsCount(entry.count)})</span>
            </li>
          );
        }
        const mission = byId.get(entry.id);
        if (!mission) return null;
        return (
          <li key={entry.id}>
            <button type="button" class="mw-page-term" aria-describedby={hintId} onClick={() => onReveal(entry.id)}>
              <span class="mw-option-acronym">{mission.acronym}</span>{' '}
              <span class="mw-page-term-name">{mission.name[lang]}</span>{' '}
              <span class="mw-count">({t.inPage_termsCount(entry.count)})</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
