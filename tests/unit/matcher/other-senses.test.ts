import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawDataset } from '../../../build/dataset/read-dataset-files';
import type { Mission } from '../../../data/schema';
import { compileMatcher, findMatches } from '../../../lib/matcher';
import { isOtherSense } from '../../../lib/matcher/other-senses';
import { pairs } from './helpers';

const ROOT = join(import.meta.dirname, '../../..');
const missions = Object.values(readRawDataset(join(ROOT, 'data')).missionFiles).flat() as Mission[];
const matcher = compileMatcher(missions);
const kfor = (text: string) => pairs(findMatches(matcher, text)).filter(([, id]) => id === 'kfor');

describe('KFOR the television station', () => {
  it.each([
    'KFOR-TV meteorologist Mike Morgan urged viewers to take shelter.',
    'KFOR TV showed the damage from the air.',
    'KFOR 4 News reported that power was back.',
    'The station’s digital channel, KFOR-DT, carries the same programmes.',
  ])('is not the mission with a broadcast suffix attached: %s', (text) => {
    expect(kfor(text)).toEqual([]);
  });

  it('is not the mission in a block that speaks of the station, sentence by sentence', () => {
    const block =
      'Footage from Oklahoma City television station KFOR showed the damage. The mayor told KFOR that crews would search all night.';
    expect(kfor(block)).toEqual([]);
  });

  it('stays the mission where its own sentence speaks of Kosovo or NATO, even beside a station cue', () => {
    const block = 'The Oklahoma National Guard sent a unit to Kosovo. There it serves with KFOR, NATO’s force.';
    expect(kfor(block)).toEqual([['KFOR', 'kfor']]);
  });

  it('stays the mission in Dutch and English texts without a cue', () => {
    expect(kfor('Nederland draagt bij aan KFOR met stafofficieren.')).toEqual([['KFOR', 'kfor']]);
    expect(kfor('KFOR said in a statement that the border crossing had reopened.')).toEqual([['KFOR', 'kfor']]);
    expect(kfor('De KFOR-missie loopt door; KFOR-militairen patrouilleren in het noorden.')).toEqual([
      ['KFOR', 'kfor'],
      ['KFOR', 'kfor'],
    ]);
  });

  it('reads a suffix only where it is attached: a space or one hyphen, and a whole word', () => {
    const at = (text: string) => isOtherSense(text, 0, 4);
    expect(at('KFOR-TV')).toBe(true);
    expect(at('KFOR TV')).toBe(true);
    expect(at('KFOR-TVs')).toBe(false);
    expect(at('KFOR, TV')).toBe(false);
    expect(at('KFOR 40 militairen')).toBe(false);
    expect(at('KFOR')).toBe(false);
  });

  it('leaves every other name alone', () => {
    expect(isOtherSense('UNIFIL-TV', 0, 6)).toBe(false);
    expect(isOtherSense('SOLE TV in Oklahoma', 0, 4)).toBe(false);
  });
});
