/**
 * A mission opened from the search: the full mission card, a timeline of its framework and
 * mandate per source, buttons that copy its facts with their sources, and links to the Kamerstukken that have a
 * known number.
 */
import type { Mission, Notes, SourceDocument } from '../../data/schema';
import { citation } from '../../lib/format/citation';
import { MESSAGES } from '../../lib/i18n/messages';
import { MissionCard } from '../card/MissionCard';
import { useLanguage } from '../settings/ui-language-context';
import { CopyCitationButton } from './CopyCitationButton';
import { DetailFrame } from './DetailFrame';
import { KamerstukLinks } from './KamerstukLinks';
import { RelatedMissions } from './RelatedMissions';
import { Timeline } from './Timeline';

type Props = {
  mission: Mission;
  documents: SourceDocument[];
  notes: Notes;
  today: Date;
  onBack: () => void;
  /** Every mission, to name the related ones. */
  missions: readonly Mission[];
  onOpen: (mission: Mission) => void;
};

export function DetailView({ mission, documents, notes, today, onBack, missions, onOpen }: Props) {
  const lang = useLanguage();
  const t = MESSAGES[lang];
  return (
    <DetailFrame t={t} label={t.popup_detailLabel(mission.acronym)} onBack={onBack}>
      <MissionCard
        mission={mission}
        documents={documents}
        notes={notes}
        today={today}
        variant="full"
        headingLevel={2}
      />
      <RelatedMissions mission={mission} missions={missions} t={t} onOpen={onOpen} />
      <Timeline mission={mission} documents={documents} t={t} today={today} />
      <CopyCitationButton
        t={t}
        citation={citation(mission, lang, today, documents)}
        plain={citation(mission, lang, today, documents, 'plain')}
      />
      <KamerstukLinks mission={mission} documents={documents} t={t} />
    </DetailFrame>
  );
}
