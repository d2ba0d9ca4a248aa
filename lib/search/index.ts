export { ORGANISATION_SEARCH_NAMES, REGION_LABELS, regionLabel } from './labels';
export { compactKey, foldForSearch } from './normalize';
export {
  createSearchIndex,
  explainSelection,
  type SearchIndex,
  type SearchKind,
  type SearchResult,
  search,
  suggestAcronyms,
} from './search-index';
