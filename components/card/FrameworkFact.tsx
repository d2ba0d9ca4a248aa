/** The national framework (nationaal kader): how many people, qualified as the source does, until when. */
import type { NationalFramework, PartialDate } from '../../data/schema';
import { endDateOf, formatUntil } from '../../lib/format/dates';
import { frameworkCounts } from '../../lib/format/numbers';
import type { CardEnv } from './card-env';
import { EndDate } from './EndDate';
import { Figures } from './Figures';

type Props = {
  value: NationalFramework;
  /** The date of the source that states it. */
  asOf: PartialDate;
  env: CardEnv;
  /** The key-facts block leaves the framework's note to its source panel, to stay a glance. */
  withNote?: boolean;
};

export function FrameworkValue({ value, asOf, env, withNote = true }: Props) {
  const end = endDateOf(value.until);
  return (
    <div class="mw-value">
      <Figures parts={frameworkCounts(value, env.lang)} />
      <div class="mw-until">
        {value.perYear && <span class="mw-per-year">{env.t.card_perYear} · </span>}
        {end !== null ? <EndDate date={end} asOf={asOf} env={env} until /> : formatUntil(value.until, env.lang)}
      </div>
      {withNote && value.note && <p class="mw-note">{value.note[env.lang]}</p>}
    </div>
  );
}
