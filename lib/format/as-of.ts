/**
 * The card's "stand per" date: the newest date among the facts the card shows.
 *
 * "Newest" follows the order of data/sources.json (oldest first, the order in which later documents
 * correct earlier ones) rather than comparing partial dates: `2025` (the written answers, April 2025)
 * is older than `2025-05` (the progress report), which neither the first nor the last day of the
 * year `2025` would say. Pure.
 */
import type { Mission, PartialDate, SeedFile, SourceDocument, SourceRef } from '../../data/schema';
import { partialDateStart } from '../timeline/partial-dates';
import { shownEntries } from './disagreement';
import { frameworksFrom } from './framework-in-force';

type Dated = { asOf: PartialDate; sources: readonly { doc: SeedFile }[] };

/** The asOf of the entry whose source comes last in `documents`; null for no entries. */
export function newestAsOf(entries: readonly Dated[], documents: readonly SourceDocument[]): PartialDate | null {
  let best: { asOf: PartialDate; rank: number; start: number } | null = null;
  for (const entry of entries) {
    const rank = Math.max(-1, ...entry.sources.map((s) => documents.findIndex((d) => d.doc === s.doc)));
    const start = partialDateStart(entry.asOf);
    if (!best || rank > best.rank || (rank === best.rank && start > best.start)) {
      best = { asOf: entry.asOf, rank, start };
    }
  }
  return best?.asOf ?? null;
}

/** Quotes without a date of their own (status, summary) are as of their document's date. */
function datedByDocument(sources: readonly SourceRef[], documents: readonly SourceDocument[]): Dated[] {
  return sources.flatMap((s) => {
    const d = documents.find((x) => x.doc === s.doc);
    return d ? [{ asOf: d.date, sources: [s] }] : [];
  });
}

/**
 * "Stand per" of a mission card: the shown entries of its four histories (the framework in force on
 * `today`), plus the status and the summary, whose quotes are dated by their documents. It stays the
 * newest source the card shows: a framework in force by an older plan does not make the card older.
 * Null only if nothing on the card has a source.
 */
export function cardAsOf(mission: Mission, documents: readonly SourceDocument[], today: Date): PartialDate | null {
  return newestAsOf(
    [
      ...shownEntries(frameworksFrom(mission.nationalFramework, today)),
      ...shownEntries(mission.deployed),
      ...shownEntries(mission.legalBasis),
      ...shownEntries(mission.internationalMandateEnd),
      ...datedByDocument(mission.statusSources, documents),
      ...datedByDocument(mission.basis, documents),
    ],
    documents,
  );
}

/** "Stand per" of the status: the newest document among the quotes that show it. */
export function statusAsOf(mission: Mission, documents: readonly SourceDocument[]): PartialDate | null {
  return newestAsOf(datedByDocument(mission.statusSources, documents), documents);
}
