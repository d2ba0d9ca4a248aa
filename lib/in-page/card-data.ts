/** What the in-page card needs beyond the matcher: the full records, fetched when a card opens. */
import type { Mission, Notes, SourceDocument, Term } from '../../data/schema';

export type CardData = { missions: Mission[]; terms: Term[]; documents: SourceDocument[]; notes: Notes };

/** Loads the records for these mission and term ids (from the background, or bundled on the demo page). */
export type CardDataLoader = (ids: { missions: string[]; terms: string[] }) => Promise<CardData>;
