/**
 * `npm run data:check`: validates data/ (schema, cross-references, every quote against seeds/)
 * and prints a coverage report. Exits 1 with every problem listed if anything is wrong.
 */

import { datasetReport } from '../build/dataset/dataset-report';
import { DatasetError } from '../build/dataset/validate-dataset';
import { readProseAllowList, verifyDataset } from '../build/dataset/verify-dataset';

try {
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex > 0 ? process.argv.slice(onlyIndex + 1) : undefined;
  const dataset = verifyDataset(process.cwd(), only);
  console.log(datasetReport(dataset));
  const allow = readProseAllowList(process.cwd());
  if (typeof allow !== 'string' && only === undefined) {
    const pending = allow.allow.filter((a) => a.reason.startsWith('Not yet reviewed')).length;
    console.log(
      `Prose exceptions (data/prose-allow.json): ${allow.allow.length}, of which ${pending} not yet reviewed`,
    );
  }
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
