/** A search without results: says so, and offers the closest acronyms as new searches. */
import type { Messages } from '../../lib/i18n/messages';
import { entryAcronym, entryKey, type PopupEntry } from '../../lib/popup/popup-entries';

type Props = {
  t: Messages;
  query: string;
  suggestions: readonly PopupEntry[];
  onSuggestion: (acronym: string) => void;
};

export function NoResults({ t, query, suggestions, onSuggestion }: Props) {
  return (
    <div class="mw-no-results">
      <p>{t.popup_noResults(query)}</p>
      {suggestions.length > 0 && (
        <p class="mw-suggestions">
          {t.popup_suggestions}{' '}
          {suggestions.map((entry) => (
            <button
              key={entryKey(entry)}
              type="button"
              class="mw-suggestion"
              onClick={() => onSuggestion(entryAcronym(entry))}
            >
              {entryAcronym(entry)}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
