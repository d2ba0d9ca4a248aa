/**
 * Pure: which of the source documents of a mission can be linked to online. Only a document for
 * which data/sources.json gives a Kamerstuk number gets a link; the others are never guessed.
 */
import type { Mission, SourceDocument } from '../../data/schema';
import { citedDocs } from './citation';
import { kamerstukUrl } from './sources';

export type KamerstukLink = { document: SourceDocument; dossier: string; number: string; url: string };

/** Links for the mission's documents that have a Kamerstuk number, in the order of sources.json. */
export function kamerstukLinks(mission: Mission, documents: readonly SourceDocument[]): KamerstukLink[] {
  const cited = citedDocs(mission);
  return documents.flatMap((document) =>
    document.kamerstuk && cited.has(document.doc)
      ? [
          {
            document,
            dossier: document.kamerstuk.dossier,
            number: document.kamerstuk.number,
            url: kamerstukUrl(document.kamerstuk.dossier, document.kamerstuk.number),
          },
        ]
      : [],
  );
}
