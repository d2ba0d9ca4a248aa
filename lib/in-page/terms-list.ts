/** Pure: the card that lists the missions on the page, each with how often it occurs, in order of first appearance. */
import type { Mission } from '../../data/schema';
import type { PageMatch } from '../dom/term-highlights';
import type { UiLanguage } from '../i18n/card-messages';
import type { TermsListEntry } from './layer-types';
import { countTerms, type TermCount } from './term-navigation';

/** The missions the page names (stems and glossary terms are not listed), counted. */
export function missionCounts(matches: PageMatch[]): TermCount[] {
  return countTerms(matches.map((m) => (m.kind === 'mission' ? m.id : null)));
}

/** One line per counted mission whose record is at hand, named in `lang`. */
export function termsListEntries(counts: TermCount[], missions: Mission[], lang: UiLanguage): TermsListEntry[] {
  return counts.flatMap((c) => {
    const mission = missions.find((m) => m.id === c.id);
    return mission ? [{ id: c.id, acronym: mission.acronym, name: mission.name[lang], count: c.count }] : [];
  });
}
