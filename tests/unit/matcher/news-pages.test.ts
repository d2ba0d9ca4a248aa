import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawDataset } from '../../../build/dataset/read-dataset-files';
import type { Mission } from '../../../data/schema';
import { compileMatcher, findMatches } from '../../../lib/matcher';
import { FALSE_FRIEND_PAGES, MISSION_NEWS } from '../../support/news-fixtures';
import { pairs } from './helpers';

const ROOT = join(import.meta.dirname, '../../..');
const missions = (Object.values(readRawDataset(join(ROOT, 'data')).missionFiles).flat() as Mission[]).map(
  ({ id, acronym, acronymCase, aliases, countries }) => ({ id, acronym, acronymCase, aliases, countries }),
);
const matcher = compileMatcher(missions);

describe('news pages, with the bundled dataset, one block per paragraph as a page is read', () => {
  it.each(FALSE_FRIEND_PAGES.map((p) => [p.title, p]))('marks nothing in: %s', (_, page) => {
    for (const block of [page.title, ...page.paragraphs]) {
      expect(pairs(findMatches(matcher, block))).toEqual([]);
    }
  });

  it('marks every mission in a news article that names them with context of their own', () => {
    const found = [MISSION_NEWS.title, ...MISSION_NEWS.paragraphs].flatMap((block) =>
      pairs(findMatches(matcher, block)),
    );
    expect(found).toEqual(MISSION_NEWS.expected);
  });
});
