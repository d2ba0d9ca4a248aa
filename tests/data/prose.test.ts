import { describe, expect, it } from 'vitest';
import { readRawDataset } from '../../build/dataset/read-dataset-files';
import { parseDataset } from '../../build/dataset/validate-dataset';
import { readProseAllowList } from '../../build/dataset/verify-dataset';
import { checkProse, formatProseFinding } from '../../build/provenance/prose-check';

describe('prose', () => {
  it('states nothing the quotes of its entry do not state (apart from data/prose-allow.json)', () => {
    const allow = readProseAllowList(process.cwd());
    if (typeof allow === 'string') throw new Error(allow);
    const dataset = parseDataset(readRawDataset('data'));
    expect(checkProse(dataset, allow).map(formatProseFinding)).toEqual([]);
  });

  it('never speaks of "seeds" in text users read', () => {
    const allow = readProseAllowList(process.cwd());
    if (typeof allow === 'string') throw new Error(allow);
    expect(allow.allow.some((a) => /seed/iu.test(a.text))).toBe(false);
  });
});
