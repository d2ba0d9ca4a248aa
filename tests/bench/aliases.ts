/**
 * The names the baselines look for: every acronym and alias of every mission in
 * data/missions/*.json — the same list the content script's matcher is compiled from (glossary
 * abbreviations are off by default, so the extension does not look for them either).
 */
import { join } from 'node:path';
import { readRawDataset } from '../../build/dataset/read-dataset-files';
import type { Mission } from '../../data/schema';

export type BenchAlias = { text: string; case: 'exact' | 'capitalized' | 'insensitive' };

export function benchMissions(): Mission[] {
  return Object.values(readRawDataset(join(process.cwd(), 'data')).missionFiles).flat() as Mission[];
}

/** Acronyms and aliases, each written form once (the first case rule given for it wins). */
export function benchAliases(): BenchAlias[] {
  const seen = new Map<string, BenchAlias>();
  for (const m of benchMissions()) {
    const names: BenchAlias[] = [
      { text: m.acronym, case: m.acronymCase },
      ...m.aliases.map((a) => ({ text: a.text, case: a.case })),
    ];
    for (const name of names) if (!seen.has(name.text)) seen.set(name.text, name);
  }
  return [...seen.values()];
}
