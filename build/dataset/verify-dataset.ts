/** Node-only: the full check the build, `npm run data:check` and the tests share. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkProse, formatProseFinding, type ProseAllowFile, proseAllowFileSchema } from '../provenance/prose-check';
import { checkProvenance } from '../provenance/provenance';
import { checkRelated } from '../provenance/related-check';
import { readRawDataset, readSeeds } from './read-dataset-files';
import { type Dataset, DatasetError, parseDataset } from './validate-dataset';

/** Parses data/ and verifies every quote against seeds/; throws DatasetError on any problem. */
export function verifyDataset(root: string, only?: string[]): Dataset {
  const dataset = parseDataset(readRawDataset(join(root, 'data'), only), { partial: only !== undefined });
  const seeds = readSeeds(join(root, 'seeds'));
  const problems = [...checkProvenance(dataset, seeds), ...checkRelated(dataset.missions, seeds)];
  if (only === undefined) {
    const allow = readProseAllowList(root);
    if (typeof allow === 'string') problems.push(allow);
    else problems.push(...checkProse(dataset, allow).map(formatProseFinding));
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset;
}

/** data/prose-allow.json, validated; a string describes why it is invalid. */
export function readProseAllowList(root: string): ProseAllowFile | string {
  const path = join(root, 'data', 'prose-allow.json');
  const parsed = proseAllowFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (parsed.success) return parsed.data;
  return `data/prose-allow.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
}
