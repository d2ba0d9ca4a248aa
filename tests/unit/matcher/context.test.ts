import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches, MISSION_CONTEXT_WORDS } from '../../../lib/matcher';
import { alias, mission } from '../../support/matcher-fixtures';
import { fixtureMatcher, pairs } from './helpers';

const find = fixtureMatcher();
const padding = (n: number) => ' '.concat('x '.repeat(Math.ceil(n / 2)));

describe('names that need mission context', () => {
  it('finds nothing on a sports page', () => {
    expect(find('Atalanta won met 3-0 van Juventus in de Serie A')).toEqual([]);
    expect(find('Atalanta Bergamo beat Roma; Irini scored twice and Althea assisted.')).toEqual([]);
  });

  it("is not fooled by the football team's 'defensie' (lowercase)", () => {
    expect(find('De defensie van Atalanta stond goed.')).toEqual([]);
    expect(pairs(find('Defensie stuurt een fregat naar Atalanta.'))).toEqual([['Atalanta', 'atalanta']]);
  });

  it.each([
    'De missie Atalanta bestrijdt piraterij.',
    'de EU-operatie in zee: Atalanta',
    'Atalanta, een VN-mandaat',
    'Atalanta: 2 fregatten',
    'het missiegebied van Atalanta',
    'Nederlandse militairen bij Atalanta',
    'Defensie: Atalanta',
    'de NAVO en Atalanta',
    'the EU naval operation Atalanta',
    'Atalanta counters piracy',
    'UN peacekeepers and Atalanta',
  ])('counts with a context word nearby: %s', (text) => {
    expect(pairs(find(text))).toContainEqual(['Atalanta', 'atalanta']);
  });

  it('counts with an unambiguous match of the same mission nearby, before or after', () => {
    expect(pairs(find('EUNAVFOR Atalanta patrouilleert. Later zei Atalanta dat…'))).toEqual([
      ['EUNAVFOR Atalanta', 'atalanta'],
      ['Atalanta', 'atalanta'],
    ]);
    expect(pairs(find('Irini en later EUNAVFOR MED Irini'))).toEqual([
      ['Irini', 'irini'],
      ['EUNAVFOR MED Irini', 'irini'],
    ]);
  });

  it('does not count a match of another mission as context', () => {
    expect(pairs(find('UNIFIL en Atalanta'))).toEqual([['UNIFIL', 'unifil']]);
  });

  it('does not count a shared stem as context, nor another context-needing name', () => {
    expect(pairs(find('EUNAVFOR. Atalanta'))).toEqual([['EUNAVFOR', null]]);
    expect(find('Atalanta Atalanta Atalanta')).toEqual([]);
  });

  it('does not count evidence swallowed by a longer name of another mission', () => {
    const matcher = compileMatcher([
      mission('short', 'ABC', 'exact', [alias('Nova', 'exact', { needsContext: true })]),
      mission('long', 'ABC DEF', 'exact'),
    ]);
    expect(pairs(findMatches(matcher, 'ABC en Nova'))).toEqual([
      ['ABC', 'short'],
      ['Nova', 'short'],
    ]);
    expect(pairs(findMatches(matcher, 'ABC DEF en Nova'))).toEqual([['ABC DEF', 'long']]);
  });

  it('looks only within the window (300 by default), and the window is configurable', () => {
    const near = `EUNAVFOR Atalanta${padding(200)}Atalanta`;
    const far = `EUNAVFOR Atalanta${padding(400)}Atalanta`;
    expect(find(near)).toHaveLength(2);
    expect(find(far)).toHaveLength(1);
    expect(fixtureMatcher({ contextWindow: 500 })(far)).toHaveLength(2);
    expect(fixtureMatcher({ contextWindow: 100 })(near)).toHaveLength(1);
  });

  it('needs the context word itself on a word start', () => {
    // 'commissie' contains 'missie' but does not start with it.
    expect(find('De commissie sprak over Atalanta.')).toEqual([]);
  });

  it('keeps the list of context words small and free of duplicates', () => {
    const words = MISSION_CONTEXT_WORDS.map((w) => w.text.toLowerCase());
    expect(new Set(words).size).toBe(words.length);
    expect(words.length).toBeLessThanOrEqual(30);
  });
});
