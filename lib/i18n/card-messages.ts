/**
 * The strings of the mission card and the in-page layer, in Dutch and English: the part of the
 * UI table (messages.ts composes it) that the content script carries. Both languages, because the
 * language can be switched at run time; the popup's, options' and explain page's strings stay out
 * of every page the extension runs on. Dutch is the reference: English has exactly the same keys.
 */
import type { UiLanguage } from './language';

export type { UiLanguage } from './language';

const nl = {
  status_active: 'actief',
  status_ended: 'beëindigd',
  status_planned: 'gepland',
  status_none: 'geen Nederlandse bijdrage genoemd',
  // In-page card and keyboard navigation
  inPage_close: 'Sluiten',
  inPage_cardLabel: (acronym: string) => `Uitleg bij ${acronym}`,
  inPage_loading: 'Laden…',
  inPage_termsOnPage: 'Missies op deze pagina',
  inPage_termsCount: (n: number) => (n === 1 ? '1 keer' : `${n} keer`),
  inPage_noTerms: 'Geen missies gevonden op deze pagina.',
  inPage_ambiguous: (stem: string) => `${stem} kan op meerdere missies slaan:`,
  inPage_glossary: 'Afkorting',
  inPage_concept: 'Begrip',
  inPage_position: (n: number, total: number) => `Term ${n} van ${total} op deze pagina`,
  // Mission card (in-page card, popup details, explain page)
  card_asOf: (date: string) => `Stand per ${date}`,
  card_org_EU: 'EU',
  card_org_UN: 'VN',
  card_org_NATO: 'NAVO',
  card_org_coalition: 'Coalitie',
  card_org_national: 'Nationaal',
  card_org_other: 'Overige organisatie',
  card_location: 'Gebied',
  card_status: 'Nederlandse bijdrage',
  card_contribution: 'Wat Nederland bijdraagt',
  card_framework: 'Nationaal kader',
  card_deployed: 'Ingezet',
  card_legalBasis: 'Rechtsbasis',
  card_mandateEnd: 'Einde internationaal mandaat',
  card_military: 'Militair',
  card_civilPolice: 'Civiel/politie',
  card_total: 'Totaal',
  card_circa: (n: string) => `circa ${n}`,
  card_max: (n: string) => `maximaal ${n}`,
  card_perYear: 'per jaar',
  /** The time a framework value applies to; either end may be unknown. */
  card_frameworkPeriod: (from: string | null, to: string | null) =>
    from && to ? `geldt voor ${from} t/m ${to}` : from ? `geldt vanaf ${from}` : `geldt t/m ${to}`,
  card_until: (date: string) => `t/m ${date}`,
  card_ongoing: 'doorlopend',
  card_untilUnknown: 'einddatum niet vermeld',
  card_indefinite: 'onbepaald',
  card_unknown: 'niet vermeld',
  /** A count the source's table leaves empty or gives as '-'. */
  card_countNone: 'geen',
  card_passed: 'verstreken',
  card_period: (from: string, to: string) => `${from} t/m ${to}`,
  card_deployedPeriod: (period: string) => `in de periode ${period}`,
  card_sourceLabel: (n: number) => (n === 1 ? 'Bron' : 'Bronnen'),
  card_summaryBasis: 'Samenvatting gebaseerd op',
  card_quotes: (n: number) => (n === 1 ? 'Citaat' : `${n} citaten`),
  card_kamerstuk: (dossier: string, number: string) => `Kamerstuk ${dossier}, nr. ${number}`,
  card_newTab: '(opent in een nieuw tabblad)',
  card_reading: (reading: string) => `Gelezen als: ${reading}`,
  card_rowLabel: (label: string) => `Rij „${label}”`,
  card_disagree: 'De bronnen verschillen:',
  card_history: 'Verloop per bron',
  card_dataAge: (date: string) => `Gegevens van ${date}; kijk voor de actuele stand in nieuwere Kamerstukken.`,
  card_factAsOf: (date: string) => `stand per ${date}`,
  card_endedPerSource: (date: string, asOf: string) => `liep tot ${date} volgens de bron van ${asOf}`,
  card_untilPerSource: (date: string, asOf: string) => `liep t/m ${date} volgens de bron van ${asOf}`,
  card_sourceMarker: 'bron',
  card_statusShort: 'NL-bijdrage',
  card_mandateEndShort: 'Einde mandaat',
  card_sourceAndNoteMarker: 'bron en toelichting',
  card_sourcesDisagreeMarker: 'bronnen verschillen',
  /** Read after the marker's visible text, so its name says which fact it belongs to. */
  card_sourceMarkerFor: (fact: string) => ` (${fact})`,
  card_more: 'Meer',
  card_less: 'Minder',
  card_moreBelow: 'Meer hieronder',
  card_details: 'Meer over deze missie',
} as const;

