import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches, MISSION_WORDS, TOPIC_WORDS } from '../../../lib/matcher';
import { alias, mission } from '../../support/matcher-fixtures';
import { fixtureMatcher, pairs } from './helpers';

const find = fixtureMatcher();
const padding = (n: number) => ' '.concat('x '.repeat(Math.ceil(n / 2)));
const found = (text: string) => pairs(find(text));

describe('names that need mission context', () => {
  it('finds nothing on a sports page', () => {
    expect(find('Atalanta won met 3-0 van Juventus in de Serie A')).toEqual([]);
    expect(find('Atalanta Bergamo beat Roma; Irini scored twice and Althea assisted.')).toEqual([]);
  });

  it.each([
    // A surgeon's operation, a team's mission: the generic word is in the sentence, not attached.
    'Atalanta-aanvaller Lookman moet een operatie ondergaan en mist de rest van het seizoen.',
    'De spits van Atalanta moet geopereerd worden; na de operatie volgt een revalidatie van drie maanden.',
    'Na een zware operatie aan zijn knie keert de verdediger terug bij Atalanta.',
    'De missie van Atalanta is duidelijk: de titel.',
    'Atalanta heeft een missie: Europees voetbal.',
    'Atalanta and its mission to win the Europa League again.',
    // Words that counted before but belong to no mission here.
    'De defensie van Atalanta stond goed.',
    'Defensie stuurt een fregat naar Atalanta.',
    'Nederlandse militairen bij Atalanta',
    'de NAVO en Atalanta',
    'UN peacekeepers and Atalanta',
    // A committee is no mission.
    'De commissie Atalanta vergadert dinsdag.',
    // People called Irini and Althea.
    'Irini Papadopoulos won de marathon van Athene; ze vertelde na de operatie aan haar enkel te zijn hersteld.',
    'Althea Gibson won Wimbledon in 1957, the first Black player to do so; her mission was to play.',
  ])('leaves a name alone when the context is not its own: %s', (text) => {
    expect(find(text).filter((m) => m.kind === 'mission')).toEqual([]);
  });

  it.each([
    // (a) a mission word attached, before or after.
    ['De missie Atalanta bestrijdt piraterij.', 'Atalanta'],
    ['Nederland levert stafofficieren aan EU-operatie Irini.', 'Irini'],
    ['de marine-operatie Althea', 'Althea'],
    ['de antipiraterijoperatie Atalanta', 'Atalanta'],
    ['De Atalanta-missie loopt door.', 'Atalanta'],
    ['De Atalanta missie loopt door.', 'Atalanta'],
    ['the EU naval operation Atalanta', 'Atalanta'],
    ['the Atalanta mission off the coast', 'Atalanta'],
    ['De EU-missie Irini controleert schepen.', 'Irini'],
    ['operatie Althea in Bosnië', 'Althea'],
    ['de EU\u2011missie\u00A0Irini', 'Irini'],
    // (b) a topic word in the sentence.
    ['Atalanta counters piracy off the coast.', 'Atalanta'],
    ['Nederland draagt bij aan Atalanta in de Hoorn van Afrika.', 'Atalanta'],
    ['Atalanta bestrijdt anti-piraterij en piraterijbestrijding.', 'Atalanta'],
    ['Irini bewaakt het wapenembargo tegen Libië.', 'Irini'],
    ['Althea blijft in Bosnië en Herzegovina.', 'Althea'],
    ['Aspides begeleidt schepen door de Rode Zee.', 'Aspides'],
    // (b) in the sentence before.
    ['Piraterij neemt weer toe. Atalanta patrouilleert vaker.', 'Atalanta'],
    // (b) a shared stem that may stand for the mission.
    ['Zowel EUNAVFOR als Atalanta werden genoemd.', 'Atalanta'],
    // (b) for a naval operation, a Dutch navy ship or the headquarters.
    ['Zr.Ms. Karel Doorman was vlaggenschip van Aspides.', 'Aspides'],
    ['Twee stafofficieren werkten op het OHQ van Althea.', 'Althea'],
  ])('counts with context of its own: %s', (text, name) => {
    expect(found(text).filter(([t]) => t === name)).toHaveLength(1);
  });

  it('counts a topic word of its own mission only', () => {
    expect(found('Irini patrouilleert bij Somalië.')).toEqual([]);
    expect(found('Atalanta ligt niet in de Rode Zee.')).toEqual([]);
  });

  it('does not attach a mission word across punctuation or more than one hyphen', () => {
    expect(find('Na de operatie. Atalanta speelt zondag.')).toEqual([]);
    expect(find('de operatie, Atalanta')).toEqual([]);
    expect(find('de operatie -- Atalanta')).toEqual([]);
    expect(find('Atalanta: missie geslaagd')).toEqual([]);
    expect(find('Atalanta’s missie')).toEqual([]);
  });

  it('needs a topic word and a mission word on a word start', () => {
    // 'commissie' ends in 'missie' but is excluded; 'Antisomali' does not start with 'Somali'.
    expect(find('De commissie sprak over Atalanta.')).toEqual([]);
    expect(find('Atalanta en de xSomalië-club')).toEqual([]);
  });

  it('looks at two sentences, not further', () => {
    expect(find('Piraterij neemt toe. Het weer is slecht. Atalanta wint.')).toEqual([]);
  });

  it('counts every bare name of a mission the text names unambiguously, anywhere in it', () => {
    expect(found('EUNAVFOR Atalanta patrouilleert. Later zei Atalanta dat…')).toEqual([
      ['EUNAVFOR Atalanta', 'atalanta'],
      ['Atalanta', 'atalanta'],
    ]);
    expect(found('Irini en later EUNAVFOR MED Irini')).toEqual([
      ['Irini', 'irini'],
      ['EUNAVFOR MED Irini', 'irini'],
    ]);
    const far = `Operatie Atalanta is verlengd.${padding(2000)}. Het kader van Atalanta loopt af.`;
    expect(found(far)).toEqual([
      ['Operatie Atalanta', 'atalanta'],
      ['Atalanta', 'atalanta'],
    ]);
  });

  it('counts every bare name once one of them has context of its own', () => {
    expect(found('De EU-missie Atalanta is verlengd. Het nationaal kader van Atalanta loopt af.')).toEqual([
      ['Atalanta', 'atalanta'],
      ['Atalanta', 'atalanta'],
    ]);
  });

  it("counts another mission's name in the sentence: a list of missions", () => {
    expect(found('Nederland draagt bij aan UNIFIL en Atalanta.')).toEqual([
      ['UNIFIL', 'unifil'],
      ['Atalanta', 'atalanta'],
    ]);
  });

  it('does not count a mission name outside the two sentences', () => {
    expect(found('UNIFIL. Het weer is slecht. Atalanta wint.')).toEqual([['UNIFIL', 'unifil']]);
    expect(found('EUNAVFOR. Het weer is slecht. Atalanta wint.')).toEqual([['EUNAVFOR', null]]);
    expect(find('Atalanta Atalanta Atalanta')).toEqual([]);
  });

  it('does not count evidence swallowed by a longer name of another mission', () => {
    const matcher = compileMatcher([
      mission('short', 'ABC', 'exact', [alias('Nova', 'exact', { needsContext: true })]),
      mission('long', 'ABC DEF', 'exact'),
    ]);
    const far = (name: string) => `${name}. Het weer is slecht. Nova wint.`;
    expect(pairs(findMatches(matcher, far('ABC')))).toEqual([
      ['ABC', 'short'],
      ['Nova', 'short'],
    ]);
    expect(pairs(findMatches(matcher, far('ABC DEF')))).toEqual([['ABC DEF', 'long']]);
  });

  it('bounds a sentence without full stops by the window (300 by default), which is configurable', () => {
    const near = `piraterij${padding(200)}Atalanta`;
    const far = `piraterij${padding(400)}Atalanta`;
    expect(find(near)).toHaveLength(1);
    expect(find(far)).toHaveLength(0);
    expect(fixtureMatcher({ contextWindow: 500 })(far)).toHaveLength(1);
    expect(fixtureMatcher({ contextWindow: 100 })(near)).toHaveLength(0);
  });

  it('keeps its word lists small and free of duplicates', () => {
    expect(new Set(MISSION_WORDS).size).toBe(MISSION_WORDS.length);
    for (const words of Object.values(TOPIC_WORDS)) {
      const folded = words.map((w) => w.toLowerCase());
      expect(new Set(folded).size).toBe(folded.length);
      expect(words.length).toBeLessThanOrEqual(16);
    }
  });
});
