import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetReport } from '../../../../build/dataset/dataset-report';
import { readRawDataset } from '../../../../build/dataset/read-dataset-files';
import { parseDataset } from '../../../../build/dataset/validate-dataset';

const dataset = parseDataset(readRawDataset(join(process.cwd(), 'data')));

describe('datasetReport', () => {
  const report = datasetReport(dataset);
  const withContribution = dataset.missions.filter((m) => m.status !== 'none');
  const without = dataset.missions.filter((m) => m.status === 'none');

  it('counts only missions with a Dutch contribution, and lists the others apart', () => {
    expect(without.map((m) => m.id).sort()).toEqual(['atmis', 'eumam', 'eumpm']);
    expect(report).toContain(`${withContribution.length} missions with a Dutch contribution, 3 named without one`);
    expect(report).toContain('Named without a Dutch contribution: ');
    for (const m of without) expect(report).toMatch(new RegExp(`Named without a Dutch contribution: .*${m.acronym}`));
  });

  it('leaves them out of the counts by status and region, and out of the lists of missing facts', () => {
    const byStatus = report.split('Dutch contributions by status:')[1]?.split('\n\n')[0] ?? '';
    expect(byStatus).not.toContain('none');
    const statusTotal = [...byStatus.matchAll(/(\d+)$/gmu)].reduce((n, m) => n + Number(m[1]), 0);
    expect(statusTotal).toBe(withContribution.length);
    const missing = report.split('\n').filter((l) => l.startsWith('Missions without'));
    for (const line of missing) for (const m of without) expect(line).not.toMatch(new RegExp(`\\b${m.acronym}\\b`));
  });
});
