/**
 * Pure: what a screen reader is told of a card: the dialog's label, and what the live region says
 * when it opens (the facts it leads with, after where the keyboard is among the page's terms).
 */
import { termName } from '../format/term-name';
import type { UiLanguage } from '../i18n/language';
import { SESSION_MESSAGES } from '../i18n/session-messages';
import type { LayerView } from './layer-types';

export type TermPosition = { index: number; total: number };

/** The card's accessible name. */
export function cardLabel(view: LayerView, lang: UiLanguage): string {
  const t = SESSION_MESSAGES[lang];
  switch (view.kind) {
    case 'mission':
      return t.inPage_cardLabel(view.mission.acronym);
    case 'list':
      return t.inPage_termsOnPage;
    case 'reference':
      return t.inPage_referenceLabel(view.reference.dossier, view.reference.number);
    case 'stem':
      return t.inPage_cardLabel(view.stem);
    case 'term':
      return t.inPage_cardLabel(view.term.acronym);
    default:
      return t.inPage_cardLabel('');
  }
}

/** What the live region says when the card opens; from the keyboard, where it stands first. */
export function cardAnnouncement(view: LayerView, lang: UiLanguage, position?: TermPosition): string {
  const said = announcement(view, lang);
  return position ? `${SESSION_MESSAGES[lang].inPage_position(position.index, position.total)}. ${said}` : said;
}

function announcement(view: LayerView, lang: UiLanguage): string {
  switch (view.kind) {
    case 'mission':
      return `${view.mission.acronym}: ${view.mission.name[lang]}. ${view.mission.summary[lang]}`;
    case 'term':
      return `${view.term.acronym}: ${termName(view.term, lang)}. ${view.term.explanation[lang]}`;
    case 'stem':
      return SESSION_MESSAGES[lang].inPage_ambiguous(view.stem);
    case 'reference': {
      const { dossier, number, title } = view.reference;
      const name = SESSION_MESSAGES[lang].inPage_referenceName(dossier, number);
      return title ? `${name}: ${title[lang]}` : name;
    }
    default:
      return '';
  }
}
