/**
 * A mission the Kamerstukken name without any Dutch contribution (status `none`) says so in one
 * fixed sentence, the same for every such mission. It states an absence, which no quote can show,
 * so the prose check holds it to this wording instead of to the quotes. Pure.
 */
import type { Localized } from '../../data/schema';

export function noContributionText(acronym: string): Localized {
  return {
    nl: `De Kamerstukken noemen geen Nederlandse bijdrage aan ${acronym}.`,
    en: `The Kamerstukken name no Dutch contribution to ${acronym}.`,
  };
}
