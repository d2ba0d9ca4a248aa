import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawDataset, readSeeds } from '../../../../build/dataset/read-dataset-files';
import { parseDataset } from '../../../../build/dataset/validate-dataset';
import { checkRelated } from '../../../../build/provenance/related-check';
import type { Mission, SeedFile } from '../../../../data/schema';
import { fakeMission } from '../../search/fixtures';

const seedsWith = (text: string) =>
  Object.fromEntries(
    ['000', '001', '002', '003', '004'].map((n, i) => [`${n}_x.txt`, i === 0 ? text : '']),
  ) as unknown as Record<SeedFile, string>;

const pair = (aRelated: string[], quote?: string): Mission[] => {
  const a = { ...fakeMission({ id: 'aaa', acronym: 'AAA' }), related: aRelated };
  if (quote) a.basis = [{ doc: '000_da575aca147779fa.txt', quote }];
  return [a, fakeMission({ id: 'bbb', acronym: 'BBB' })];
};

describe('checkRelated', () => {
  it('accepts a pair named together in one quote of either mission', () => {
    expect(checkRelated(pair(['bbb'], 'AAA werkt samen met BBB.'), seedsWith(''))).toEqual([]);
  });

  it('accepts a pair named together in one sentence of a seed', () => {
    expect(checkRelated(pair(['bbb']), seedsWith('Eerst iets anders. AAA en BBB liggen naast elkaar. Klaar.'))).toEqual(
      [],
    );
  });

  it('does not take a list the conversion ran together for a sentence', () => {
    const list = `Afkortingen AAA Eerste missie ${'XYZ Iets anders '.repeat(30)}BBB Tweede missie`;
    expect(checkRelated(pair(['bbb']), seedsWith(list))).toHaveLength(1);
  });

  it('reports a pair named only in different sentences, and a mission related to itself', () => {
    expect(checkRelated(pair(['bbb']), seedsWith('Hier AAA. Daar BBB.'))).toEqual([
      'mission aaa › related: no quote or seed sentence names AAA and BBB together',
    ]);
    expect(checkRelated(pair(['aaa']), seedsWith(''))).toEqual(['mission aaa › related: names itself']);
  });

  it('holds for every related pair in the dataset', () => {
    const root = process.cwd();
    const dataset = parseDataset(readRawDataset(join(root, 'data')));
    expect(dataset.missions.some((m) => m.related.length > 0)).toBe(true);
    expect(checkRelated(dataset.missions, readSeeds(join(root, 'seeds')))).toEqual([]);
  });
});
