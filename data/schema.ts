/**
 * The one definition of Missiewijzer's dataset. Every type used elsewhere is
 * derived from these schemas with `z.infer`; nothing is declared twice.
 *
 * Every fact carries its sources: a seed file and a verbatim quote from it.
 */
import { z } from 'zod';

export const SEED_FILES = [
  '000_da575aca147779fa.txt',
  '001_538d6e1628be61ba.txt',
  '002_5e9d0aff90d9eb0c.txt',
  '003_8869f228b444c97d.txt',
  '004_f473ee7f7c9a3f46.txt',
] as const;

export const seedFileSchema = z.enum(SEED_FILES);

/** `2017`, `2025-05` or `2025-04-04`: as precise as the texts are, never more. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const localizedSchema = z.object({
  nl: z.string().min(1),
  en: z.string().min(1),
});

export const sourceRefSchema = z.object({
  doc: seedFileSchema,
  /** Verbatim from the seed; only whitespace may differ. */
  quote: z.string().min(8),
  /** Where in the document: "Bijlage 1", "antwoord 11", "tekst"… Helps a reader find it. */
  where: z.string().min(1).optional(),
  /** The label the quote uses for the mission where it is none of its aliases (a table row: `OCS`). */
  rowLabel: z.string().min(1).optional(),
  /** How a garbled quote is read, stated openly: `26612 = 266 with footnote 12`. */
  reading: z.string().min(1).optional(),
});

/** One value of a fact as one or more sources state it at one moment. */
export function sourcedValue<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    asOf: partialDateSchema,
    sources: z.array(sourceRefSchema).min(1),
    /** Why this value differs from a neighbour (correction, table versus text, …). */
    note: localizedSchema.optional(),
  });
}

/** Newest first. Several entries of the same date are allowed (table versus text). */
export function sourcedHistory<T extends z.ZodType>(value: T) {
  return z.array(sourcedValue(value));
}

export const legalBasisSchema = z.string().min(2);

/** An ISO date, or `indefinite` where the texts say the mandate has no end date. */
export const mandateEndSchema = z.union([partialDateSchema, z.literal('indefinite')]);

export const qualifierSchema = z.enum(['exact', 'circa', 'max']);

/**
 * A head count (military, civil/police or total) as the source gives it:
 * - a number, as written (`0` where the source writes 0);
 * - `'none'`: the source's table (Bijlage 2 of a progress report) leaves this column's cell empty
 *   or writes `-`, which means none in this category (the table's Totaal row counts it as 0);
 * - `null`: not stated: the source gives no figure for this category at all (a passage of text that
 *   names only military, or only a total).
 * A `'none'` must come from a cited table row; the data checks verify that and the cell it rests on.
 */
export const countSchema = z.union([z.number().int().nonnegative(), z.literal('none'), z.null()]);

/**
 * The time a framework value applies to, as its quotes state it: the plan a letter sets out (`2025` to
 * `2028-06`), the period a progress report covers (`2024-05` to `2025-04`). Either end may be unknown.
 */
export const frameworkPeriodSchema = z
  .object({ from: partialDateSchema.optional(), to: partialDateSchema.optional() })
  .refine((p) => p.from !== undefined || p.to !== undefined, 'a period needs from, to or both');

export const nationalFrameworkSchema = z.object({
  military: countSchema,
  civilPolice: countSchema,
  /**
   * The framework's size; Bijlage 2 has no framework total, so from a table row it is the sum of the
   * two parts (`'none'` only where both parts are). Where a text names only a total, the parts are null.
   */
  total: countSchema,
  qualifier: qualifierSchema,
  /** The numbers are per year (rotating posts), not at one time. */
  perYear: z.boolean(),
  note: localizedSchema.nullable(),
  /** Last day (or month) the framework runs; `ongoing` if the texts give no end. */
  until: z.union([partialDateSchema, z.literal('ongoing')]).nullable(),
  /** When this value applies; the card shows the value in force today first (lib/format/framework-in-force.ts). */
  period: frameworkPeriodSchema.optional(),
});

export const deployedSchema = z.object({
  /** Reporting period of the Bijlage 2 table, as ISO months: `2024-05/2025-04`. */
  period: z.string().regex(/^\d{4}-\d{2}\/\d{4}-\d{2}$/, 'expected YYYY-MM/YYYY-MM'),
  military: countSchema,
  civilPolice: countSchema,
  /** Bijlage 2 always writes the total (military plus civil/police). */
  total: z.number().int().nonnegative(),
  note: localizedSchema.nullable(),
});

/**
 * A name the matcher looks for: it finds names only where a word starts, so one that begins with
 * punctuation could never be found (invisible characters and spaces before the first letter are
 * dropped, as the matcher drops them).
 */
const nameSchema = z
  .string()
  .min(2)
  .regex(/^[\s\u00AD\u200B-\u200D\u2060\uFEFF]*[\p{L}\p{N}\p{M}]/u, 'must start with a letter or digit');

export const aliasSchema = z.object({
  text: nameSchema,
  /**
   * `exact`: only as written (acronyms: UNIFIL). `capitalized`: also with one capital, as Dutch
   * news writes pronounceable acronyms (Unifil). `insensitive`: any case (full names).
   */
  case: z.enum(['exact', 'capitalized', 'insensitive']),
  /** Also a common word or name (Atalanta the club, Irini): needs mission context nearby. */
  needsContext: z.boolean(),
  /** A stem shared by several missions (EUBAM): the ids it may stand for. */
  sharedBy: z.array(z.string()).optional(),
  lang: z.enum(['nl', 'en', 'any']),
});

