/**
 * What a glossary abbreviation stands for, in the reader's language, or what the Kamerstukken
 * leave open: the data holds no expansion where no Kamerstuk spells the abbreviation out, and the
 * UI says so instead of guessing a name.
 */
import type { Term } from '../../data/schema';
import { CARD_MESSAGES, type UiLanguage } from '../i18n/card-messages';

export function termName(term: Pick<Term, 'expansion'>, lang: UiLanguage): string {
  return term.expansion?.[lang] ?? CARD_MESSAGES[lang].inPage_notSpelledOut;
}

/** A concept's name (`nationaal kader`), falling back to the term as written. */
export function conceptName(term: Pick<Term, 'expansion' | 'acronym'>, lang: UiLanguage): string {
  return term.expansion?.[lang] ?? term.acronym;
}
