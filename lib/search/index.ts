export { explainSelection } from './explain-selection';
export { ORGANISATION_SEARCH_NAMES, REGION_LABELS, regionLabel } from './labels';
export { compactKey, foldForSearch } from './normalize';
export type { SearchResult } from './result-order';
export { search } from './search';
export { createSearchIndex, type SearchIndex, type SearchKind } from './search-index';
export { suggestAcronyms } from './suggest-acronyms';
