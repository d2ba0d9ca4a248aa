/** The national framework (nationaal kader): how many people, qualified as the source does, until when. */
import type { NationalFramework, PartialDate } from '../../data/schema';
import { endDateOf, formatDate, formatUntil } from '../../lib/format/dates';
import { frameworkCounts } from '../../lib/format/numbers';
import { useCardEnv } from './card-env';
import { EndDate } from './EndDate';
import { Figures } from './Figures';

type Props = {
  value: NationalFramework;
  /** The date of the source that states it. */
  asOf: PartialDate;
  /** The key-facts block leaves the framework's note to its source panel, to stay a glance. */
  withNote?: boolean;
  /** The history says which period each value applies to, so values of different periods read apart. */
  withPeriod?: boolean;
};

export function FrameworkValue({ value, asOf, withNote = true, withPeriod = false }: Props) {
  const env = useCardEnv();
  const end = endDateOf(value.until);
  const { period } = value;
  const date = (d: string | undefined) => (d === undefined ? null : formatDate(d, env.lang));
  return (
    <div class="mw-value">
      <Figures parts={frameworkCounts(value, env.lang)} />
      <div class="mw-until">
        {value.perYear && <span class="mw-per-year">{env.t.card_perYear} · </span>}
        {end !== null ? <EndDate date={end} asOf={asOf} until /> : formatUntil(value.until, env.lang)}
      </div>
      {withPeriod && period && (
        <p class="mw-period">{env.t.card_frameworkPeriod(date(period.from), date(period.to))}</p>
      )}
      {withNote && value.note && <p class="mw-note">{value.note[env.lang]}</p>}
    </div>
  );
}
