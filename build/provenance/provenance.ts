/**
 * Checks that every fact in the dataset can be found in the seeds: each quote occurs verbatim
 * (whitespace aside) in its seed, and the quotes of a fact name the mission and state the value.
 * Pure: the seeds' text is passed in.
 */
import type { Count, Deployed, Mission, NationalFramework, SeedFile, SourceRef } from '../../data/schema';
import type { Dataset } from '../dataset/validate-dataset';
import { textStatesDate } from './dutch-dates';
import { textStatesNumber } from './dutch-numbers';
import { normalizeWhitespace } from './normalize-text';

export type SeedTexts = Record<SeedFile, string>;

export class QuoteIndex {
  private readonly normalized: Map<string, string>;
  constructor(seeds: SeedTexts) {
    this.normalized = new Map(Object.entries(seeds).map(([doc, text]) => [doc, normalizeWhitespace(text)]));
  }
  has(ref: SourceRef): boolean {
    return this.normalized.get(ref.doc)?.includes(normalizeWhitespace(ref.quote)) ?? false;
  }
}

function quoteProblems(where: string, refs: SourceRef[], index: QuoteIndex): string[] {
  const problems: string[] = [];
  for (const ref of refs) {
    if (!index.has(ref)) problems.push(`${where}: quote not found in ${ref.doc}: "${ref.quote}"`);
    if (ref.rowLabel && !ref.quote.includes(ref.rowLabel))
      problems.push(`${where}: rowLabel "${ref.rowLabel}" is not in its quote "${ref.quote}"`);
  }
  return problems;
}

function namesOf(m: Mission): string[] {
  return [m.acronym, ...m.aliases.map((a) => a.text)].map((n) => n.toLowerCase());
}

function mentionsMission(m: Mission, refs: SourceRef[]): boolean {
  const text = normalizeWhitespace(refs.map((r) => r.quote).join(' ')).toLowerCase();
  const labels = refs.flatMap((r) => (r.rowLabel ? [r.rowLabel.toLowerCase()] : []));
  return [...namesOf(m), ...labels].some((name) => text.includes(name));
}

/** Text in which a fact's value must be stated: the quotes plus any declared readings. */
function evidenceText(refs: SourceRef[]): string {
  return normalizeWhitespace(refs.flatMap((r) => [r.quote, r.reading ?? '']).join(' '));
}

/** The row's cells at the end of a Bijlage 2 quote: numbers or `-` ("UNIFIL 1 2 2", "… SOLE - 12 12"). */
const TABLE_ROW_CELLS = /(?:^|\s)(?:\d+|-)(?:\s(?:\d+|-)){2,4}$/u;

/** A source that is a row of a Bijlage 2 table, where an empty cell or `-` means none. */
function isTableRow(ref: SourceRef): boolean {
  return (ref.where?.startsWith('Bijlage 2') ?? false) && TABLE_ROW_CELLS.test(normalizeWhitespace(ref.quote).trim());
}

/** A table's empty cell counts as 0 in its Totaal row. */
const asNumber = (n: number | 'none'): number => (n === 'none' ? 0 : n);

/** The counts of a framework or deployed entry: a number must be in the quotes, a `'none'` needs a table row. */
function countsStated(
  counts: { military: Count; civilPolice: Count; total: Count },
  text: string,
  refs: SourceRef[],
): string[] {
  const missing: string[] = [];
  const { military, civilPolice, total } = counts;
  for (const [key, n] of [
    ['military', military],
    ['civilPolice', civilPolice],
  ] as const) {
    if (typeof n === 'number' && !textStatesNumber(text, n)) missing.push(`${key} ${n}`);
  }
  // A total may be left implicit when it is the sum of the two parts (a table's empty cell counting as 0).
  if (typeof total === 'number' && !textStatesNumber(text, total)) {
    const isSum = military !== null && civilPolice !== null && asNumber(military) + asNumber(civilPolice) === total;
    if (!isSum) missing.push(`total ${total}`);
  }
  if (total === 'none' && (military !== 'none' || civilPolice !== 'none'))
    missing.push("total 'none' (only where both parts are 'none')");
  const none = (['military', 'civilPolice', 'total'] as const).filter((key) => counts[key] === 'none');
  if (none.length > 0 && !refs.some(isTableRow))
    missing.push(`${none.join(', ')} 'none' (a Bijlage 2 table row with an empty cell or '-')`);
  return missing;
}

