/** Node-only: reads data/ and seeds/ from disk. Used by scripts, the build check and tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_FILES } from '../../data/schema';
import type { SeedTexts } from '../provenance/provenance';
import type { RawDataset } from './validate-dataset';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}

/** `only`: read just these mission files (e.g. `missions/africa.json`), to check one file alone. */
export function readRawDataset(dataDir: string, only?: string[]): RawDataset {
  const missionsDir = join(dataDir, 'missions');
  const missionFiles: Record<string, unknown> = {};
  for (const file of readdirSync(missionsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    if (only && !only.includes(`missions/${file}`)) continue;
    missionFiles[`missions/${file}`] = readJson(join(missionsDir, file));
  }
  return {
    missionFiles,
    sources: readJson(join(dataDir, 'sources.json')),
    terms: readJson(join(dataDir, 'terms.json')),
    notes: readJson(join(dataDir, 'notes.json')),
  };
}

export function readSeeds(seedsDir: string): SeedTexts {
  return Object.fromEntries(SEED_FILES.map((f) => [f, readFileSync(join(seedsDir, f), 'utf8')])) as SeedTexts;
}
