/**
 * How the card names a source: the document's title and date from data/sources.json, and its
 * Kamerstuk number with a link only where sources.json gives one (never guessed). Pure.
 */
import type { SeedFile, SourceDocument, SourceRef } from '../../data/schema';
import { CARD_MESSAGES, type UiLanguage } from '../i18n/card-messages';
import { formatDate } from './dates';

export function kamerstukUrl(dossier: string, number: string): string {
  return `https://zoek.officielebekendmakingen.nl/kst-${dossier}-${number}.html`;
}

export type SourceDescription = {
  doc: SeedFile;
  /** The seed's file name where sources.json does not list it (should not happen after validation). */
  title: string;
  /** Null where the document is not in sources.json. */
  date: string | null;
  dateNote: string | null;
  kamerstuk: { label: string; url: string } | null;
};

export function describeSource(
  doc: SeedFile,
  documents: readonly SourceDocument[],
  lang: UiLanguage,
): SourceDescription {
  const d = documents.find((x) => x.doc === doc);
  if (!d) return { doc, title: doc, date: null, dateNote: null, kamerstuk: null };
  const k = d.kamerstuk;
  return {
    doc,
    title: d.title[lang],
    date: formatDate(d.date, lang),
    dateNote: d.dateNote?.[lang] ?? null,
    kamerstuk: k
      ? { label: CARD_MESSAGES[lang].card_kamerstuk(k.dossier, k.number), url: kamerstukUrl(k.dossier, k.number) }
      : null,
  };
}

/** Quotes grouped per document, in the order the data lists them: one line per document on the card. */
export function groupByDocument(sources: readonly SourceRef[]): { doc: SeedFile; refs: SourceRef[] }[] {
  const groups: { doc: SeedFile; refs: SourceRef[] }[] = [];
  for (const ref of sources) {
    const group = groups.find((g) => g.doc === ref.doc);
    if (group) group.refs.push(ref);
    else groups.push({ doc: ref.doc, refs: [ref] });
  }
  return groups;
}