/** `none`: the Kamerstukken name the mission but no Dutch contribution to it; never counted as one. */
export const statusSchema = z.enum(['active', 'ended', 'planned', 'none']);

export const regionSchema = z.enum(['europe', 'middle-east', 'red-sea', 'africa', 'asia', 'worldwide', 'netherlands']);

export const organisationSchema = z.enum(['EU', 'UN', 'NATO', 'coalition', 'national', 'other']);

const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected kebab-case');

export const missionSchema = z.object({
  id: idSchema,
  acronym: nameSchema,
  /** `capitalized` where Dutch news also writes the acronym as a word (Unifil, Minusma). */
  acronymCase: z.enum(['exact', 'capitalized']),
  aliases: z.array(aliasSchema),
  name: localizedSchema,
  organisation: organisationSchema,
  /** Null where the Kamerstukken place the mission nowhere (a reaction force, a mission named in passing). */
  region: regionSchema.nullable(),
  location: localizedSchema,
  /** Country names (nl and en) for search: `Libanon` / `Lebanon`. */
  countries: z.array(localizedSchema),
  status: statusSchema,
  statusNote: localizedSchema.nullable(),
  /** Quotes that show the status. */
  statusSources: z.array(sourceRefSchema).min(1),
  /** 1–3 sentences in our own words. */
  summary: localizedSchema,
  dutchContribution: localizedSchema,
  /** Quotes the summary and contribution are based on. */
  basis: z.array(sourceRefSchema).min(1),
  legalBasis: sourcedHistory(legalBasisSchema),
  internationalMandateEnd: sourcedHistory(mandateEndSchema),
  nationalFramework: sourcedHistory(nationalFrameworkSchema),
  deployed: sourcedHistory(deployedSchema),
  /** Ids of missions a quote of either, or one sentence of a Kamerstuk, names together with this one (build/provenance/related-check.ts). */
  related: z.array(idSchema),
});

export const missionFileSchema = missionSchema;

export const kamerstukSchema = z.object({
  dossier: z.string().regex(/^\d+$/),
  number: z.string().regex(/^\d+$/),
  /** The seed that states this number, and how. */
  sources: z.array(sourceRefSchema).min(1),
});

export const documentSchema = z.object({
  doc: seedFileSchema,
  title: localizedSchema,
  type: z.enum(['kamerbrief', 'voortgangsrapportage', 'schriftelijk-overleg']),
  date: partialDateSchema,
  dateNote: localizedSchema.nullable(),
  period: localizedSchema.nullable(),
  kamerstuk: kamerstukSchema.nullable(),
});

/** Oldest first: the order in which later documents correct earlier ones. */
export const sourcesFileSchema = z.object({
  documents: z.array(documentSchema).length(SEED_FILES.length),
});

export const termSchema = z
  .object({
    id: idSchema,
    /**
     * `abbreviation`: an acronym and what it stands for (OHQ, POLAD); pages mark it on request.
     * `concept`: a notion the Kamerstukken use (nationaal kader, rechtsbasis), explained in the
     * popup's search only; its `acronym` is the Dutch term as written, `expansion` its name per language.
     */
    kind: z.enum(['abbreviation', 'concept']),
    acronym: nameSchema,
    /**
     * What the abbreviation stands for, as a cited quote spells it out; null where no Kamerstuk
     * spells it out (the UI says so, rather than the data guessing a name). A concept always has one.
     */
    expansion: localizedSchema.nullable(),
    explanation: localizedSchema,
    /** The mission this abbreviation names, if any. */
    missionId: idSchema.nullable(),
    sources: z.array(sourceRefSchema),
    /** Abbreviations like "SOLE" are also words; exact case avoids false hits. */
    case: z.enum(['exact', 'capitalized', 'insensitive']),
  })
  .refine((t) => t.kind !== 'concept' || t.expansion !== null, {
    message: 'a concept needs its name in both languages',
    path: ['expansion'],
  });

export const termsFileSchema = z.object({ terms: z.array(termSchema) });

/** UI-level explanations that are themselves sourced (framework versus deployed). */
export const notesFileSchema = z.object({
  frameworkVersusDeployed: z.object({
    text: localizedSchema,
    sources: z.array(sourceRefSchema).min(1),
  }),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
export type PartialDate = z.infer<typeof partialDateSchema>;
export type Localized = z.infer<typeof localizedSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Alias = z.infer<typeof aliasSchema>;
export type MissionStatus = z.infer<typeof statusSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Count = z.infer<typeof countSchema>;
export type NationalFramework = z.infer<typeof nationalFrameworkSchema>;
export type FrameworkPeriod = z.infer<typeof frameworkPeriodSchema>;
export type Deployed = z.infer<typeof deployedSchema>;
export type MandateEnd = z.infer<typeof mandateEndSchema>;
export type Mission = z.infer<typeof missionSchema>;
export type SourceDocument = z.infer<typeof documentSchema>;
export type Term = z.infer<typeof termSchema>;
export type Notes = z.infer<typeof notesFileSchema>;
export type Sourced<T> = { value: T; asOf: PartialDate; sources: SourceRef[]; note?: Localized };
