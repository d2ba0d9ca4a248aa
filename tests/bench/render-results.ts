/**
 * `npx tsx tests/bench/render-results.ts`: writes RESULTS.md again from the figures the last
 * `npm run bench` saved (results.json), with the current notes and layout: a change to notes.ts
 * or report.ts needs no new run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchData, renderReport } from './report';

const data = JSON.parse(readFileSync(join(import.meta.dirname, 'results.json'), 'utf8')) as BenchData;
writeFileSync(join(import.meta.dirname, 'RESULTS.md'), renderReport(data).markdown);
console.error('Wrote tests/bench/RESULTS.md from tests/bench/results.json.');
