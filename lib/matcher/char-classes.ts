/**
 * Character classes the matcher decides boundaries and folding with. They work on UTF-16 code
 * units (what `charCodeAt` gives) with an ASCII fast path, because the scan touches every
 * character of the page and must stay fast on a megabyte of text.
 */

export const SPACE = 0x20;
export const APOSTROPHE = 0x27;
export const HYPHEN = 0x2d;

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const UPPERCASE = /^\p{Lu}$/u;

/**
 * ASCII tables: most characters of a page are ASCII, and the scan reads these inline instead of
 * calling a function per character. ASCII_WORD: 1 for letters and digits. ASCII_FOLD: the folded key
 * (lowercase; backtick read as apostrophe). ASCII_SPACE: 1 for space, tab and line breaks.
 */
export const ASCII_WORD = new Uint8Array(128);
export const ASCII_FOLD = new Uint16Array(128);
export const ASCII_SPACE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  ASCII_FOLD[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c === 0x60 ? 0x27 : c;
  ASCII_SPACE[c] = c === 0x20 || (c >= 0x09 && c <= 0x0d) ? 1 : 0;
}

const wordCache = new Map<number, boolean>();

/** Letters, digits and combining marks (\p{L}\p{N}\p{M}) make words; everything else separates them. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let known = wordCache.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    wordCache.set(cp, known);
  }
  return known;
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether the character at `i` is part of a word; either half of a surrogate pair answers for the pair. */
export function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (isHighSurrogate(c)) return isWordCodePoint(text.codePointAt(i) ?? c);
  if (isLowSurrogate(c)) {
    return i > 0 && isHighSurrogate(text.charCodeAt(i - 1)) && isWordCodePoint(text.codePointAt(i - 1) ?? c);
  }
  return isWordCodePoint(c);
}

export function isUppercaseAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 0x41 && c <= 0x5a;
  const start = isLowSurrogate(c) && i > 0 ? i - 1 : i;
  return UPPERCASE.test(String.fromCodePoint(text.codePointAt(start) ?? c));
}

/**
 * Invisible characters that may sit inside a word without ending it: soft hyphen (U+00AD), zero-width
 * space and (non-)joiners (U+200B–U+200D), word joiner (U+2060) and BOM (U+FEFF). The matcher steps over
 * them, so 'EUNAV\u00ADFOR' reads as 'EUNAVFOR'.
 */
export function isIgnorable(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/**
 * Whitespace of any width, including line breaks and the no-break spaces (U+00A0, U+202F) typesetters
 * put between an acronym and its name: a run of it matches the single space of an alias.
 */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Typographic apostrophes (’ ‘ ʼ ′ ` ´ ＇) read as ASCII '. */
export function isApostropheVariant(c: number): boolean {
  return c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x2032 || c === 0x60 || c === 0xb4 || c === 0xff07;
}

/**
 * Typographic hyphens (‐ ‑ ‒ – − ﹣ －) read as ASCII -. The em dash is left out on purpose: it separates
 * clauses, never the parts of a name.
 */
export function isHyphenVariant(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2013) || c === 0x2212 || c === 0xfe63 || c === 0xff0d;
}

/** A code unit with typographic variants replaced by their ASCII form; case kept. */
export function normalizeCodeUnit(c: number): number {
  if (c < 128 && c !== 0x60) return c;
  if (isApostropheVariant(c)) return APOSTROPHE;
  if (isHyphenVariant(c)) return HYPHEN;
  return c;
}

const lowerCache = new Map<number, number>();

/**
 * The key a code unit is looked up with: typographic variants replaced and lowercased. Characters whose
 * lowercase has another length (İ → i̇) stay as they are, so folding never shifts an offset.
 */
export function foldCodeUnit(c: number): number {
  if (c < 128) return c >= 0x41 && c <= 0x5a ? c + 32 : c === 0x60 ? APOSTROPHE : c;
  const normalized = normalizeCodeUnit(c);
  if (normalized !== c) return normalized;
  let lower = lowerCache.get(c);
  if (lower === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    lower = s.length === 1 ? s.charCodeAt(0) : c;
    lowerCache.set(c, lower);
  }
  return lower;
}
