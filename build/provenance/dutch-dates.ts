/** How the seeds write a (partial) ISO date, so a provenance check can find it in a quote. */
const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

const MONTHS_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

export function dutchMonthName(month: number): string {
  return MONTHS[month - 1] as string;
}

/** True if `text` states the partial date `iso` (`2028`, `2028-06`, `2028-06-30`) in a form the seeds use. */
export function textStatesDate(text: string, iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  const lower = text.toLowerCase().replace(/\s+/gu, ' ');
  if (!lower.includes(String(year))) return false;
  if (month === undefined) return true;
  const mm = String(month).padStart(2, '0');
  const names = [MONTHS[month - 1] as string, MONTHS_SHORT[month - 1] as string];
  if (day === undefined) {
    return (
      names.some((m) => new RegExp(`(?<![\\p{L}])${m}\\.?(?![\\p{L}])`, 'u').test(lower)) ||
      new RegExp(`(?<!\\d)${mm}[-/.]${year}`).test(lower)
    );
  }
  const dd = String(day).padStart(2, '0');
  const numeric = new RegExp(`(?<!\\d)(${dd}|${day})[-/.](${mm}|${month})[-/.]${year}`);
  if (numeric.test(lower)) return true;
  return names.some((m) => new RegExp(`(?<!\\d)${day}(e)? ${m}\\.?(?![\\p{L}])`, 'u').test(lower));
}
