/**
 * What page-terms should say for a page, computed in Node by the slow reference matcher on the
 * page's reading text, gathered independently of the extension's own text collection.
 */
import { join } from 'node:path';
import { readRawDataset } from '../../../build/dataset/read-dataset-files';
import type { Mission } from '../../../data/schema';
import type { MatcherInput } from '../../../lib/matcher';
import { referenceFindMatches } from '../../support/reference-matcher';
import type { DriverPage } from './driver';

export const missionInput: MatcherInput = Object.values(readRawDataset(join(process.cwd(), 'data')).missionFiles)
  .flat()
  .map((m) => {
    const { id, acronym, acronymCase, aliases, countries } = m as Mission;
    return { id, acronym, acronymCase, aliases, countries };
  });

export type SimpleTerm = { id: string | null; text: string };

/** The text of every heading, paragraph and list item outside skipped zones, in document order. */
export async function readingTexts(page: DriverPage): Promise<string[]> {
  return page.evaluate(
    () =>
      Array.from(document.querySelectorAll('h1, h2, h3, p, li'))
        .filter((el) => !el.closest('pre, code, textarea, [contenteditable="true"], script, style'))
        .map((el) => el.textContent ?? ''),
    undefined,
  );
}

export function referenceTerms(texts: string[]): SimpleTerm[] {
  return texts.flatMap((text) => referenceFindMatches(missionInput, [], text).map((m) => ({ id: m.id, text: m.text })));
}
