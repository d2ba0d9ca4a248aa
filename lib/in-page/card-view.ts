/** Pure: what the card shows for a marked term, from the records loaded for it. */
import type { PageMatch } from '../dom/term-highlights';
import type { CardData } from './card-data';
import type { LayerView } from './layer-types';
import { referenceCard } from './reference-card';

/** The card of `match`; null where its record is not among `data`. */
export function cardView(match: PageMatch, data: CardData): LayerView | null {
  if (match.kind === 'reference') return { kind: 'reference', reference: referenceCard(match, data.documents) };
  if (match.kind === 'term') {
    const glossary = data.terms.find((x) => x.id === match.id);
    return glossary ? { kind: 'term', term: glossary } : null;
  }
  if (match.id === null) return { kind: 'stem', stem: match.text, missions: data.missions };
  const mission = data.missions.find((m) => m.id === match.id);
  return mission ? { kind: 'mission', mission } : null;
}
