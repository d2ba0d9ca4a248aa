/**
 * How many people were actually deployed in the newest reporting period, with the one-line note why
 * that is often more than the framework (rotations), itself sourced in data/notes.json.
 */
import type { Deployed, Notes, Sourced } from '../../data/schema';
import { formatPeriod } from '../../lib/format/dates';
import { deployedCounts } from '../../lib/format/numbers';
import { useCardEnv } from './card-env';
import { Figures } from './Figures';
import { SourcedFact } from './SourcedFact';
import { SourceNote } from './SourceNote';

type Props = {
  history: readonly Sourced<Deployed>[];
  notes: Notes;
  /** The full card also cites the rotations note; the compact one keeps to the mission's own facts. */
  citeNote: boolean;
};

export function DeployedFact({ history, notes, citeNote }: Props) {
  const env = useCardEnv();
  const note = notes.frameworkVersusDeployed;
  return (
    <>
      <SourcedFact history={history} renderValue={(v) => <DeployedValue value={v} />} />
      {history.length > 0 && <p class="mw-rotations">{note.text[env.lang]}</p>}
      {history.length > 0 && citeNote && <SourceNote sources={note.sources} />}
    </>
  );
}

export function DeployedValue({ value }: { value: Deployed }) {
  const env = useCardEnv();
  return (
    <div class="mw-value">
      <Figures parts={deployedCounts(value, env.lang)} />
      <div class="mw-period">{env.t.card_deployedPeriod(formatPeriod(value.period, env.lang))}</div>
      {value.note && <p class="mw-note">{value.note[env.lang]}</p>}
    </div>
  );
}
