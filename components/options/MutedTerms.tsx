/** Missions and glossary terms the user never wants marked, shown by their acronyms. */
import { useState } from 'preact/hooks';
import type { Mission, Term } from '../../data/schema';
import { termName } from '../../lib/format/term-name';
import type { Messages } from '../../lib/i18n/messages';
import { useLanguage } from '../settings/ui-language-context';

type Props = {
  t: Messages;
  mutedTerms: readonly string[];
  missions: readonly Mission[];
  terms: readonly Term[];
  onChange: (mutedTerms: string[]) => void;
};

const byAcronym = (a: { acronym: string }, b: { acronym: string }) => a.acronym.localeCompare(b.acronym, 'nl');

export function MutedTerms({ t, mutedTerms, missions, terms, onChange }: Props) {
  const lang = useLanguage();
  const [choice, setChoice] = useState('');
  const labelOf = (id: string) => {
    const mission = missions.find((m) => m.id === id);
    if (mission) return { acronym: mission.acronym, name: mission.name[lang] };
    const term = terms.find((x) => x.id === id);
    if (term) return { acronym: term.acronym, name: termName(term, lang) };
    return { acronym: id, name: '' };
  };
  const muted = new Set(mutedTerms);

  const mute = (event: Event) => {
    event.preventDefault();
    if (choice === '' || muted.has(choice)) return;
    onChange([...mutedTerms, choice]);
    setChoice('');
  };

  return (
    <fieldset class="mw-fieldset" aria-describedby="mw-muted-hint">
      <legend>{t.options_mutedLegend}</legend>
      <p id="mw-muted-hint" class="mw-hint">
        {t.options_mutedHint}
      </p>
      {mutedTerms.length === 0 ? (
        <p class="mw-empty">{t.options_noMuted}</p>
      ) : (
        <ul class="mw-removable" aria-label={t.options_mutedLegend}>
          {mutedTerms.map((id) => {
            const { acronym, name } = labelOf(id);
            return (
              <li key={id}>
                <span>
                  <strong>{acronym}</strong> {name && <span class="mw-muted-name">{name}</span>}
                </span>
                <button
                  type="button"
                  class="mw-remove"
                  onClick={() => onChange(mutedTerms.filter((x) => x !== id))}
                  aria-label={t.options_unmute(acronym)}
                  title={t.options_unmute(acronym)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form class="mw-add-muted" onSubmit={mute}>
        <label for="mw-mute-select">{t.options_muteLabel}</label>
        <div class="mw-row">
          <select id="mw-mute-select" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            <option value="">{t.options_muteChoose}</option>
            <optgroup label={t.options_muteMissions}>
              {[...missions]
                .filter((m) => !muted.has(m.id))
                .sort(byAcronym)
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.acronym} — {m.name[lang]}
                  </option>
                ))}
            </optgroup>
            <optgroup label={t.options_muteTerms}>
              {[...terms]
                .filter((x) => !muted.has(x.id))
                .sort(byAcronym)
                .map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.acronym} — {termName(x, lang)}
                  </option>
                ))}
            </optgroup>
          </select>
          <button type="submit" disabled={choice === ''}>
            {t.options_mute}
          </button>
        </div>
      </form>
    </fieldset>
  );
}
