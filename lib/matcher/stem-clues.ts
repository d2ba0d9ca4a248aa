/**
 * What tells the missions behind a shared stem apart ('EUBAM': Moldova, Rafah or Libya?), worked
 * out once from the missions' names and countries when the matcher is compiled:
 *
 * - names: words that, written right after the stem, complete it into one mission's name — the
 *   rest of its longer names ('EUNAVFOR Atalanta' → 'Atalanta', 'EUNAVFOR MED Irini' → 'MED Irini'),
 *   its own names ('Irini') and its countries ('Libya');
 * - clues: all of those, plus words for its countries ('Libische') and the names of missions that
 *   work in one of its countries only ('UNSMIL' for Libya). Named in the same sentence, they point
 *   to that mission.
 *
 * Everything is folded as country names are (no case, no diacritics), so 'Moldavié' as an OCR'd
 * Kamerstuk writes it is 'Moldavië'.
 */
import { foldForCountrySearch } from './normalize-for-matching';
import type { MatcherInput, MissionInput } from './types';

/**
 * Words for a country besides its name, keyed by the country's English name as data/ writes it:
 * adjectives and inhabitants, and a place the country is known by. Kept to the countries of the
 * missions that share a stem, and to words that hardly mean anything else.
 */
export const COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  Libya: ['Libisch', 'Libische', 'Libiër', 'Libiërs', 'Libyan', 'Libyans'],
  Moldova: ['Moldavisch', 'Moldavische', 'Moldaviër', 'Moldaviërs', 'Moldovan', 'Moldovans'],
  Ukraine: ['Oekraïens', 'Oekraïense', 'Oekraïner', 'Oekraïners', 'Ukrainian', 'Ukrainians'],
  'Palestinian territories': ['Palestijns', 'Palestijnse', 'Palestinian', 'Palestinians', 'Gaza', 'Gazastrook'],
  Somalia: ['Somalisch', 'Somalische', 'Somaliër', 'Somaliërs', 'Somali', 'Somalian'],
  Mali: ['Malinees', 'Malinese', 'Malian', 'Malians'],
  Niger: ['Nigerees', 'Nigerese', 'Nigerien'],
};

/** Per mission id: the names that complete a shared stem into it, and the further clues. */
export type StemClues = {
  names: readonly string[];
  clues: readonly string[];
};

const fold = (text: string) => foldForCountrySearch(text).trim();

/** A folded name as the words it is made of: 'eu-operatie aspides' → ['eu', 'operatie', 'aspides']. */
export function wordsOfName(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.map(fold))].filter((name) => name.length > 0);
}

/**
 * A mission's names that are its own: the acronym and every alias not shared with other missions.
 * Next to its own stem a name like 'Atalanta' is the mission, not the football club; as a clue for
 * another mission it would be just a word, so there names that need context are left out.
 */
function ownNames(m: MissionInput, withNeedsContext: boolean): string[] {
  return [
    m.acronym,
    ...m.aliases.filter((a) => !a.sharedBy && (withNeedsContext || !a.needsContext)).map((a) => a.text),
  ];
}

const WORDS_BY_COUNTRY = new Map(Object.entries(COUNTRY_WORDS).map(([country, words]) => [fold(country), words]));

function countryWords(m: MissionInput): readonly string[] {
  return m.countries.flatMap((c) => WORDS_BY_COUNTRY.get(fold(c.en)) ?? []);
}

/** The clues of every mission a shared stem may stand for; missions without a shared stem need none. */
export function stemCluesOf(missions: MatcherInput): Map<string, StemClues> {
  const known = new Set(missions.map((m) => m.id));
  // Each shared stem, with the missions it stands for (as compileMatcher counts them).
  const stems = new Map<string, Set<string>>();
  for (const m of missions) {
    for (const a of m.aliases) {
      if (!a.sharedBy) continue;
      const ids = stems.get(fold(a.text)) ?? new Set<string>();
      for (const id of [m.id, ...a.sharedBy]) if (known.has(id)) ids.add(id);
      stems.set(fold(a.text), ids);
    }
  }
  const oneCountry = missions.filter((m) => m.countries.length === 1);
  const result = new Map<string, StemClues>();
  for (const m of missions) {
    const myStems = [...stems].filter(([, ids]) => ids.has(m.id)).map(([stem]) => stem);
    if (myStems.length === 0) continue;
    const own = unique(ownNames(m, true));
    const rests = own.flatMap((name) =>
      myStems.filter((stem) => name.startsWith(`${stem} `)).map((stem) => name.slice(stem.length + 1)),
    );
    const names = unique([...own, ...rests, ...m.countries.flatMap((c) => [c.nl, c.en])]);
    const myCountries = new Set(m.countries.flatMap((c) => [fold(c.nl), fold(c.en)]));
    const neighbours = oneCountry.filter(
      (other) =>
        other.id !== m.id && other.countries.some((c) => myCountries.has(fold(c.nl)) || myCountries.has(fold(c.en))),
    );
    const inNames = new Set(names);
    const clues = unique([...countryWords(m), ...neighbours.flatMap((other) => ownNames(other, false))]).filter(
      (clue) => !inNames.has(clue),
    );
    result.set(m.id, { names, clues });
  }
  return result;
}

/** The two lookups the matcher keeps: names as words (for the name after a stem), and every clue. */
export function stemLookups(clues: Iterable<[id: string, clues: StemClues]>): {
  stemNames: Map<string, string[][]>;
  stemClues: Map<string, string[]>;
} {
  const stemNames = new Map<string, string[][]>();
  const stemClues = new Map<string, string[]>();
  for (const [id, { names, clues: further }] of clues) {
    stemNames.set(
      id,
      names.map(wordsOfName).filter((words) => words.length > 0),
    );
    stemClues.set(id, [...names, ...further]);
  }
  return { stemNames, stemClues };
}
