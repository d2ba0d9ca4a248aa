/**
 * The strings the in-page session speaks itself, in Dutch and English: the card's label and what a
 * screen reader hears when the keyboard steps through the page's terms. The content script carries
 * only these; the card's other strings (card-messages.ts, which takes these in) come with the
 * card's interface, loaded when a card first opens.
 */
import type { UiLanguage } from './language';

/** A table with the keys of `T`, each a string or a function to string with the same parameters. */
export type TableLike<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

const nl = {
  inPage_cardLabel: (acronym: string) => `Uitleg bij ${acronym}`,
  inPage_termsOnPage: 'Missies op deze pagina',
  inPage_ambiguous: (stem: string) => `${stem} kan op meerdere missies slaan:`,
  inPage_notSpelledOut: 'niet uitgeschreven in de Kamerstukken',
  inPage_position: (n: number, total: number) => `Term ${n} van ${total} op deze pagina`,
  inPage_referenceName: (dossier: string, number: string) => `Kamerstuk ${dossier}, nr. ${number}`,
  inPage_referenceLabel: (dossier: string, number: string) => `Verwijzing naar Kamerstuk ${dossier}, nr. ${number}`,
} as const;

const en: TableLike<typeof nl> = {
  inPage_cardLabel: (acronym: string) => `About ${acronym}`,
  inPage_termsOnPage: 'Missions on this page',
  inPage_ambiguous: (stem: string) => `${stem} may refer to several missions:`,
  inPage_notSpelledOut: 'not spelled out in the Kamerstukken',
  inPage_position: (n: number, total: number) => `Term ${n} of ${total} on this page`,
  inPage_referenceName: (dossier: string, number: string) => `Kamerstuk ${dossier}, nr. ${number}`,
  inPage_referenceLabel: (dossier: string, number: string) => `Reference to Kamerstuk ${dossier}, nr. ${number}`,
};

export type SessionMessages = TableLike<typeof nl>;

export const SESSION_MESSAGES: Record<UiLanguage, SessionMessages> = { nl, en };
