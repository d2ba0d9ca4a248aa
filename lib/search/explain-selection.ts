/**
 * "Explain" for a selected piece of text (the context menu): the one best result, or none. Pure.
 */
import { foldForSearch } from './normalize';
import { compareRanked, type Ranked, type SearchResult, toResult } from './result-order';
import { search } from './search';
import type { SearchIndex } from './search-index';
import { casePreservingWords, mayBeWrittenAs } from './written-forms';

/** The explain page shows nothing rather than a far-fetched guess. */
const EXPLAIN_MAX_SCORE = 0.4;
/** The longest run of words in a selection tried as an acronym or alias. */
const MAX_ALIAS_WORDS = 8;

/**
 * The one best explanation of a selected piece of text (the context menu's "Explain"): the whole
 * selection as an acronym or alias, in any case; then the longest acronym or alias inside the
 * selection, written as the dataset allows (`de missie UNIFIL in Libanon` → UNIFIL, but the `is`
 * of a sentence is not the glossary's IS); then the best fuzzy match if it is close enough; null
 * if nothing fits.
 */
export function explainSelection(index: SearchIndex, text: string): SearchResult | null {
  const folded = foldForSearch(text);
  if (folded === '') return null;

  const whole = bestExact(index, folded.replace(/ /g, ''));
  if (whole) return whole;

  const words = casePreservingWords(text);
  for (let n = Math.min(words.length - 1, MAX_ALIAS_WORDS); n >= 1; n--) {
    for (let start = 0; start + n <= words.length; start++) {
      const written = words.slice(start, start + n).join('');
      const found = bestExact(index, written.toLowerCase(), written);
      if (found) return found;
    }
  }

  const [best] = search(index, text, 1);
  return best && best.score <= EXPLAIN_MAX_SCORE ? best : null;
}

/** The best exact hit for a compact key; with `written`, only hits that may be written that way. */
function bestExact(index: SearchIndex, compact: string, written?: string): SearchResult | null {
  const hits = (index.exact.get(compact) ?? []).filter(
    (h) => written === undefined || h.forms.some((f) => mayBeWrittenAs(f, written)),
  );
  if (hits.length === 0) return null;
  // One answer for a selection: a stem several missions share is better explained by its glossary
  // entry than by one of those missions.
  const ranked: Ranked[] = hits.map((h) => ({ item: h.item, tier: h.shared ? 1 : 0, score: 0 }));
  ranked.sort((a, b) => compareRanked(index, a, b));
  const [best] = ranked;
  return best ? toResult(index, best) : null;
}
