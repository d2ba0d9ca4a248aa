/**
 * Validates the raw JSON of data/ against the schema and the rules a schema cannot express
 * (unique ids, references, newest-first histories, no silent alias clashes). Pure: no I/O.
 * Every problem names the file, the entry and the field.
 */
import type { z } from 'zod';
import {
  type Mission,
  missionSchema,
  type Notes,
  notesFileSchema,
  type SourceDocument,
  type SourceRef,
  sourcesFileSchema,
  type Term,
  termsFileSchema,
} from '../../data/schema';

export type RawDataset = {
  /** File name (relative to data/) → parsed JSON: an array of missions. */
  missionFiles: Record<string, unknown>;
  sources: unknown;
  terms: unknown;
  notes: unknown;
};

export type Dataset = {
  documents: SourceDocument[];
  missions: Mission[];
  terms: Term[];
  notes: Notes;
};

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid dataset (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`,
    );
    this.name = 'DatasetError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function zodProblems(where: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${where} › ${formatPath(issue.path) || '(root)'}: ${issue.message}`);
}

function entryLabel(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : '?';
  return `[${index}] (${id})`;
}

/** Parses and cross-checks everything; throws DatasetError listing every problem found. */
export function parseDataset(raw: RawDataset, options: { partial?: boolean } = {}): Dataset {
  const problems: string[] = [];
  const missions: Mission[] = [];

  for (const [file, content] of Object.entries(raw.missionFiles)) {
    if (!Array.isArray(content)) {
      problems.push(`data/${file} › (root): expected an array of missions`);
      continue;
    }
    content.forEach((entry, index) => {
      const result = missionSchema.safeParse(entry);
      if (result.success) missions.push(result.data);
      else problems.push(...zodProblems(`data/${file} › ${entryLabel(entry, index)}`, result.error));
    });
  }

  const sources = sourcesFileSchema.safeParse(raw.sources);
  if (!sources.success) problems.push(...zodProblems('data/sources.json', sources.error));
  const terms = termsFileSchema.safeParse(raw.terms);
  if (!terms.success) problems.push(...zodProblems('data/terms.json', terms.error));
  const notes = notesFileSchema.safeParse(raw.notes);
  if (!notes.success) problems.push(...zodProblems('data/notes.json', notes.error));

  if (problems.length > 0) throw new DatasetError(problems);
  const dataset: Dataset = {
    documents: sources.data?.documents ?? [],
    missions,
    terms: terms.data?.terms ?? [],
    notes: notes.data as Notes,
  };
  // A partial read (one mission file) cannot resolve ids that live in other files.
  const crossProblems = crossCheck(dataset).filter((p) => !(options.partial && p.includes('unknown mission')));
  if (crossProblems.length > 0) throw new DatasetError(crossProblems);
  return dataset;
}

type History = { asOf: string; sources: SourceRef[] }[];

const HISTORY_FIELDS = ['legalBasis', 'internationalMandateEnd', 'nationalFramework', 'deployed'] as const;

/** Rules across entries and files. */
export function crossCheck(dataset: Dataset): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const m of dataset.missions) {
    if (ids.has(m.id)) problems.push(`mission ${m.id}: duplicate id`);
    ids.add(m.id);
  }
  const docRank = new Map(dataset.documents.map((d, i) => [d.doc, i]));
  if (docRank.size !== dataset.documents.length) problems.push('data/sources.json › documents: a seed is listed twice');

  for (const m of dataset.missions) {
    for (const r of m.related) if (!ids.has(r)) problems.push(`mission ${m.id} › related: unknown mission "${r}"`);
    m.aliases.forEach((a, i) => {
      for (const s of a.sharedBy ?? [])
        if (!ids.has(s)) problems.push(`mission ${m.id} › aliases[${i}].sharedBy: unknown mission "${s}"`);
    });
    for (const field of HISTORY_FIELDS) {
      const history = m[field] as History;
      for (let i = 1; i < history.length; i++) {
        const newer = newestRank(history[i - 1]?.sources ?? [], docRank);
        const older = newestRank(history[i]?.sources ?? [], docRank);
        if (older > newer)
          problems.push(
            `mission ${m.id} › ${field}[${i}]: history must be newest first (by document order in sources.json)`,
          );
      }
    }
  }

  problems.push(...aliasClashes(dataset.missions));

  for (const t of dataset.terms) {
    if (t.missionId !== null && !ids.has(t.missionId))
      problems.push(`term ${t.id} › missionId: unknown mission "${t.missionId}"`);
  }
  return problems;
}

function newestRank(sources: SourceRef[], docRank: Map<string, number>): number {
  return Math.max(...sources.map((s) => docRank.get(s.doc) ?? -1));
}

/** The same surface form on two missions is only allowed when both mark it as shared. */
function aliasClashes(missions: Mission[]): string[] {
  const owners = new Map<string, { id: string; shared: boolean }[]>();
  for (const m of missions) {
    const forms = [
      { text: m.acronym, shared: false },
      ...m.aliases.map((a) => ({ text: a.text, shared: !!a.sharedBy })),
    ];
    const seen = new Set<string>();
    for (const f of forms) {
      const key = f.text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      owners.set(key, [...(owners.get(key) ?? []), { id: m.id, shared: f.shared }]);
    }
  }
  const problems: string[] = [];
  for (const [text, list] of owners) {
    if (list.length > 1 && !list.every((o) => o.shared))
      problems.push(`alias "${text}" names ${list.map((o) => o.id).join(', ')}: mark it sharedBy on each, or drop it`);
  }
  return problems;
}
