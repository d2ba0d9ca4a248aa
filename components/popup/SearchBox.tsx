/**
 * The popup's search field: an ARIA 1.2 combobox that controls the result list. Focus stays in
 * the field; the active option is announced through aria-activedescendant.
 */
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Messages } from '../../lib/i18n/messages';

type Props = {
  t: Messages;
  value: string;
  /** Whether a list of options is shown (results or the active missions). */
  expanded: boolean;
  listId: string;
  /** Id of the active option, or null. */
  activeId: string | null;
  onInput: (value: string) => void;
  onKeyDown: (event: TargetedKeyboardEvent<HTMLInputElement>) => void;
};

export const SEARCH_INPUT_ID = 'mw-search-input';

export function SearchBox({ t, value, expanded, listId, activeId, onInput, onKeyDown }: Props) {
  const input = useRef<HTMLInputElement>(null);
  // Focused whenever it appears: when the popup opens and when the user comes back from details.
  useEffect(() => {
    input.current?.focus();
  }, []);

  return (
    <div class="mw-search">
      <label class="mw-search-label" for={SEARCH_INPUT_ID}>
        {t.popup_searchLabel}
      </label>
      <input
        ref={input}
        id={SEARCH_INPUT_ID}
        class="mw-search-input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        aria-activedescendant={activeId ?? undefined}
        placeholder={t.popup_searchPlaceholder}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
