import { CARD_MESSAGES } from '../../lib/i18n/card-messages';
import type { TermsListEntry } from '../../lib/in-page/layer-types';
import { useLanguage } from '../settings/ui-language-context';

type Props = { entries: TermsListEntry[]; onChoose: (id: string) => void };

/** Every mission on the page, for keyboard users to jump to one. */
export function TermsList({ entries, onChoose }: Props) {
  const lang = useLanguage();
  const t = CARD_MESSAGES[lang];
  return (
    <section class="mw-card mw-terms-list" lang={lang} aria-labelledby="mw-terms-heading">
      <h2 class="mw-title" id="mw-terms-heading">
        {t.inPage_termsOnPage}
      </h2>
      {entries.length === 0 ? (
        <p>{t.inPage_noTerms}</p>
      ) : (
        <ul class="mw-list">
          {entries.map((e) => (
            <li key={e.id}>
              <button type="button" class="mw-list-button" onClick={() => onChoose(e.id)}>
                <strong>{e.acronym}</strong> {e.name} <span class="mw-count">({t.inPage_termsCount(e.count)})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
