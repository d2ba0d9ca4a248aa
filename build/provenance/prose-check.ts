/**
 * The prose rule: a mission's summary, Dutch contribution and status note, and a glossary term's
 * expansion and explanation (nl and en) may state nothing the quotes of that entry do not state.
 *
 * For each prose field it checks every number (digits, Dutch and English number words), year,
 * resolution number, acronym and proper noun (a capitalised word that does not start a sentence):
 * it must occur in the entry's quotes (case, whitespace and number words normalised), or belong to
 * the name, acronym or an alias of a mission or glossary term, or the title of a cited Kamerstuk
 * (or the word Kamerstuk itself), or (English only) translate a word
 * the quotes contain. The English must name the same numbers as the Dutch. A Dutch
 * sentence whose content words barely overlap every quote of its entry is reported too.
 *
 * Exceptions live in one allow-list (data/prose-allow.json), each with its reason; an exception
 * that no longer matches anything is reported as stale. Pure: no I/O.
 */
import { z } from 'zod';
import type { Localized, Mission, SourceRef, Term } from '../../data/schema';
import type { Dataset } from '../dataset/validate-dataset';
import { dutchMonthName } from './dutch-dates';
import { textStatesNumber } from './dutch-numbers';
import { noContributionText } from './no-contribution';
import { normalizeWhitespace } from './normalize-text';

export const PROSE_FIELDS = {
  mission: ['summary', 'dutchContribution', 'statusNote'],
  term: ['expansion', 'explanation'],
} as const;

/** A sentence whose best quote shares fewer of its content words than this is reported. */
export const MIN_OVERLAP = 0.34;
/** Sentences with fewer content words than this are too short to judge by overlap. */
export const MIN_CONTENT_WORDS = 4;

const allowEntrySchema = z.object({
  /** `mission:<id>` or `term:<id>`. */
  entry: z.string().regex(/^(mission|term):[a-z0-9-]+$/),
  /** `summary.nl`, `explanation.en`, … */
  field: z.string().regex(/^[a-zA-Z]+\.(nl|en)$/),
  /** `token`: a word or number as the prose writes it; `sentence`: the start of a sentence. */
  kind: z.enum(['token', 'sentence']),
  text: z.string().min(1),
  reason: z.string().min(10),
});

export const proseAllowFileSchema = z.object({
  /** English words the quotes write in Dutch: `Lebanon` for `Libanon`. */
  translations: z.array(z.object({ en: z.string().min(2), nl: z.array(z.string().min(2)).min(1) })),
  allow: z.array(allowEntrySchema),
});

export type ProseAllowFile = z.infer<typeof proseAllowFileSchema>;
export type ProseAllowEntry = z.infer<typeof allowEntrySchema>;

export type ProseFinding = {
  entry: string;
  field: string;
  kind: 'token' | 'sentence' | 'translation' | 'wording';
  text: string;
  message: string;
};

const EN_NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

const NL_UNITS: Record<string, number> = {
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
};
const NL_SMALL: Record<string, number> = {
  ...NL_UNITS,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
};

/** The value of a Dutch number word (`twaalf`, `tweeëntwintig`), or undefined. `een` is an article. */
export function dutchWordValue(word: string): number | undefined {
  if (word.toLowerCase() === 'een') return undefined;
  const w = word.toLowerCase().replace(/[ëé]/gu, 'e');
  const plain = Object.fromEntries(Object.entries(NL_SMALL).map(([k, v]) => [k.replace(/[ëé]/gu, 'e'), v]));
  if (w in plain) return plain[w];
  const compound =
    /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/u.exec(
      w,
    );
  if (compound) {
    const unit = compound[1] === 'een' ? 1 : (plain[compound[1] as string] as number);
    return unit + (plain[compound[2] as string] as number);
  }
  return undefined;
}

export type ProseToken = { kind: 'number' | 'name'; text: string; value?: number };

