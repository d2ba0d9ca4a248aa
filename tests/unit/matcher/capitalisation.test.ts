import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches } from '../../../lib/matcher';
import { alias, mission } from '../../support/matcher-fixtures';
import { fixtureMatcher } from './helpers';

const find = fixtureMatcher();
const texts = (text: string) => find(text).map((m) => m.text);

describe("acronymCase 'capitalized'", () => {
  it('accepts the acronym as written and the one-capital form Dutch news uses', () => {
    expect(texts('UNIFIL, Unifil, Minusma, Emasoh, Untso')).toEqual(['UNIFIL', 'Unifil', 'Minusma', 'Emasoh', 'Untso']);
  });

  it('accepts no other form', () => {
    expect(texts('unifil UNifil UniFil uNIFIL unIFIL')).toEqual([]);
  });

  it('capitalises each word of a multi-word acronym', () => {
    expect(texts('EUCAP Sahel Mali; Eucap Sahel Mali')).toEqual(['EUCAP Sahel Mali', 'Eucap Sahel Mali']);
    // 'Eucap sahel mali' is not the one-capital form; 'Eucap Sahel' is no name of its own, so
    // nothing matches here at all (the shared stem 'EUCAP Sahel' is exact-case).
    expect(texts('Eucap sahel mali')).toEqual([]);
  });
});

describe("acronymCase 'exact'", () => {
  it('matches SOLE in capitals only: never English sole, not even at a sentence start', () => {
    expect(texts('The sole reason. Sole traders. SOLE is een missie.')).toEqual(['SOLE']);
    expect(texts('Sole')).toEqual([]);
  });

  it('matches KFOR in capitals only', () => {
    expect(texts('KFOR Kfor kfor')).toEqual(['KFOR']);
  });
});

describe('alias case rules', () => {
  it("'insensitive' matches in any case", () => {
    expect(texts('United Nations Interim Force in Lebanon / united nations interim force in lebanon')).toHaveLength(2);
    expect(texts('KOSOVO FORCE en kosovo force')).toEqual(['KOSOVO FORCE', 'kosovo force']);
  });

  it("'exact' matches only as written", () => {
    expect(texts('EU NAVFOR Atalanta')).toEqual(['EU NAVFOR Atalanta']);
    expect(texts('Eu Navfor Atalanta')).toEqual([]);
    expect(texts('EU NAVFOR ATALANTA')).toEqual([]);
  });

  it("'capitalized' matches as written or each word first-capital-rest-lower", () => {
    const matcher = compileMatcher([mission('x', 'XYZ', 'exact', [alias('EUTM Mali', 'capitalized')])]);
    const found = (text: string) => findMatches(matcher, text).map((m) => m.text);
    expect(found('EUTM Mali')).toEqual(['EUTM Mali']);
    expect(found('Eutm Mali')).toEqual(['Eutm Mali']);
    expect(found('eutm mali')).toEqual([]);
    expect(found('Eutm mali')).toEqual([]);
    expect(found('EUTM MALI')).toEqual([]);
  });
});
