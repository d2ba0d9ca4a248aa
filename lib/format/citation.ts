/**
 * A mission's facts with their sources, for the clipboard: a staffer pastes it into a note. Each
 * fact is the newest value the dataset holds (the framework: the one in force on `today`), followed by the Kamerstukken it comes from (title,
 * date, and number where the dataset knows it). Pure.
 *
 * `note` (Kopieer bronvermelding), one fact per bullet, and the product named at the end:
 *
 *   UNIFIL – Interim-vredesmacht van de Verenigde Naties in Libanon
 *   - Nederlandse bijdrage: actief. Bronnen: Jaarlijkse voortgangsrapportage … 2025 (mei 2025); Kamerbrief … (4 april 2025, Kamerstuk 29521, nr. 493)
 *   - Nationaal kader: militair 1, civiel/politie geen, totaal 1, t/m 30 juni 2028. Bron: …
 *   - Rechtsbasis: VNVR-resolutie 2749. Bron: …
 *   - Einde internationaal mandaat: 31 augustus 2025. Bron: …
 *   — via Missiewijzer
 *
 * `plain` (Kopieer als platte tekst): the same lines without bullets and without the product name.
 */
import { documents as allDocuments } from '../../data/dataset';
import type { Mission, NationalFramework, SeedFile, SourceDocument, SourceRef } from '../../data/schema';
import { MESSAGES, type UiLanguage } from '../i18n/messages';
import { formatMandateEnd, formatUntil } from './dates';
import { frameworkInForce } from './framework-in-force';
import { frameworkCounts } from './numbers';
import { describeSource } from './sources';

export type CitationStyle = 'note' | 'plain';

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

/** The heading and one line per sourced fact, without bullets. */
export function citationLines(
  mission: Mission,
  lang: UiLanguage,
  today: Date,
  documents: readonly SourceDocument[] = allDocuments,
): { heading: string; facts: string[] } {
  const t = MESSAGES[lang];
  const fact = (label: string, value: string, sources: readonly SourceRef[]) =>
    `${label}: ${value}.${sourceSuffix(sources, lang, documents)}`;
  const facts: string[] = [fact(t.card_status, t[`status_${mission.status}`], mission.statusSources)];
  const framework = frameworkInForce(mission.nationalFramework, today);
  if (framework) facts.push(fact(t.card_framework, frameworkText(framework.value, lang), framework.sources));
  const [legalBasis] = mission.legalBasis;
  if (legalBasis) facts.push(fact(t.card_legalBasis, legalBasis.value, legalBasis.sources));
  const [mandateEnd] = mission.internationalMandateEnd;
  if (mandateEnd) facts.push(fact(t.card_mandateEnd, formatMandateEnd(mandateEnd.value, lang), mandateEnd.sources));
  return { heading: `${mission.acronym} – ${mission.name[lang]}`, facts };
}

export function citation(
  mission: Mission,
  lang: UiLanguage,
  today: Date,
  documents: readonly SourceDocument[] = allDocuments,
  style: CitationStyle = 'note',
): string {
  const { heading, facts } = citationLines(mission, lang, today, documents);
  if (style === 'plain') return [heading, ...facts].join('\n');
  return [heading, ...facts.map((f) => `- ${f}`), `— ${MESSAGES[lang].popup_citationVia}`].join('\n');
}

/** " Bron: title (date, Kamerstuk …)" per document, each once, in the order the data cites them. */
function sourceSuffix(sources: readonly SourceRef[], lang: UiLanguage, documents: readonly SourceDocument[]): string {
  const docs = [...new Set(sources.map((s) => s.doc))];
  if (docs.length === 0) return '';
  const named = docs.map((doc) => {
    const source = describeSource(doc, documents, lang);
    const where = [source.date, source.kamerstuk?.label].filter((x): x is string => !!x);
    return where.length > 0 ? `${source.title} (${where.join(', ')})` : source.title;
  });
  return ` ${MESSAGES[lang].card_sourceLabel(docs.length)}: ${named.join('; ')}`;
}

/** "militair 1, civiel/politie geen, totaal 1, t/m 30 juni 2028": the stated counts, then the end. */
function frameworkText(value: NationalFramework, lang: UiLanguage): string {
  const t = MESSAGES[lang];
  const stated = frameworkCounts(value, lang).filter((part) => part.state !== 'notStated');
  const counts =
    stated.length > 0
      ? stated.map((part) => `${part.label.toLowerCase()} ${part.text}`)
      : [`${t.card_total.toLowerCase()} ${t.card_unknown}`];
  if (value.perYear) counts.push(t.card_perYear);
  return [...counts, formatUntil(value.until, lang)].join(', ');
}