/** A table with the keys of `T`, each a string or a function to string with the same parameters. */
export type TableLike<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

const en: TableLike<typeof nl> = {
  status_active: 'active',
  status_ended: 'ended',
  status_planned: 'planned',
  status_none: 'no Dutch contribution named',
  // In-page card and keyboard navigation
  inPage_close: 'Close',
  inPage_cardLabel: (acronym: string) => `About ${acronym}`,
  inPage_loading: 'Loading…',
  inPage_termsOnPage: 'Missions on this page',
  inPage_termsCount: (n: number) => (n === 1 ? 'once' : `${n} times`),
  inPage_noTerms: 'No missions found on this page.',
  inPage_ambiguous: (stem: string) => `${stem} may refer to several missions:`,
  inPage_glossary: 'Abbreviation',
  inPage_concept: 'Concept',
  inPage_position: (n: number, total: number) => `Term ${n} of ${total} on this page`,
  // Mission card (in-page card, popup details, explain page)
  card_asOf: (date: string) => `As of ${date}`,
  card_org_EU: 'EU',
  card_org_UN: 'UN',
  card_org_NATO: 'NATO',
  card_org_coalition: 'Coalition',
  card_org_national: 'National',
  card_org_other: 'Other organisation',
  card_location: 'Area',
  card_status: 'Dutch contribution',
  card_contribution: 'What the Netherlands contributes',
  card_framework: 'National framework',
  card_deployed: 'Deployed',
  card_legalBasis: 'Legal basis',
  card_mandateEnd: 'End of international mandate',
  card_military: 'Military',
  card_civilPolice: 'Civilian/police',
  card_total: 'Total',
  card_circa: (n: string) => `about ${n}`,
  card_max: (n: string) => `at most ${n}`,
  card_perYear: 'per year',
  card_frameworkPeriod: (from: string | null, to: string | null) =>
    from && to ? `applies to ${from} to ${to}` : from ? `applies from ${from}` : `applies until ${to}`,
  card_until: (date: string) => `until ${date}`,
  card_ongoing: 'ongoing',
  card_untilUnknown: 'end date not stated',
  card_indefinite: 'indefinite',
  card_unknown: 'not stated',
  card_countNone: 'none',
  card_passed: 'passed',
  card_period: (from: string, to: string) => `${from} to ${to}`,
  card_deployedPeriod: (period: string) => `in the period ${period}`,
  card_sourceLabel: (n: number) => (n === 1 ? 'Source' : 'Sources'),
  card_summaryBasis: 'Summary based on',
  card_quotes: (n: number) => (n === 1 ? 'Quote (in Dutch)' : `${n} quotes (in Dutch)`),
  card_kamerstuk: (dossier: string, number: string) => `Parliamentary paper ${dossier}, no. ${number}`,
  card_newTab: '(opens in a new tab)',
  card_reading: (reading: string) => `Read as: ${reading}`,
  card_rowLabel: (label: string) => `Row “${label}”`,
  card_disagree: 'The sources disagree:',
  card_history: 'History by source',
  card_dataAge: (date: string) => `Data as of ${date}; for the current state, see newer parliamentary papers.`,
  card_factAsOf: (date: string) => `as of ${date}`,
  card_endedPerSource: (date: string, asOf: string) => `ran until ${date} according to the source of ${asOf}`,
  card_untilPerSource: (date: string, asOf: string) => `ran until ${date} according to the source of ${asOf}`,
  card_sourceMarker: 'source',
  card_statusShort: 'NL contribution',
  card_mandateEndShort: 'Mandate ends',
  card_sourceAndNoteMarker: 'source and note',
  card_sourcesDisagreeMarker: 'sources disagree',
  card_sourceMarkerFor: (fact: string) => ` (${fact})`,
  card_more: 'More',
  card_less: 'Less',
  card_moreBelow: 'More below',
  card_details: 'More about this mission',
};

export type CardMessages = TableLike<typeof nl>;

export const CARD_MESSAGES: Record<UiLanguage, CardMessages> = { nl, en };
