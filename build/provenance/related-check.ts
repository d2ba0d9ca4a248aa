/**
 * `related` ties missions together only where the Kamerstukken do: each pair must be named together
 * (acronym or alias of each) in one quote of either mission, or in one sentence of a seed. Pure: the
 * seeds' text is passed in.
 */
import type { Mission } from '../../data/schema';
import { normalizeWhitespace } from './normalize-text';
import type { SeedTexts } from './provenance';

function names(m: Mission): string[] {
  return [m.acronym, ...m.aliases.filter((a) => !a.sharedBy).map((a) => a.text)].map((n) => n.toLowerCase());
}

function quotesOf(m: Mission): string[] {
  return [
    ...m.statusSources,
    ...m.basis,
    ...[...m.legalBasis, ...m.internationalMandateEnd, ...m.nationalFramework, ...m.deployed].flatMap((e) => e.sources),
  ].map((s) => s.quote);
}

/** Longer runs are lists or tables the conversion ran together (003's Afkortingen), not sentences. */
const MAX_SENTENCE = 400;

/** A seed's sentences, whitespace normalised and lower case (a stop followed by a space ends one). */
export function seedSentences(seeds: SeedTexts): string[] {
  return Object.values(seeds).flatMap((text) =>
    normalizeWhitespace(text)
      .toLowerCase()
      .split(/(?<=[.?!])\s+/u)
      .filter((s) => s.length <= MAX_SENTENCE),
  );
}

function namesBoth(text: string, a: Mission, b: Mission): boolean {
  const lower = normalizeWhitespace(text).toLowerCase();
  return names(a).some((n) => lower.includes(n)) && names(b).some((n) => lower.includes(n));
}

export function checkRelated(missions: readonly Mission[], seeds: SeedTexts): string[] {
  const byId = new Map(missions.map((m) => [m.id, m]));
  const sentences = seedSentences(seeds);
  const problems: string[] = [];
  for (const m of missions) {
    for (const id of m.related) {
      const other = byId.get(id);
      if (!other) continue; // reported by the schema checks
      if (id === m.id) {
        problems.push(`mission ${m.id} › related: names itself`);
        continue;
      }
      const quoted = [...quotesOf(m), ...quotesOf(other)].some((q) => namesBoth(q, m, other));
      if (!quoted && !sentences.some((s) => namesBoth(s, m, other)))
        problems.push(
          `mission ${m.id} › related: no quote or seed sentence names ${m.acronym} and ${other.acronym} together`,
        );
    }
  }
  return problems;
}
