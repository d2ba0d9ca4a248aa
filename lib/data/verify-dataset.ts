/** Node-only: the full check the build, `npm run data:check` and the tests share. */
import { join } from 'node:path';
import { checkProvenance } from './provenance';
import { readRawDataset, readSeeds } from './read-dataset-files';
import { type Dataset, DatasetError, parseDataset } from './validate-dataset';

/** Parses data/ and verifies every quote against seeds/; throws DatasetError on any problem. */
export function verifyDataset(root: string, only?: string[]): Dataset {
  const dataset = parseDataset(readRawDataset(join(root, 'data'), only), { partial: only !== undefined });
  const problems = checkProvenance(dataset, readSeeds(join(root, 'seeds')));
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset;
}