const WORD =
  /\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+[.,]\d{1,2}(?!\d)|[\p{L}\p{N}][\p{L}\p{N}'’\-/]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Splits prose into sentences: a stop followed by a space and a capital or digit. */
export function splitSentences(text: string): string[] {
  return normalizeWhitespace(text)
    .split(/(?<=[.!?;]["”’)]?)\s+(?=[\p{Lu}\p{N}"“(])/u)
    .filter((s) => s.length > 0);
}

function isAcronym(word: string): boolean {
  return (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || /\d/u.test(word);
}

/**
 * The tokens a sentence must justify: numbers (digits anywhere; number words) and names (acronyms
 * anywhere; a capitalised word unless it starts the sentence or follows an opening bracket or colon).
 */
export function proseTokens(sentence: string, lang: 'nl' | 'en'): ProseToken[] {
  const tokens: ProseToken[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const index = match.index ?? 0;
    const word = match[0];
    const decimal = /^\d+[.,]\d{1,2}$/u.test(word);
    const enCompound = lang === 'en' ? englishCompoundValue(word) : undefined;
    if (decimal) {
      tokens.push({ kind: 'number', text: word, value: Number(word.replace(',', '.')) });
      continue;
    }
    if (enCompound !== undefined) {
      tokens.push({ kind: 'number', text: word, value: enCompound });
      continue;
    }
    const parts = splitCompound(word);
    for (const part of parts) {
      const token = wordToken(part.word, lang, part.first && isSentenceStart(sentence, index), parts.length > 1);
      if (token) tokens.push(...token);
    }
  }
  return tokens;
}

function isSentenceStart(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index).trimEnd();
  return before === '' || /[:("“‘—–-]$/u.test(before);
}

/** `NAVO-missie` → NAVO, missie; `C-130` stays one; `MINUSMA's`, `VPDs` → MINUSMA, VPD. */
function splitCompound(word: string): { word: string; first: boolean }[] {
  const parts = /^\p{Lu}-\d+$/u.test(word) ? [word] : word.split(/[-/]/u);
  return parts
    .filter((p) => p.length > 0)
    .map((p, i) => ({ word: p.replace(/(?<=\p{Lu})(['’]?s)$|['’]s$/u, ''), first: i === 0 }));
}

/** `twenty-one` → 21. */
function englishCompoundValue(word: string): number | undefined {
  const m =
    /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/u.exec(
      word.toLowerCase(),
    );
  if (!m) return undefined;
  const unit = m[2] === 'one' ? 1 : (EN_NUMBER_WORDS[m[2] as string] as number);
  return (EN_NUMBER_WORDS[m[1] as string] as number) + unit;
}

/**
 * English number words count unless capitalised inside a sentence (`Indo-Pacific Four`, a name) or
 * part of a compound (`two-state solution`).
 */
function wordToken(word: string, lang: 'nl' | 'en', atStart: boolean, inCompound: boolean): ProseToken[] | undefined {
  const tokens: ProseToken[] = [];
  {
    for (const digits of word.match(/\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+/gu) ?? []) {
      tokens.push({ kind: 'number', text: digits, value: Number(digits.replace(/[.,]/gu, '')) });
    }
    if (/^(?:\d{1,3}(?:[.,]\d{3})+|\d+)$/u.test(word)) return tokens;
    const lower = word.toLowerCase();
    const englishName = lang === 'en' && (inCompound || (/^\p{Lu}/u.test(word) && !atStart));
    const wordValue = lang === 'nl' ? dutchWordValue(lower) : englishName ? undefined : EN_NUMBER_WORDS[lower];
    if (wordValue !== undefined) {
      tokens.push({ kind: 'number', text: word, value: wordValue });
      return tokens;
    }
    if (word.length < 2 || (/\d/u.test(word) && !/\p{L}{2}/u.test(word))) return tokens;
    if (isAcronym(word) || (/^\p{Lu}/u.test(word) && !atStart)) tokens.push({ kind: 'name', text: word });
  }
  return tokens;
}

const STOPWORDS = new Set(
  (
    'de het een en van in op te voor met aan door als dat die dit deze is zijn was waren wordt worden werd ' +
    'naar om bij uit tot ook of maar niet nog wel dan over onder zo er hun haar hem zich al meer ' +
    'the a an and of in on to for with at by as that this these is are was were be been from or ' +
    'but not also its it their which who into than has have had will'
  ).split(' '),
);

/** Lower-case content words of at least four letters, not stopwords; compounds split at hyphens. */
export function contentWords(text: string): string[] {
  return (
    normalizeWhitespace(text)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  ).filter((w) => w.length >= 4 && !STOPWORDS.has(w));
}

function stem(word: string): string {
  return word.slice(0, 5);
}

/** Share of the sentence's content words whose stem occurs among the quote's words. */
export function overlapRatio(sentence: string, quote: string): number {
  const words = contentWords(sentence);
  if (words.length === 0) return 1;
  const quoteStems = new Set(contentWords(quote).map(stem));
  return words.filter((w) => quoteStems.has(stem(w))).length / words.length;
}

const EN_MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** How prose may name a cited document's date: `4 april 2025`, `april 2025`, `4 April 2025`, `May 2025`. */
export function documentDatePhrases(iso: string): string[] {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return [];
  const months = [dutchMonthName(month), EN_MONTHS[month - 1] as string];
  return months.flatMap((m) => (day === undefined ? [`${m} ${year}`] : [`${day} ${m} ${year}`, `${m} ${year}`]));
}

function foldE(text: string): string {
  return text.replace(/[ëé]/gu, 'e').replace(/[ËÉ]/gu, 'E');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function containsWord(haystack: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(haystack);
}

function startsWord(haystack: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word.toLowerCase())}`, 'u').test(haystack);
}

/** `Nederlandse` for a quote's `Nederland`, `Israëlische` for `Israël`: a proper noun's inflection. */
function sharesStem(haystack: string, word: string): boolean {
  if (isAcronym(word) || word.length < 6) return false;
  const stemmed = word.toLowerCase().slice(0, Math.max(5, word.length - 5));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(stemmed)}`, 'u').test(haystack);
}

/** Removes every name (longest first) from the sentence, so its words are not checked one by one. */
function withoutNames(sentence: string, names: string[]): string {
  let out = sentence;
  for (const name of names) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'), (m) =>
      ' '.repeat(m.length),
    );
  }
  return out;
}

type ProseEntry = {
  key: string;
  quotes: string[];
  /** The documents the entry cites: their dates (from data/sources.json) may be named. */
  docs: string[];
  ownNames: string[];
  fields: { field: string; text: Localized }[];
};

function missionQuotes(m: Mission): SourceRef[] {
  return [
    ...m.statusSources,
    ...m.basis,
    ...[...m.legalBasis, ...m.internationalMandateEnd, ...m.nationalFramework, ...m.deployed].flatMap((f) => f.sources),
  ];
}

function entries(dataset: Dataset): ProseEntry[] {
  const missions = dataset.missions.map(
    (m): ProseEntry => ({
      key: `mission:${m.id}`,
      quotes: missionQuotes(m).map((r) => r.quote),
      docs: missionQuotes(m).map((r) => r.doc),
      ownNames: [m.name.nl, m.name.en],
      // A mission without a Dutch contribution says so in a fixed sentence (noContributionFindings).
      fields: PROSE_FIELDS.mission.flatMap((f) =>
        m[f] && !(f === 'dutchContribution' && m.status === 'none') ? [{ field: f, text: m[f] as Localized }] : [],
      ),
    }),
  );
  const terms = dataset.terms.map(
    (t: Term): ProseEntry => ({
      key: `term:${t.id}`,
      quotes: t.sources.map((r) => r.quote),
      docs: t.sources.map((r) => r.doc),
      ownNames: [],
      fields: PROSE_FIELDS.term.flatMap((f) => {
        const text = t[f];
        return text ? [{ field: f, text }] : [];
      }),
    }),
  );
  return [...missions, ...terms];
}

/** Every name of every entry: mission acronyms, aliases and names; glossary acronyms. Longest first. */
export function knownNames(dataset: Dataset): string[] {
  const names = new Set<string>();
  for (const m of dataset.missions) {
    names.add(m.acronym);
    for (const a of m.aliases) names.add(a.text);
  }
  for (const t of dataset.terms) names.add(t.acronym);
  return [...names].sort((a, b) => b.length - a.length);
}

/** Text users read that speaks of the project's source files instead of the Kamerstukken. */
export function wordingFindings(dataset: Dataset): ProseFinding[] {
  const findings: ProseFinding[] = [];
  const visit = (value: unknown, path: string, entry: string) => {
    if (typeof value === 'string') {
      if (/\bseeds?\b|\.txt\b/iu.test(value) && !/\.(doc|quote|where|rowLabel|reading)$/u.test(path))
        findings.push({
          entry,
          field: path,
          kind: 'wording',
          text: value,
          message: 'text users read names the Kamerstuk, not "seeds"',
        });
      return;
    }
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, `${path}[${i}]`, entry);
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if (k === 'doc' || k === 'quote' || k === 'reading' || k === 'where' || k === 'rowLabel') continue;
        visit(v, path ? `${path}.${k}` : k, entry);
      }
  };
  for (const m of dataset.missions) visit(m, '', `mission:${m.id}`);
  for (const t of dataset.terms) visit(t, '', `term:${t.id}`);
  visit(dataset.notes, '', 'notes');
  visit(
    dataset.documents.map((d) => ({ title: d.title, dateNote: d.dateNote, period: d.period })),
    '',
    'sources',
  );
  return findings;
}

