/**
 * A one-line citation of a mission for the clipboard: acronym, name, status and the documents its
 * facts come from (newest first, with the Kamerstuk number where the dataset knows it). Pure.
 *
 * UNIFIL (Interim-vredesmacht van de Verenigde Naties in Libanon), status: actief. Bronnen:
 * Jaarlijkse voortgangsrapportage … 2025 (mei 2025); Kamerbrief … 2025–2028 (4 apr 2025,
 * Kamerstuk 29521, nr. 493); … — via Missiewijzer
 */
import { documents as allDocuments } from '../../data/dataset';
import type { Mission, SeedFile, SourceDocument } from '../../data/schema';
import { MESSAGES, type UiLanguage } from '../i18n/messages';
import { formatPartialDate } from '../timeline/partial-dates';

/** Every document the mission's facts quote, each once. */
export function citedDocs(mission: Mission): Set<SeedFile> {
  const docs = new Set<SeedFile>();
  const add = (sources: readonly { doc: SeedFile }[]) => {
    for (const s of sources) docs.add(s.doc);
  };
  add(mission.statusSources);
  add(mission.basis);
  for (const history of [
    mission.legalBasis,
    mission.internationalMandateEnd,
    mission.nationalFramework,
    mission.deployed,
  ]) {
    for (const entry of history) add(entry.sources);
  }
  return docs;
}

export function citation(
  mission: Mission,
  lang: UiLanguage,
  documents: readonly SourceDocument[] = allDocuments,
): string {
  const t = MESSAGES[lang];
  const cited = citedDocs(mission);
  // sources.json is oldest first; a citation reads newest first.
  const sources = documents
    .filter((d) => cited.has(d.doc))
    .reverse()
    .map((d) => {
      const where = [formatPartialDate(d.date, lang)];
      if (d.kamerstuk) where.push(t.popup_kamerstukLink(d.kamerstuk.dossier, d.kamerstuk.number));
      return `${d.title[lang]} (${where.join(', ')})`;
    });
  const head = `${mission.acronym} (${mission.name[lang]}), ${t.popup_citationStatus(t[`status_${mission.status}`])}.`;
  const tail = sources.length > 0 ? ` ${t.popup_citationSources}: ${sources.join('; ')}` : '';
  return `${head}${tail} — ${t.popup_citationVia}`.replace(/\s+/g, ' ');
}