function frameworkNumbersStated(value: NationalFramework, text: string, refs: SourceRef[]): string[] {
  const missing = countsStated(value, text, refs);
  if (value.until !== null && value.until !== 'ongoing' && !textStatesDate(text, value.until))
    missing.push(`until ${value.until}`);
  for (const end of ['from', 'to'] as const) {
    const date = value.period?.[end];
    if (date !== undefined && !textStatesDate(text, date)) missing.push(`period ${end} ${date}`);
  }
  return missing;
}

/** Digits in a legal basis ("resolutie 2749") must be in the quote; so must "UNCLOS", "51", … */
function legalBasisStated(value: string, text: string): string[] {
  const numbers = value.match(/\d+/gu) ?? [];
  return numbers.filter((n) => !textStatesNumber(text, Number(n))).map((n) => `number ${n}`);
}

export function checkProvenance(dataset: Dataset, seeds: SeedTexts): string[] {
  const index = new QuoteIndex(seeds);
  const problems: string[] = [];

  for (const m of dataset.missions) {
    const at = (field: string) => `mission ${m.id} › ${field}`;
    problems.push(...quoteProblems(at('statusSources'), m.statusSources, index));
    problems.push(...quoteProblems(at('basis'), m.basis, index));
    if (!mentionsMission(m, m.statusSources)) problems.push(`${at('statusSources')}: no quote names the mission`);
    if (!mentionsMission(m, m.basis)) problems.push(`${at('basis')}: no quote names the mission`);

    const check = (
      field: string,
      entries: { value: unknown; sources: SourceRef[] }[],
      missing: (v: never, text: string, refs: SourceRef[]) => string[],
    ) => {
      entries.forEach((entry, i) => {
        const where = at(`${field}[${i}]`);
        problems.push(...quoteProblems(where, entry.sources, index));
        const quotes = entry.sources.map((s) => `"${s.quote}"`).join(' + ');
        if (!mentionsMission(m, entry.sources))
          problems.push(`${where}: the quotes do not name the mission: ${quotes}`);
        const absent = missing(entry.value as never, evidenceText(entry.sources), entry.sources);
        if (absent.length > 0) problems.push(`${where}: the quotes do not state ${absent.join(', ')}: ${quotes}`);
      });
    };
    check('legalBasis', m.legalBasis, (v: string, text) => legalBasisStated(v, text));
    check('internationalMandateEnd', m.internationalMandateEnd, (v: string, text) =>
      v === 'indefinite' || textStatesDate(text, v) ? [] : [`date ${v}`],
    );
    check('nationalFramework', m.nationalFramework, (v: NationalFramework, text, refs) =>
      frameworkNumbersStated(v, text, refs),
    );
    check('deployed', m.deployed, (v: Deployed, text, refs) => countsStated(v, text, refs));
  }

  for (const d of dataset.documents) {
    if (!d.kamerstuk) continue;
    const where = `document ${d.doc} › kamerstuk`;
    problems.push(...quoteProblems(where, d.kamerstuk.sources, index));
    const text = evidenceText(d.kamerstuk.sources);
    if (!text.includes(d.kamerstuk.dossier) || !textStatesNumber(text, Number(d.kamerstuk.number)))
      problems.push(`${where}: the quotes do not state ${d.kamerstuk.dossier}, nr. ${d.kamerstuk.number}`);
  }

  for (const t of dataset.terms) {
    problems.push(...quoteProblems(`term ${t.id} › sources`, t.sources, index));
    if (t.sources.length > 0 && !t.sources.some((s) => s.quote.includes(t.acronym)))
      problems.push(`term ${t.id} › sources: no quote contains "${t.acronym}"`);
  }

  problems.push(
    ...quoteProblems('notes › frameworkVersusDeployed', dataset.notes.frameworkVersusDeployed.sources, index),
  );
  return problems;
}
