/**
 * What a glossary abbreviation stands for, in the reader's language, or what the Kamerstukken
 * leave open: the data holds no expansion where no Kamerstuk spells the abbreviation out, and the
 * UI says so instead of guessing a name.
 */
import type { Term } from '../../data/schema';
import type { UiLanguage } from '../i18n/language';
import { SESSION_MESSAGES } from '../i18n/session-messages';

export function termName(term: Pick<Term, 'expansion'>, lang: UiLanguage): string {
  return term.expansion?.[lang] ?? SESSION_MESSAGES[lang].inPage_notSpelledOut;
}

/** A concept's name (`nationaal kader`), falling back to the term as written. */
export function conceptName(term: Pick<Term, 'expansion' | 'acronym'>, lang: UiLanguage): string {
  return term.expansion?.[lang] ?? term.acronym;
}
