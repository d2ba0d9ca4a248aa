/**
 * Made-up missions and terms for the ranking rules, independent of data/: each differs from its
 * neighbour in exactly the property a rule is about.
 */
import type { Alias, Mission, MissionStatus, Term } from '../../../data/schema';
import type { SearchResult } from '../../../lib/search';

type MissionFields = {
  id: string;
  acronym: string;
  status?: MissionStatus;
  name?: string;
  countries?: string[];
  aliases?: string[];
};

export function fakeMission({
  id,
  acronym,
  status = 'active',
  name,
  countries = [],
  aliases = [],
}: MissionFields): Mission {
  const text = { nl: name ?? `Missie ${acronym}`, en: name ?? `Mission ${acronym}` };
  return {
    id,
    acronym,
    acronymCase: 'exact',
    aliases: aliases.map((a) => ({ text: a, case: 'insensitive', needsContext: false, lang: 'any' })),
    name: text,
    organisation: 'other',
    region: 'worldwide',
    location: { nl: 'Elders', en: 'Elsewhere' },
    countries: countries.map((c) => ({ nl: c, en: c })),
    status,
    statusNote: null,
    statusSources: [],
    summary: { nl: 'Samenvatting.', en: 'Summary.' },
    dutchContribution: { nl: 'Bijdrage.', en: 'Contribution.' },
    basis: [],
    legalBasis: [],
    internationalMandateEnd: [],
    nationalFramework: [],
    deployed: [],
    related: [],
  };
}

export function fakeTerm(id: string, acronym: string, expansion: string, missionId: string | null = null): Term {
  return {
    id,
    kind: 'abbreviation',
    acronym,
    expansion: { nl: expansion, en: expansion },
    explanation: { nl: 'Uitleg.', en: 'Explanation.' },
    missionId,
    sources: [],
    case: 'exact',
  };
}

/** `unifil` for a mission, `term:polad` for a glossary term. */
export function resultKey(r: SearchResult | null | undefined): string | null {
  if (!r) return null;
  return r.kind === 'term' ? `term:${r.id}` : r.id;
}

/** An alias several missions carry (`EUTM`), written as given. */
export function sharedAlias(text: string, sharedBy: string[]): Alias {
  return { text, case: 'exact', needsContext: false, lang: 'any', sharedBy };
}
