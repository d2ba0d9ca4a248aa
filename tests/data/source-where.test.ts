/**
 * A source's `where` that names a section (`§ 2.3.2`, `Bijlage 2`, `Bijlage, Midden-Oosten`,
 * `Inleiding`) must be right: that heading occurs in the seed before the quote, and no other
 * heading of the same kind comes between them. `where` values that point elsewhere (`antwoord 12`,
 * `voetnoot 4`, `tekst`) are not headings and are not checked here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawDataset, readSeeds } from '../../build/dataset/read-dataset-files';
import { parseDataset } from '../../build/dataset/validate-dataset';
import { normalizeWhitespace } from '../../build/provenance/normalize-text';
import type { SeedFile, SourceRef } from '../../data/schema';

const ROOT = process.cwd();
const seeds = readSeeds(join(ROOT, 'seeds'));
const dataset = parseDataset(readRawDataset(join(ROOT, 'data')));

/** `where` values (per document) that name no heading the seed prints, with the reason. */
const ODD_WHERE: Record<string, string> = {
  '001_538d6e1628be61ba.txt|Bijlage 1, kolomkop': 'a column header of the table, not a heading',
  '000_da575aca147779fa.txt|belangen iv': 'item iv of the list under "Belangen: waar we het voor doen", not a heading',
  '000_da575aca147779fa.txt|kleinschalige bijdragen': 'describes the passage (the letter’s small-scale contributions)',
  '000_da575aca147779fa.txt|inleiding': 'the letter’s opening passage; the text prints no "Inleiding" heading',
  '002_5e9d0aff90d9eb0c.txt|inleiding': 'the opening passage before the questions; the text prints no heading',
  '001_538d6e1628be61ba.txt|Vessel Protection Detachments':
    'the conversion lost the heading of the VPD section: its "Over de missie" follows the § 2.5 text directly',
  '001_538d6e1628be61ba.txt|Internationale hoofdkwartieren':
    'the headquarters paragraph lost its heading in the conversion; its first words name it',
  '004_f473ee7f7c9a3f46.txt|ISIS-coalitie': 'describes the passage about the anti-ISIS coalition under "Conclusies"',
};

/** Documents whose text prints no `Bijlage` heading (lost in the PDF conversion): the tables follow the last section. */
const NO_BIJLAGE_HEADING: SeedFile[] = ['000_da575aca147779fa.txt', '001_538d6e1628be61ba.txt'];

type Line = { offset: number; text: string };

/** The seed's lines with Word bookmarks removed, each with its offset in the whitespace-normalised text. */
function linesOf(doc: SeedFile): { text: string; lines: Line[] } {
  const raw = seeds[doc];
  const text = normalizeWhitespace(raw);
  const lines: Line[] = [];
  let from = 0;
  for (const rawLine of raw.split('\n')) {
    const line = normalizeWhitespace(rawLine);
    if (line === '') continue;
    const offset = text.indexOf(line, from);
    if (offset < 0) continue;
    from = offset + line.length;
    lines.push({ offset, text: line.replace(/\[bookmark:[^\]]*\]/gu, '').trim() });
  }
  return { text, lines };
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[éë]/gu, 'e')
    .replace(/\s*\([^)]*\)\s*/gu, ' ')
    .trim();

/** A heading line: `2.3.4. Title`, `2.4.1.1. MINUSMA (Mali)8`, `Bijlage 2 …`, `1. Europa`. */
const NUMBERED = /^(\d+(?:\.\d+)+)\.?(?:\s|$)/u;

type Check = { ok: true } | { ok: false; why: string };

function checkSection(lines: Line[], quoteAt: number, number: string, title: string | undefined): Check {
  const before = lines.filter((l) => l.offset <= quoteAt);
  const headings = before.filter((l) => NUMBERED.test(l.text) || (/^\d+\.?\s/u.test(l.text) && l.text.length < 90));
  const named = headings.filter((l) => {
    const n = /^(\d+(?:\.\d+)*)\.?(?:\s|$)/u.exec(l.text)?.[1];
    return n === number && (!title || fold(l.text).includes(fold(title).split(' ')[0] ?? ''));
  });
  if (named.length === 0) return { ok: false, why: `no heading ${number} before the quote` };
  const last = named[named.length - 1] as Line;
  const between = headings.filter(
    (l) =>
      l.offset > last.offset && NUMBERED.test(l.text) && !(NUMBERED.exec(l.text)?.[1] ?? '').startsWith(`${number}.`),
  );
  if (between.length > 0) return { ok: false, why: `heading "${between[0]?.text.slice(0, 60)}" comes between` };
  return { ok: true };
}

