/** Background side of `card-data`: the full records for the ids a content script asks about. */
import type { Mission, Notes, SourceDocument, Term } from '../../data/schema';
import type { CardData } from '../in-page/card-data';

export type FullDataset = { missions: Mission[]; terms: Term[]; documents: SourceDocument[]; notes: Notes };

export function cardDataFor(dataset: FullDataset, ids: { missions: string[]; terms: string[] }): CardData {
  const missions = new Set(ids.missions);
  const terms = new Set(ids.terms);
  return {
    missions: dataset.missions.filter((m) => missions.has(m.id)),
    terms: dataset.terms.filter((t) => terms.has(t.id)),
    documents: dataset.documents,
    notes: dataset.notes,
  };
}
