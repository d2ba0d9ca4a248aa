/**
 * A long text's references found a piece at a time: the pieces together give exactly what one
 * search of the whole text gives, wherever the cuts fall.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_FILES } from '../../../data/schema';
import {
  findKamerstukReferences,
  findKamerstukReferencesInPieces,
  referenceCuts,
} from '../../../lib/matcher/kamerstuk-references';

const inPieces = (text: string, size: number) => [...findKamerstukReferencesInPieces(text, size)].flat();

describe('findKamerstukReferencesInPieces', () => {
  it('gives the references of the five Kamerstukken joined, for small and large pieces', () => {
    const text = SEED_FILES.map((f) => readFileSync(`seeds/${f}`, 'utf8')).join('\n');
    const whole = findKamerstukReferences(text);
    expect(whole.length).toBeGreaterThan(20);
    for (const size of [1, 7, 64, 500, 16_384]) expect(inPieces(text, size)).toEqual(whole);
  });

  it('cuts only at a character no reference holds, never a letter or digit', () => {
    const text = '(Kamerstuk 29 521, nr. 471); zie Kamerstukken II 2024/25, 29 521, nr. 492: en (36 471 nr. 96)';
    const cuts = referenceCuts(text, 5);
    expect(cuts[0]).toBe(0);
    expect(cuts[cuts.length - 1]).toBe(text.length);
    for (const cut of cuts.slice(1, -1)) expect(['(', ')', ';', ':']).toContain(text.charAt(cut));
    expect(inPieces(text, 5)).toEqual(findKamerstukReferences(text));
  });

  it('does not cut right after a number: a letter there means no reference', () => {
    const text = 'zie Kamerstuk 29 521, nr. 12é (en Kamerstuk 29 521, nr. 13) of nr. 14';
    expect(findKamerstukReferences(text).map((r) => r.number)).toEqual(['13']);
    for (let size = 1; size < text.length; size++) expect(inPieces(text, size)).toEqual(findKamerstukReferences(text));
  });

  it('agrees with the whole-text search on text built from reference parts', () => {
    const parts = [
      'Kamerstuk',
      'Kamerstukken II',
      ' 2024/25',
      ' 29 521',
      '29521',
      '21 501-02',
      ', nr. 493',
      ' nr.440',
      ' Nr 7',
      ' en ',
      ', ',
      ' (',
      ')',
      '; ',
      ': ',
      'é',
      'X',
      '-',
      '\u2013',
      ' ',
      '\n',
      '\uFFFC',
      '12',
      'missie',
    ];
    const texts = fc.array(fc.constantFrom(...parts), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 40 }), (text, size) => {
        expect(inPieces(text, size)).toEqual(findKamerstukReferences(text));
      }),
      { numRuns: 500 },
    );
  });
});
