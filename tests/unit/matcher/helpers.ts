import { compileMatcher, findMatches, type MatcherOptions, type TermMatch } from '../../../lib/matcher';
import { MISSIONS, TERMS } from '../../support/matcher-fixtures';

export function fixtureMatcher(options: MatcherOptions = {}) {
  const matcher = compileMatcher(MISSIONS, TERMS, options);
  return (text: string): TermMatch[] => findMatches(matcher, text);
}

/** `text → id` pairs: the shortest readable form of a result. */
export function pairs(matches: TermMatch[]): [string, string | null][] {
  return matches.map((m) => [m.text, m.id]);
}
