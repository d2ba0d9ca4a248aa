/**
 * Seeded, repeatable text that is dense in the cases the matcher must get right: names in every
 * spelling, glued to compounds and plurals, split by no-break spaces, soft hyphens and line breaks,
 * near and far from context words and country names, between astral characters and sports news.
 */

/** mulberry32: small, fast and good enough to pick words. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'UNIFIL',
  'Unifil',
  'unifil',
  'UNifil',
  'UNTSO',
  'Untso',
  'MINUSMA',
  'Minusma',
  'EMASOH',
  'Emasoh',
  'SOLE',
  'Sole',
  'sole',
  'KFOR',
  'Kfor',
  'Kosovo Force',
  'kosovo force',
  'EUNAVFOR Atalanta',
  'EUNAVFOR\u00A0Atalanta',
  'EUNAV\u00ADFOR Atalanta',
  'EU NAVFOR Atalanta',
  'Atalanta',
  'operatie Atalanta',
  'EUNAVFOR',
  'EUNAVFOR MED Irini',
  'EUNAVFOR MED',
  'Irini',
  'Operation Irini',
  'EUNAVFOR Aspides',
  'Aspides',
  'EUFOR Althea',
  'Althea',
  'EUCAP Sahel Mali',
  'Eucap Sahel Mali',
  'EUCAP Sahel Niger',
  'EUCAP Sahel',
  'EUCAP',
  'EUCAP Somalia',
  'EUBAM',
  'EUBAM Libya',
  'EUBAM Libië',
  'EUBAM Rafah',
  'EUBAM Moldova',
  'European Union Border Assistance Mission',
  'European Union Border Assistance Mission (EUBAM) Libya',
  'EUBAM (EUBAM) Moldavié',
  'European Union Naval Force (EUNAVFOR) Atalanta',
  'European Union Naval Force (EUNAVFOR MED) Irini',
  'EUNAVFOR Irini',
  'EUNAVFOR Operation',
  'EUTM',
  'EUTM Mali',
  'EUTMs',
  'PEUTM',
  'European Union\nTraining Mission in Mali',
  'european union  training mission in mali',
  'United Nations Interim Force in Lebanon',
  'European\u2011led Maritime Awareness in the Strait of Hormuz',
  'Ocean’s Shield',
  "Ocean's shield",
  'OOS',
  'VPD',
  'OCS',
  'VNVR',
  'Sahel',
  'sahel',
];

const GLUE_AFTER = [
  '',
  '',
  '',
  '-missie',
  ' operation',
  '-mandaat',
  '-waarnemers',
  '’s',
  "'s",
  's',
  'mandaat',
  '\u00AD',
  '.',
  ',',
  ')',
  '2',
];
const GLUE_BEFORE = [
  '',
  '',
  '',
  'EU-missie ',
  'commissie ',
  'operatie\u2011',
  '(',
  '"',
  'VN-',
  'P',
  'é',
  '\u{1F600}',
  '\u{1D400}',
  '2',
];

const FILLER = [
  'de',
  'het',
  'een',
  'in',
  'van',
  'en',
  'met',
  'Nederland',
  'levert',
  'bijdrage',
  'aan',
  'won',
  'Juventus',
  'Serie A',
  'doelpunt',
  'spits',
  'the',
  'and',
  'was',
  'mission',
  'missiegebied',
  'operatie',
  'fregat',
  'Defensie',
  'defensie',
  'VN',
  'EU',
  'NAVO',
  'Libië',
  'Libie',
  'Libya',
  'Libische',
  'Libyan',
  'Rafah',
  'Gaza',
  '(EUBAM)',
  '(zie de bijlage)',
  'Moldavië',
  'Oekraïne',
  'Egypte',
  'Mali',
  'Niger',
  'Nigeria',
  'Somalië',
  'Jemen',
  'Libanon',
  'Bosnië en Herzegovina',
  'piraterij',
  'Hoorn van Afrika',
  'Rode Zee',
  'wapenembargo',
  'missie',
  'o.a.',
  'İstanbul',
  'Ωμέγα',
  '\u{1F600}',
];

const SEPARATORS = [' ', ' ', ' ', ' ', '  ', '\u00A0', '\u202F', '\n', ', ', '. ', '. ', '! ', '\n\n', ' \u00AD'];

export type GeneratorOptions = {
  /**
   * Longest stretch of neutral words ('bla bla …') put between parts, at random lengths up to it. The
   * default (0) gives dense text where context is nearly always near; a few hundred makes the context
   * and country windows decide.
   */
  neutralRun?: number;
  /** Share of parts that are names (default 0.25); the rest are filler words. */
  nameRate?: number;
};

export function generateMissionText(seed: number, length: number, options: GeneratorOptions = {}): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const neutralRun = options.neutralRun ?? 0;
  const nameRate = options.nameRate ?? 0.25;
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const neutral = neutralRun > 0 ? 'bla '.repeat(Math.floor((random() * neutralRun) / 4)) : '';
    const part =
      neutral +
      (random() < nameRate
        ? pick(GLUE_BEFORE) + pick(NAMES) + pick(GLUE_AFTER) + pick(SEPARATORS)
        : pick(FILLER) + pick(SEPARATORS));
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, length);
}
