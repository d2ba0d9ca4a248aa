/**
 * What the in-page card is asked to show (the layer's props), as data: the session builds them,
 * the card host passes them on, and the card's interface (components/in-page/InPageLayer.tsx)
 * draws them.
 */
import type { Mission, Notes, SourceDocument, Term } from '../../data/schema';
import type { UiLanguage } from '../i18n/card-messages';
import type { ReferenceCardData } from './reference-card';

/** One line of the page's list of missions. */
export type TermsListEntry = { id: string; acronym: string; name: string; count: number };

export type LayerView =
  | { kind: 'loading'; label: string }
  | { kind: 'mission'; mission: Mission }
  | { kind: 'stem'; stem: string; missions: Mission[] }
  | { kind: 'term'; term: Term }
  | { kind: 'reference'; reference: ReferenceCardData }
  | { kind: 'list'; entries: TermsListEntry[] };

export type LayerProps = {
  view: LayerView;
  lang: UiLanguage;
  documents: SourceDocument[];
  notes: Notes | null;
  today: Date;
  /** Where the keyboard is in the page's terms; shown so stepping has a sense of place. */
  position?: { index: number; total: number };
  onClose: () => void;
  onChooseMission: (id: string) => void;
};
