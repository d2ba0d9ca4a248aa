/**
 * The full card's history: every sourced value of every fact, newest first, each with its date,
 * the data's note (correction, table versus text) and its source. Superseded and corrected values
 * stay visible here; the fact list above shows only the current one(s).
 */
import type { Mission, Sourced } from '../../data/schema';
import { formatDate } from '../../lib/format/dates';
import { type HeadingLevel, headingBelow, useCardEnv } from './card-env';
import { DeployedValue } from './DeployedFact';
import { MandateEndValue } from './EndDate';
import { FrameworkValue } from './FrameworkFact';
import { Heading } from './Heading';
import { LegalBasisValue } from './LegalBasisValue';
import { type RenderValue, SourcedEntry } from './SourcedEntry';

type Props = { mission: Mission; level: HeadingLevel };

export function CardHistory({ mission, level }: Props) {
  const env = useCardEnv();
  const { t } = env;
  const sub = headingBelow(level);
  return (
    <section class="mw-history-section">
      <Heading level={level} class="mw-card-heading">
        {t.card_history}
      </Heading>
      <FieldHistory
        label={t.card_framework}
        history={mission.nationalFramework}
        level={sub}
        renderValue={(v, e) => <FrameworkValue value={v} asOf={e.asOf} withPeriod />}
      />
      <FieldHistory
        label={t.card_deployed}
        history={mission.deployed}
        level={sub}
        renderValue={(v) => <DeployedValue value={v} />}
      />
      <FieldHistory
        label={t.card_legalBasis}
        history={mission.legalBasis}
        level={sub}
        renderValue={(v) => <LegalBasisValue value={v} />}
      />
      <FieldHistory
        label={t.card_mandateEnd}
        history={mission.internationalMandateEnd}
        level={sub}
        renderValue={(v, e) => <MandateEndValue value={v} asOf={e.asOf} />}
      />
    </section>
  );
}

type FieldProps<T> = {
  label: string;
  history: readonly Sourced<T>[];
  level: HeadingLevel;
  renderValue: RenderValue<T>;
};

/** One fact's history; a fact without any source is left out (the fact list already says unknown). */
function FieldHistory<T>({ label, history, level, renderValue }: FieldProps<T>) {
  const env = useCardEnv();
  if (history.length === 0) return null;
  return (
    <section class="mw-history-field">
      <Heading level={level} class="mw-history-heading">
        {label}
      </Heading>
      <ol class="mw-history">
        {history.map((entry, i) => (
          // Entries may share date and document (table versus text); their place in the history is stable.
          <li key={i} class="mw-history-entry">
            <p class="mw-history-date">{formatDate(entry.asOf, env.lang)}</p>
            <SourcedEntry entry={entry} renderValue={renderValue} />
          </li>
        ))}
      </ol>
    </section>
  );
}