/** A mission the Kamerstukken name without a Dutch contribution says exactly that, in the fixed sentence. */
export function noContributionFindings(dataset: Dataset): ProseFinding[] {
  return dataset.missions.flatMap((m) => {
    if (m.status !== 'none') return [];
    const expected = noContributionText(m.acronym);
    return (['nl', 'en'] as const).flatMap((lang) =>
      m.dutchContribution[lang] === expected[lang]
        ? []
        : [
            {
              entry: `mission:${m.id}`,
              field: `dutchContribution.${lang}`,
              kind: 'wording' as const,
              text: m.dutchContribution[lang],
              message: `a mission without a Dutch contribution says so as "${expected[lang]}"`,
            },
          ],
    );
  });
}

/** Checks every prose field; returns what the allow-list does not cover, plus stale exceptions. */
export function checkProse(dataset: Dataset, allowFile: ProseAllowFile): ProseFinding[] {
  const names = knownNames(dataset);
  const translations = new Map<string, string[]>();
  for (const m of dataset.missions)
    for (const c of m.countries) translations.set(c.en.toLowerCase(), [c.nl, ...(translations.get(c.en) ?? [])]);
  for (const t of allowFile.translations) translations.set(t.en.toLowerCase(), t.nl);

  const raw: ProseFinding[] = [];
  for (const entry of entries(dataset)) {
    // 000 writes ë as é (Libié): both sides are compared without the diaeresis or acute on e.
    const quoteText = foldE(normalizeWhitespace(entry.quotes.join(' \n ')).toLowerCase()).replace(
      /(?<=\d)[.,](?=\d{3}(?!\d))/gu,
      '',
    );
    const cited = dataset.documents.filter((d) => entry.docs.includes(d.doc));
    const documentWords = `kamerstuk kamerstukken ${cited
      .map((d) => `${d.title.nl} ${d.title.en} ${d.period?.nl ?? ''} ${d.period?.en ?? ''}`)
      .join(' ')}`.toLowerCase();
    // A cited document's year and the years of its reporting period may be named.
    const docYears = new Set(
      cited.flatMap((d) => [d.date, d.period?.nl ?? ''].flatMap((t) => (t.match(/\d{4}/gu) ?? []).map(Number))),
    );
    const entryNames = [...names, ...entry.ownNames, ...cited.flatMap((d) => documentDatePhrases(d.date))].sort(
      (a, b) => b.length - a.length,
    );
    for (const { field, text } of entry.fields) {
      const perLang: Record<'nl' | 'en', ProseToken[]> = { nl: [], en: [] };
      for (const lang of ['nl', 'en'] as const) {
        const fieldName = `${field}.${lang}`;
        for (const sentence of splitSentences(text[lang])) {
          const tokens = proseTokens(withoutNames(sentence, entryNames), lang);
          perLang[lang].push(...proseTokens(sentence, lang).filter((t) => t.kind === 'number'));
          for (const token of tokens) {
            if (token.kind === 'number') {
              const value = token.value as number;
              const stated = Number.isInteger(value)
                ? textStatesNumber(quoteText, value) || docYears.has(value)
                : quoteText.includes(String(value).replace('.', ','));
              if (!stated)
                raw.push({
                  entry: entry.key,
                  field: fieldName,
                  kind: 'token',
                  text: token.text,
                  message: `number ${token.text} is in no quote of this entry`,
                });
              continue;
            }
            if (containsWord(quoteText, foldE(token.text)) || sharesStem(quoteText, foldE(token.text))) continue;
            if (containsWord(documentWords, token.text)) continue;
            const dutch = lang === 'en' ? translations.get(token.text.toLowerCase()) : undefined;
            // The Dutch word may be the start of one in the quote: Nederland in Nederlandse, artikel in artikel-100.
            if (dutch?.some((d) => startsWord(quoteText, foldE(d)))) continue;
            raw.push({
              entry: entry.key,
              field: fieldName,
              kind: 'token',
              text: token.text,
              message: `"${token.text}" is in no quote of this entry and names no mission or term`,
            });
          }
          if (lang === 'nl' && contentWords(sentence).length >= MIN_CONTENT_WORDS) {
            const best = Math.max(0, ...entry.quotes.map((q) => overlapRatio(sentence, q)));
            if (best < MIN_OVERLAP)
              raw.push({
                entry: entry.key,
                field: fieldName,
                kind: 'sentence',
                text: sentence,
                message: `sentence shares only ${Math.round(best * 100)}% of its content words with its best quote`,
              });
          }
        }
      }
      const nlNumbers = new Set(perLang.nl.filter((t) => t.kind === 'number').map((t) => t.value));
      const enNumbers = new Set(perLang.en.filter((t) => t.kind === 'number').map((t) => t.value));
      // `één` has no counterpart among the English number words (`one` is also a pronoun).
      for (const [a, b, lang] of [
        [nlNumbers, enNumbers, 'en'],
        [enNumbers, nlNumbers, 'nl'],
      ] as const)
        for (const value of a as Set<unknown>)
          if (value !== 1 && !(b as Set<unknown>).has(value))
            raw.push({
              entry: entry.key,
              field: `${field}.${lang}`,
              kind: 'translation',
              text: String(value),
              message: `${String(value)} is in the ${lang === 'en' ? 'Dutch' : 'English'} text but not in the ${lang === 'en' ? 'English' : 'Dutch'}`,
            });
    }
  }
  raw.push(...wordingFindings(dataset));
  raw.push(...noContributionFindings(dataset));

  const used = new Set<ProseAllowEntry>();
  const open = raw.filter((finding) => {
    const exception = allowFile.allow.find(
      (a) =>
        a.entry === finding.entry &&
        a.field === finding.field &&
        (finding.kind === 'sentence' ? a.kind === 'sentence' && finding.text.startsWith(a.text) : a.kind === 'token') &&
        (finding.kind === 'sentence' || a.text === finding.text),
    );
    if (exception) used.add(exception);
    return !exception;
  });
  for (const a of allowFile.allow)
    if (!used.has(a))
      open.push({
        entry: a.entry,
        field: a.field,
        kind: a.kind,
        text: a.text,
        message: 'allow-list entry matches nothing: remove it',
      });
  return open;
}

export function formatProseFinding(f: ProseFinding): string {
  return `prose › ${f.entry} › ${f.field}: ${f.message}${f.kind === 'sentence' || f.kind === 'wording' ? `: "${f.text}"` : ''}`;
}
