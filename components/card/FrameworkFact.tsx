/** The national framework (nationaal kader): how many people, qualified as the source does, until when. */
import type { NationalFramework, Sourced } from '../../data/schema';
import { endDateOf, formatUntil } from '../../lib/format/dates';
import { frameworkCounts } from '../../lib/format/numbers';
import type { CardEnv } from './card-env';
import { EndDate } from './EndDate';
import { Figures } from './Figures';
import { SourcedFact } from './SourcedFact';

type Props = { history: readonly Sourced<NationalFramework>[]; env: CardEnv };

export function FrameworkFact({ history, env }: Props) {
  return <SourcedFact history={history} env={env} renderValue={(v) => <FrameworkValue value={v} env={env} />} />;
}

export function FrameworkValue({ value, env }: { value: NationalFramework; env: CardEnv }) {
  const end = endDateOf(value.until);
  return (
    <div class="mw-value">
      <Figures parts={frameworkCounts(value, env.lang)} />
      {value.perYear && <span class="mw-per-year">{env.t.card_perYear}</span>}
      <div class="mw-until">
        {end !== null ? <EndDate date={end} env={env} until /> : formatUntil(value.until, env.lang)}
      </div>
      {value.note && <p class="mw-note">{value.note[env.lang]}</p>}
    </div>
  );
}
