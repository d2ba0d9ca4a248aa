/**
 * The one folding both the aliases and the page text go through, so that what an editor typed in
 * data/ and what a typesetter put on the page compare equal: invisible characters dropped, whitespace
 * runs read as one space, typographic apostrophes and hyphens read as ASCII. Case is a separate step
 * (`foldCodeUnit`), because acronyms compare case-sensitively and full names do not.
 */
import * as chars from './char-classes';

// Read once into locals: some loaders make every use of an imported binding a getter call.
const { foldCodeUnit, isIgnorable, isSpace, normalizeCodeUnit, SPACE } = chars;

/** Case-preserving normalization of a piece of text (not trimmed: spans of the page go through it too). */
export function normalizeForMatching(text: string): string {
  if (isAlreadyNormal(text)) return text; // the common case: a plain acronym
  let out = '';
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isIgnorable(c)) continue;
    if (isSpace(c)) {
      if (!inSpace) out += ' ';
      inSpace = true;
      continue;
    }
    inSpace = false;
    out += String.fromCharCode(normalizeCodeUnit(c));
  }
  return out;
}

function isAlreadyNormal(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE ? text.charCodeAt(i + 1) === SPACE : isIgnorable(c) || isSpace(c) || normalizeCodeUnit(c) !== c) {
      return false;
    }
  }
  return true;
}

/** An alias as the matcher stores it: normalized and trimmed. */
export function normalizeAlias(text: string): string {
  return normalizeForMatching(text).trim();
}

/** Normalized and lowercased code unit by code unit: the keys of the alias trie. */
export function foldForMatching(text: string): string {
  const normalized = normalizeForMatching(text);
  let out = '';
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charCodeAt(i);
    out += String.fromCharCode(c === SPACE ? c : foldCodeUnit(c));
  }
  return out;
}

/**
 * The one-capital form Dutch news writes pronounceable acronyms in: every word first capital, rest
 * lower ('UNIFIL' → 'Unifil', 'EUCAP Sahel Mali' → 'Eucap Sahel Mali'). For one word this is exactly
 * "first capital, rest lower"; per word keeps the place names of a multi-word acronym capitalised.
 */
export function oneCapitalForm(text: string): string {
  return text
    .split(' ')
    .map((word) => {
      const [first = '', ...rest] = Array.from(word);
      return first.toUpperCase() + rest.join('').toLowerCase();
    })
    .join(' ');
}

/** For country names: also without diacritics, so 'Libië', 'Libie' and 'LIBIË' compare equal. */
export function foldForCountrySearch(text: string): string {
  return normalizeForMatching(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
