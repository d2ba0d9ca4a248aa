/**
 * Finds mission names and glossary terms in a text: one scan, then selection in two rounds.
 *
 * Round one selects among the names that need no context; its unambiguous mission matches are the
 * "same mission nearby" evidence for names that do (bare 'Atalanta'). Taking the evidence from a
 * selection rather than from raw candidates means a name swallowed by a longer one ('EUNAVFOR' inside
 * 'EUNAVFOR MED Irini') vouches for nothing. Round two selects among all names, the context-needing
 * ones only where evidence reaches. Last, shared stems are resolved by the countries around them.
 */
import { type ContextEvidence, hasMissionContext, SpanIndex } from './context-rules';
import { resolveSharedStem } from './resolve-shared-stem';
import { type Candidate, scanText } from './scan-text';
import { selectLeftmostLongest } from './select-matches';
import type { Matcher, TermMatch } from './types';

function evidenceFrom(matcher: Matcher, firstRound: readonly Candidate[], contextHits: ContextEvidence['words']) {
  const anchorSpans = new Map<string, Candidate[]>();
  for (const c of firstRound) {
    const id = c.ids[0];
    if (c.kind !== 'mission' || c.ids.length !== 1 || id === undefined) continue;
    const spans = anchorSpans.get(id);
    if (spans) spans.push(c);
    else anchorSpans.set(id, [c]);
  }
  const anchors = new Map([...anchorSpans].map(([id, spans]) => [id, new SpanIndex(spans)]));
  return { words: contextHits, anchors, window: matcher.contextWindow };
}

/** What findMatches gives for a text without names: shared, so most blocks of a page allocate nothing. */
const NO_MATCHES: TermMatch[] = Object.freeze([]) as unknown as TermMatch[];

export function findMatches(matcher: Matcher, text: string): TermMatch[] {
  const { root, nameFinder, startFinder } = matcher;
  // Names first. Context words only count for a name that needs them; most texts have none, and
  // a text holding one is read again for both (a walk finds every entry along its way).
  let scan = scanText(root, text, matcher, nameFinder);
  if (scan.candidates.length === 0) return NO_MATCHES;
  if (nameFinder !== null && scan.candidates.some((c) => c.needsContext)) {
    scan = scanText(root, text, matcher, startFinder);
  }
  const { candidates, contextHits } = scan;
  const firstRound = selectLeftmostLongest(candidates, (c) => !c.needsContext);
  let selected = firstRound;
  if (candidates.some((c) => c.needsContext)) {
    const evidence = evidenceFrom(matcher, firstRound, new SpanIndex(contextHits));
    selected = selectLeftmostLongest(candidates, (c) => !c.needsContext || hasMissionContext(c, c.ids, evidence));
  }
  return selected.map((c): TermMatch => {
    let id = c.ids.length === 1 ? (c.ids[0] ?? null) : null;
    if (id === null && c.kind === 'mission') {
      id = resolveSharedStem(text, c.start, c.end, c.ids, matcher.countries, matcher.countryWindow);
    }
    return {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      kind: c.kind,
      id,
      candidates: id === null ? [...c.ids] : [id],
    };
  });
}
