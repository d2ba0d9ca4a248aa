/**
 * How an acronym or alias may be written inside a longer selection, so that "Explain" finds
 * `UNIFIL` and `Unifil` in a sentence but does not take its `is` for the glossary's IS. Pure.
 */

/** From the dataset: `exact` as written, `capitalized` also with one capital per word, `insensitive` any case. */
export type CaseRule = 'exact' | 'capitalized' | 'insensitive';

/** The acronym or alias as written (`UNIFIL`), with one capital per word (`Unifil`), and its rule. */
export type WrittenForm = { compact: string; oneCapital: string; rule: CaseRule };

/** The words of a text with their case kept, diacritics dropped: `EU-NAVFOR (Atalanta)` → `EU`, `NAVFOR`, `Atalanta`. */
export function casePreservingWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

export function writtenForm(text: string, rule: CaseRule): WrittenForm {
  const words = casePreservingWords(text);
  return {
    compact: words.join(''),
    oneCapital: words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(''),
    rule,
  };
}

/** Whether `written` (words joined, case kept) is a way the dataset allows this form to be written. */
export function mayBeWrittenAs(form: WrittenForm, written: string): boolean {
  if (form.rule === 'insensitive' || form.compact === written) return true;
  // `capitalized`: also with one capital per word, as Dutch news writes Unifil and Minusma.
  return form.rule === 'capitalized' && form.oneCapital === written;
}
