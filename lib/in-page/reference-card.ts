/** Pure: what the card of a Kamerstuk reference in the page shows. */
import type { SourceDocument } from '../../data/schema';
import { kamerstukUrl } from '../format/sources';
import type { KamerstukReference } from '../matcher';

export type ReferenceCardData = {
  /** The reference as the page writes it, whitespace made single spaces. */
  written: string;
  dossier: string;
  number: string;
  year: string | null;
  /** Its page on officielebekendmakingen.nl. */
  url: string;
  /** The title where the reference names one of the Kamerstukken of the dataset (by its number in sources.json). */
  title: SourceDocument['title'] | null;
};

export function referenceCard(reference: KamerstukReference, documents: readonly SourceDocument[]): ReferenceCardData {
  const { dossier, number, year } = reference;
  const known = documents.find((d) => d.kamerstuk?.dossier === dossier && d.kamerstuk.number === number);
  return {
    written: reference.text.replace(/\s+/gu, ' '),
    dossier,
    number,
    year,
    url: kamerstukUrl(dossier, number),
    title: known?.title ?? null,
  };
}
