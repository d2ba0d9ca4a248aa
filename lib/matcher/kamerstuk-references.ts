/**
 * Pure: references to Kamerstukken in running text, as the Kamerstukken themselves write them —
 * `Kamerstuk 29521, nr. 493`, `Kamerstuk 29 521 nr.440`, `Kamerstuk 21 501-02, nr. 3003`,
 * `Kamerstukken II 2024/25, 29 521, nr. 492`, or bare in brackets, `(36 471 nr. 96, d.d. …)`.
 *
 * A reference needs its `nr.`: a dossier number alone (`Kamerstuk 33 763`), an amount
 * (`29 521 euro`) or a page number is no reference. Forms that do not say which document they
 * mean are left alone: several dossiers for one number (`Kamerstukken 33 694 en 29 521, nr. 9`),
 * several numbers (`nrs. 611 en 612`), and a number joined by a hyphen (`29521-446`), which reads
 * the same as a sub-dossier (`21501-02`).
 */

export type KamerstukReference = {
  /** UTF-16 offsets into the text; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Digits without spaces, a sub-dossier or chapter kept after a hyphen: `29521`, `21501-02`, `35925-X`. */
  dossier: string;
  number: string;
  /** The parliamentary year where the reference gives one (`2024/25`), else null. */
  year: string | null;
};

const HYPHEN = '[-\u2010\u2011\u2013]';
/** A five-digit dossier, written `29521` or `29 521`, with a sub-dossier (`-02`) or a budget chapter (`X`). */
const DOSSIER = `(?<digits>\\d{2}\\s*\\d{3})(?:\\s*${HYPHEN}\\s*(?<sub>\\d{2}))?(?:\\s*${HYPHEN}?\\s*(?<chapter>[IVX]{1,4}|[A-Z])(?![\\p{L}\\p{N}]))?`;
/** `Kamerstuk`, `Kamerstukken II 2024/25,`, `Kamerstuk nr.`: what may stand before the dossier. */
const PREFIX = `(?<prefix>[Kk]amerstuk(?:ken)?(?:\\s+I{1,2})?(?:\\s+(?<year>\\d{4}(?:\\s*[/\\-\u2013]\\s*\\d{2,4})?))?\\s*,?\\s*(?:nr\\.?\\s*)?)`;
const NUMBER = `\\s*,?\\s*[Nn]r\\.?\\s*(?<number>\\d{1,5})(?![\\p{L}\\p{N}])`;

// A reference starts with K, k or a digit: saying so first lets the regexp engine skip other
// places before it tests the lookbehind (a quarter of the time on a Kamerstuk's paragraphs).
const REFERENCE = new RegExp(`(?=[Kk0-9])(?<![\\p{L}\\p{N}])(?:${PREFIX})?${DOSSIER}${NUMBER}`, 'gu');

/** Before a bare dossier: another dossier and `en` (or a comma): one number for several dossiers. */
const OTHER_DOSSIER_BEFORE = /\d{3}\s*(?:en|,|&)\s*$/u;
/** Before a bare dossier: a digit and one space or separator, so the dossier is the tail of a longer number. */
const NUMBER_BEFORE = /\d[\s.,]?$/u;

/** Every Kamerstuk reference in `text`, in order. */
export function findKamerstukReferences(text: string): KamerstukReference[] {
  return referencesIn(text, 0, text.length);
}

/** The references in text.slice(from, to), with offsets into `text`; `from` and `to` are cuts (referenceCuts). */
function referencesIn(text: string, from: number, to: number): KamerstukReference[] {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  // Most text has no `nr`: one cheap search spares the expression.
  if (!part.includes('nr') && !part.includes('Nr')) return [];
  const found: KamerstukReference[] = [];
  for (const m of part.matchAll(REFERENCE)) {
    const groups = m.groups as Record<string, string | undefined>;
    const start = from + m.index;
    if (!groups.prefix) {
      const before = text.slice(Math.max(0, start - 24), start);
      if (OTHER_DOSSIER_BEFORE.test(before) || NUMBER_BEFORE.test(before)) continue;
    }
    const digits = (groups.digits as string).replace(/\s+/gu, '');
    const suffix = groups.sub ?? groups.chapter;
    found.push({
      start,
      end: start + m[0].length,
      text: m[0],
      dossier: suffix ? `${digits}-${suffix}` : digits,
      number: groups.number as string,
      year: groups.year ? groups.year.replace(/\s+/gu, '') : null,
    });
  }
  return found;
}

/**
 * A character no reference can hold, and no letter or digit (the expression reads letters,
 * digits, whitespace, `,./` and hyphens): no reference spans a cut at one, and where the
 * expression looks one character past a piece's end, it sees no letter or digit there either.
 */
const OUTSIDE_REFERENCES = /[^\p{L}\p{N}\s,./\-\u2010\u2011\u2013]/u;

/**
 * Offsets at which `text` can be cut into pieces of about `size` characters (or more, where no
 * character outside any reference is near), each piece's references being exactly the whole
 * text's that start in it. First 0, last text.length.
 */
export function referenceCuts(text: string, size: number): number[] {
  const cuts = [0];
  let at = size;
  while (at < text.length) {
    while (at < text.length && !OUTSIDE_REFERENCES.test(text.charAt(at))) at++;
    if (at >= text.length) break;
    cuts.push(at);
    at += size;
  }
  cuts.push(text.length);
  return cuts;
}

/**
 * The references of a long text a piece at a time (so the search can be spread over slices: one
 * search of a 1 MB text took 25–90 ms); together, in order, what findKamerstukReferences gives.
 */
export function* findKamerstukReferencesInPieces(text: string, size = 16_384): Generator<KamerstukReference[]> {
  const cuts = referenceCuts(text, size);
  for (let i = 1; i < cuts.length; i++) yield referencesIn(text, cuts[i - 1] as number, cuts[i] as number);
}
