/**
 * Dutch spellings of whole numbers, so a provenance check can find "circa twaalf" for 12.
 * Covers 0–999, which is every count the Kamerstukken spell out.
 */
const UNITS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = [
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
];
const TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

function spellBelowHundred(n: number): string {
  if (n < 10) return UNITS[n] as string;
  if (n < 20) return TEENS[n - 10] as string;
  const unit = n % 10;
  const tens = TENS[Math.floor(n / 10)] as string;
  if (unit === 0) return tens;
  const unitWord = unit === 1 ? 'een' : (UNITS[unit] as string);
  // "tweeëntwintig": a diaeresis where the unit ends in e.
  const joiner = unitWord.endsWith('e') ? 'ën' : 'en';
  return `${unitWord}${joiner}${tens}`;
}

function spell(n: number): string {
  if (n < 100) return spellBelowHundred(n);
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 1 ? 'honderd' : `${UNITS[hundreds]}honderd`;
  return rest === 0 ? head : `${head}${spellBelowHundred(rest)}`;
}

/** Every way the seeds may write `n` in words, lower case (one = één / een / €én-free forms). */
export function dutchNumberWords(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > 999) return [];
  const word = spell(n);
  const variants = new Set([word, word.replace(/ë/gu, 'e'), word.replace(/ë/gu, 'é')]);
  if (n === 1) variants.add('een');
  return [...variants];
}

/** True if `text` writes `n` as digits or as a Dutch word, on word boundaries. */
export function textStatesNumber(text: string, n: number): boolean {
  const digits = new RegExp(`(?<![\\d.,])${n}(?![\\d])`, 'u');
  if (digits.test(text)) return true;
  const lower = text.toLowerCase();
  return dutchNumberWords(n).some((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(lower));
}
