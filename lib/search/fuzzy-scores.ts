/**
 * The fuzzy score of every item a query finds (Fuse.js, typo-tolerant), lower is better: the Fuse
 * score of the best matching field plus a penalty for that field (acronym 0, alias 0.01, name 0.03,
 * location or country 0.05, region or organisation 0.06, summary text 0.15), plus 0.005–0.01 when
 * the query is only part of the field (`Libanon` in `Zuid-Libanon`; the more of the field it
 * covers, the less), or 0.05 when it only occurs inside a word. Where the query is a whole word of
 * some mission's places (`Mali`), only records with that word match: not one with `Somalia`, nor a
 * near miss. A multi-word query also matches word by word (each word somewhere in the record), at
 * 0.05 more than a match of the whole phrase. Summaries are searched with typos only for a
 * one-word query (speed); in a longer query their words must be spelled as written.
 *
 * The item's own penalty (glossary term, ended mission) is added by the caller. Pure.
 */
import { occursAsWord, occursAtWordStart } from './normalize';
import type { Entry, Field, SearchIndex } from './search-index';

const FIELD_PENALTY: Record<Field, number> = {
  acronym: 0,
  alias: 0.01,
  name: 0.03,
  place: 0.05,
  label: 0.06,
  text: 0.15,
};
const INFIX_PENALTY = 0.05;
/** The query is only part of the field (`Libanon` in `Zuid-Libanon`), not all of it ... */
const PARTIAL_PENALTY = 0.005;
/** ... plus up to this much for the part of the field it leaves out: the shorter field is the more specific. */
const UNCOVERED_PENALTY = 0.005;
const WORD_BY_WORD_PENALTY = 0.05;

/** Words that would match nearly every record and say nothing when a query is split into words. */
const STOPWORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'in',
  'op',
  'voor',
  'aan',
  'the',
  'of',
  'and',
  'an',
  'to',
  'for',
  'on',
]);

/** Best score per item for the whole query, or word by word for a multi-word query. */
export function fuzzyScores(index: SearchIndex, folded: string): Map<number, number> {
  const words = folded.split(' ').filter((w) => w.length >= 2 && !STOPWORDS.has(w));
  // Fuzzy matching against the long texts is the slow part; it is only done for one-word queries.
  // In a query of several words, a word must occur in a summary as written.
  const whole = scoreOneQuery(index, folded, words.length >= 2 ? 'substring' : 'fuzzy');
  if (words.length < 2) return whole;

  const perWord = words.map((w) => scoreOneQuery(index, w, 'substring'));
  const [first, ...rest] = perWord;
  if (!first) return whole;
  for (const [item, score] of first) {
    let sum = score;
    let everyWord = true;
    for (const scores of rest) {
      const s = scores.get(item);
      if (s === undefined) {
        everyWord = false;
        break;
      }
      sum += s;
    }
    if (!everyWord) continue;
    const combined = sum / perWord.length + WORD_BY_WORD_PENALTY;
    const known = whole.get(item);
    if (known === undefined || combined < known) whole.set(item, combined);
  }
  return whole;
}

/**
 * Best score per item for one query; in long texts fuzzily or only as written. Where the query
 * names a place (`mali`), only records with that word count: not another word that contains it
 * (`somalie`), nor a near miss. Elsewhere both count (`navfor` in `EUNAVFOR Aspides`, `unifl`).
 */
function scoreOneQuery(index: SearchIndex, folded: string, inTexts: 'fuzzy' | 'substring'): Map<number, number> {
  const scores = new Map<number, number>();
  const weaker = new Map<number, number>();
  let namesAPlace = false;
  const keep = (entry: Entry, score: number, into = scores) => {
    const total = score + FIELD_PENALTY[entry.field];
    const known = into.get(entry.item);
    if (known === undefined || total < known) into.set(entry.item, total);
  };
  // One or two letters match inside nearly everything: only acronyms and aliases, at a word start.
  const short = folded.length <= 2;
  const hits = index.fuse.search(folded).map((r) => ({ entry: index.entries[r.refIndex], score: r.score }));
  if (!short && inTexts === 'fuzzy') {
    for (const r of index.textFuse.search(folded)) hits.push({ entry: index.textEntries[r.refIndex], score: r.score });
  } else if (!short) {
    for (const entry of index.textEntries) {
      if (entry.text.includes(folded)) hits.push({ entry, score: 0 });
    }
  }
  for (const { entry, score: fuseScore } of hits) {
    if (!entry) continue;
    if (short && entry.field !== 'acronym' && entry.field !== 'alias') continue;
    if (entry.text.includes(folded)) {
      const atWordStart = occursAtWordStart(folded, entry.text);
      if (short && !atWordStart) continue;
      if (!atWordStart) {
        keep(entry, INFIX_PENALTY, weaker);
        continue;
      }
      if (entry.field === 'place' && occursAsWord(folded, entry.text)) namesAPlace = true;
      keep(entry, entry.text === folded ? 0 : partialPenalty(folded, entry.text));
    } else if (!short) {
      keep(entry, fuseScore ?? 1, weaker);
    }
  }
  if (namesAPlace) return scores;
  for (const [item, score] of weaker) {
    const known = scores.get(item);
    if (known === undefined || score < known) scores.set(item, score);
  }
  return scores;
}

/** `libanon` in `zuid libanon`: more than a whole field, less the more of the field it covers. */
function partialPenalty(folded: string, text: string): number {
  return PARTIAL_PENALTY + UNCOVERED_PENALTY * (1 - folded.length / text.length);
}
