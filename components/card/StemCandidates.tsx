/**
 * A bare shared stem ("EUBAM") may stand for several missions: list them as buttons and let the
 * reader choose, rather than guess.
 */
import type { Mission } from '../../data/schema';
import { CARD_MESSAGES } from '../../lib/i18n/card-messages';
import { useLanguage } from '../settings/ui-language-context';
import type { HeadingLevel } from './card-env';
import { Heading } from './Heading';
import { StatusBadge } from './StatusBadge';

type Props = {
  stem: string;
  missions: Mission[];
  onChoose: (id: string) => void;
  headingLevel?: HeadingLevel;
};

export function StemCandidates({ stem, missions, onChoose, headingLevel = 2 }: Props) {
  const lang = useLanguage();
  const t = CARD_MESSAGES[lang];
  return (
    <section class="mw-stem" lang={lang}>
      <Heading level={headingLevel} class="mw-stem-heading">
        {t.inPage_ambiguous(stem)}
      </Heading>
      <ul class="mw-stem-list">
        {missions.map((m) => (
          <li key={m.id}>
            <button type="button" class="mw-stem-button" onClick={() => onChoose(m.id)}>
              <span class="mw-stem-acronym">{m.acronym}</span> <span class="mw-stem-name">{m.name[lang]}</span>{' '}
              <StatusBadge status={m.status} t={t} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
