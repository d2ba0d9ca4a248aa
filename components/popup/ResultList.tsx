/**
 * The options of the search combobox (listbox pattern): each shows the acronym, the name in the UI
 * language, the status and the region. Options are not focusable themselves; the search field
 * points at the active one with aria-activedescendant.
 */
import { useEffect, useRef } from 'preact/hooks';
import { conceptName, termName } from '../../lib/format/term-name';
import type { Messages } from '../../lib/i18n/messages';
import { entryKey, leadSentence, type PopupEntry } from '../../lib/popup/popup-entries';
import { regionLabel } from '../../lib/search';
import { StatusBadge } from '../card/StatusBadge';
import { useLanguage } from '../settings/ui-language-context';

type Props = {
  id: string;
  /** Accessible name of the list ("Zoekresultaten", "Actieve missies"). */
  label: string;
  entries: readonly PopupEntry[];
  activeIndex: number;
  t: Messages;
  onOpen: (entry: PopupEntry) => void;
  onHover: (index: number) => void;
};

export function optionId(entry: PopupEntry): string {
  return `mw-option-${entryKey(entry)}`;
}

export function ResultList({ id, label, entries, activeIndex, t, onOpen, onHover }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const active = entries[activeIndex];
  const activeOptionId = active ? optionId(active) : null;

  useEffect(() => {
    if (!activeOptionId) return;
    list.current?.ownerDocument.getElementById(activeOptionId)?.scrollIntoView({ block: 'nearest' });
  }, [activeOptionId]);

  return (
    <div ref={list} id={id} class="mw-results" role="listbox" aria-label={label}>
      {entries.map((entry, i) => (
        <div
          key={entryKey(entry)}
          id={optionId(entry)}
          class={i === activeIndex ? 'mw-option is-active' : 'mw-option'}
          role="option"
          aria-selected={i === activeIndex}
          // Not in the tab order: the search field keeps the focus and handles the keys.
          tabIndex={-1}
          // Keep the focus in the search field when an option is clicked.
          onMouseDown={(e) => e.preventDefault()}
          onMouseMove={() => i !== activeIndex && onHover(i)}
          onClick={() => onOpen(entry)}
          // Should an option get the focus anyway (assistive technology), Enter still opens it.
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onOpen(entry);
            }
          }}
        >
          <OptionContent entry={entry} t={t} />
        </div>
      ))}
    </div>
  );
}

function OptionContent({ entry, t }: { entry: PopupEntry; t: Messages }) {
  const lang = useLanguage();
  if (entry.kind === 'term' && entry.term.kind === 'concept') {
    // A concept leads with what it means: the first sentence of its explanation.
    const { term } = entry;
    return (
      <>
        <span class="mw-option-line">
          <span class="mw-option-acronym">{conceptName(term, lang)}</span>
          <span class="mw-badge mw-badge-term">{t.popup_concept}</span>
        </span>
        <span class="mw-option-name">{leadSentence(term.explanation[lang])}</span>
      </>
    );
  }
  if (entry.kind === 'term') {
    const { term } = entry;
    return (
      <>
        <span class="mw-option-line">
          <span class="mw-option-acronym">{term.acronym}</span>
          <span class="mw-badge mw-badge-term">{t.inPage_glossary}</span>
        </span>
        <span class="mw-option-name">{termName(term, lang)}</span>
      </>
    );
  }
  const { mission } = entry;
  return (
    <>
      <span class="mw-option-line">
        <span class="mw-option-acronym">{mission.acronym}</span>
        <StatusBadge status={mission.status} t={t} />
        {mission.region && <span class="mw-option-region">{regionLabel(mission.region, lang)}</span>}
      </span>
      <span class="mw-option-name">{mission.name[lang]}</span>
    </>
  );
}