function checkNamed(lines: Line[], quoteAt: number, name: string, others: string[]): Check {
  const target = fold(name.replace(/^\d+\.\s*/u, ''));
  const isHeading = (l: Line, n: string) => fold(l.text.replace(/^\d+(?:\.\d+)*\.?\s*/u, '')).startsWith(n);
  const before = lines.filter((l) => l.offset <= quoteAt && l.text.length < 120);
  const hits = before.filter((l) => isHeading(l, target));
  if (hits.length === 0) return { ok: false, why: `no heading "${name}" before the quote` };
  const last = hits[hits.length - 1] as Line;
  // Under a numbered section (`6. Kleinschalige bijdragen`), its unnumbered sub-headings are nested, not rivals.
  const nested = (l: Line) => /^\d+\.\s/u.test(last.text) && !/^\d+\.\s/u.test(l.text);
  const nearer = before.filter(
    (l) =>
      l.offset > last.offset &&
      !nested(l) &&
      others.some((o) => {
        const other = fold(o.replace(/^\d+\.\s*/u, ''));
        return other !== target && isHeading(l, other);
      }),
  );
  if (nearer.length > 0) return { ok: false, why: `heading "${nearer[0]?.text.slice(0, 60)}" comes between` };
  return { ok: true };
}

function allRefs(): { label: string; ref: SourceRef }[] {
  const refs: { label: string; ref: SourceRef }[] = [];
  const visit = (value: unknown, label: string) => {
    if (Array.isArray(value)) for (const v of value) visit(v, label);
    else if (value && typeof value === 'object') {
      if ('doc' in value && 'quote' in value) refs.push({ label, ref: value as SourceRef });
      else for (const v of Object.values(value)) visit(v, label);
    }
  };
  for (const m of dataset.missions) visit(m, `mission ${m.id}`);
  for (const t of dataset.terms) visit(t, `term ${t.id}`);
  visit(dataset.notes, 'notes');
  visit(dataset.documents, 'sources');
  return refs;
}

/** `Afrika, Sahel en West-Afrikaanse kuststaten`: a section and its sub-heading; the sub-heading is checked. */
function lastPart(where: string): string {
  return where.split(', ').at(-1) ?? where;
}

function isHeadingWhere(where: string): boolean {
  return !/^(antwoord|vraag|voetnoot|tekst)\b/iu.test(where);
}

describe('source where: the named heading precedes the quote', () => {
  const refs = allRefs().filter((r) => r.ref.where && isHeadingWhere(r.ref.where));
  const docs = new Map<SeedFile, ReturnType<typeof linesOf>>();
  const parsed = (doc: SeedFile) => {
    if (!docs.has(doc)) docs.set(doc, linesOf(doc));
    return docs.get(doc) as ReturnType<typeof linesOf>;
  };
  /** Per document, every named (unnumbered) heading its `where` values use: the candidates for "comes between". */
  const namedHeadings = new Map<SeedFile, string[]>();
  for (const { ref } of refs) {
    const where = ref.where as string;
    if (where.startsWith('§') || ODD_WHERE[`${ref.doc}|${where}`]) continue;
    const name = where.startsWith('Bijlage,') ? where.slice('Bijlage,'.length).trim() : where;
    if (/^Bijlage/u.test(name)) continue;
    namedHeadings.set(ref.doc, [...(namedHeadings.get(ref.doc) ?? []), lastPart(name)]);
  }

  it('for every § number, Bijlage and named section', () => {
    const problems: string[] = [];
    for (const { label, ref } of refs) {
      const where = ref.where as string;
      if (ODD_WHERE[`${ref.doc}|${where}`]) continue;
      const { text, lines } = parsed(ref.doc);
      const quoteAt = text.indexOf(normalizeWhitespace(ref.quote));
      if (quoteAt < 0) continue; // the provenance test reports it
      let result: Check = { ok: true };
      const section = /^(?:kop )?§ (\d+(?:\.\d+)*)(?: (.+))?$/u.exec(where);
      const bijlage = /^Bijlage( \d)?(?: \(([^)]*)\)|, (.+))?$/u.exec(where);
      if (section) {
        result = checkSection(lines, quoteAt, section[1] as string, section[2]);
      } else if (bijlage) {
        if (!NO_BIJLAGE_HEADING.includes(ref.doc)) {
          const heading = `Bijlage${bijlage[1] ?? ''}`;
          if (!lines.some((l) => l.offset <= quoteAt && l.text.startsWith(heading)))
            result = { ok: false, why: `no "${heading}" heading before the quote` };
        }
        const sub = bijlage[3];
        if (result.ok && sub && !/^met voetnoot|^voetnoot/u.test(sub))
          result = checkNamed(lines, quoteAt, sub, namedHeadings.get(ref.doc) ?? []);
      } else {
        result = checkNamed(lines, quoteAt, lastPart(where), namedHeadings.get(ref.doc) ?? []);
      }
      if (!result.ok)
        problems.push(`${label} › ${ref.doc} "${where}": ${result.why} (quote "${ref.quote.slice(0, 50)}…")`);
    }
    expect(problems).toEqual([]);
  });

  it('the odd where values are still used', () => {
    const used = new Set(refs.map((r) => `${r.ref.doc}|${r.ref.where}`));
    expect(Object.keys(ODD_WHERE).filter((w) => !used.has(w))).toEqual([]);
  });
});
