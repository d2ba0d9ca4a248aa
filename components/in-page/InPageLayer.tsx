import { CARD_MESSAGES } from '../../lib/i18n/card-messages';
import type { LayerProps } from '../../lib/in-page/layer-types';
import { MissionCard } from '../card/MissionCard';
import { StemCandidates } from '../card/StemCandidates';
import { UiLanguageContext } from '../settings/ui-language-context';
import { ReferenceCard } from './ReferenceCard';
import { TermCard } from './TermCard';
import { TermsList } from './TermsList';

/** What the in-page card shows: one mission, the candidates of a shared stem, a term, a Kamerstuk reference, or the page's list. */
export function InPageLayer({ view, lang, documents, notes, today, position, onClose, onChooseMission }: LayerProps) {
  const t = CARD_MESSAGES[lang];
  return (
    <UiLanguageContext.Provider value={lang}>
      <div class="mw-layer-inner">
        <button type="button" class="mw-close" onClick={onClose} aria-label={t.inPage_close}>
          ×
        </button>
        {position && <p class="mw-position">{t.inPage_position(position.index, position.total)}</p>}
        {view.kind === 'loading' && <p class="mw-loading">{t.inPage_loading}</p>}
        {view.kind === 'mission' && notes && (
          <MissionCard mission={view.mission} documents={documents} notes={notes} today={today} variant="compact" />
        )}
        {view.kind === 'stem' && (
          <StemCandidates stem={view.stem} missions={view.missions} onChoose={onChooseMission} />
        )}
        {view.kind === 'term' && <TermCard term={view.term} documents={documents} />}
        {view.kind === 'reference' && <ReferenceCard reference={view.reference} />}
        {view.kind === 'list' && <TermsList entries={view.entries} onChoose={onChooseMission} />}
        {/* Shown by the card's host while more lies below the fold; the content itself stays reachable by scroll and Tab. */}
        <p class="mw-more-cue" aria-hidden="true">
          {t.card_moreBelow} ↓
        </p>
      </div>
    </UiLanguageContext.Provider>
  );
}
