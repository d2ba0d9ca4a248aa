/** The matcher's public API: pure functions over strings, no DOM and no browser API. */
export { compileMatcher, MatcherCompileError } from './compile-matcher';
export { DEFAULT_CONTEXT_WINDOW, MISSION_WORDS, NOT_MISSION_WORDS, TOPIC_WORDS } from './context-rules';
export { findMatches, findMatchesInTexts } from './find-matches';
export {
  findKamerstukReferences,
  findKamerstukReferencesInPieces,
  type KamerstukReference,
} from './kamerstuk-references';
export { loadPrecompiledMatcher, type PrecompiledMatcher, precompileMatcher } from './precompiled-matcher';
export { DEFAULT_COUNTRY_WINDOW } from './resolve-shared-stem';
export { COUNTRY_WORDS } from './stem-clues';
export type { Matcher, MatcherInput, MatcherOptions, MatchKind, MissionInput, TermInput, TermMatch } from './types';
