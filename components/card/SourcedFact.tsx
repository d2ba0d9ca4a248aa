/**
 * A fact from its history (newest first): the newest value with its source, both values where the
 * first two disagree, or "onbekend" / "not stated" where the sources give nothing.
 */
import type { Sourced } from '../../data/schema';
import { disagreement } from '../../lib/format/disagreement';
import { useCardEnv } from './card-env';
import { DisagreementNote } from './DisagreementNote';
import { type RenderValue, SourcedEntry } from './SourcedEntry';

type Props<T> = { history: readonly Sourced<T>[]; renderValue: RenderValue<T> };

export function SourcedFact<T>({ history, renderValue }: Props<T>) {
  const pair = disagreement(history);
  if (pair) return <DisagreementNote entries={pair} renderValue={renderValue} />;
  const newest = history[0];
  if (!newest) return <Unknown />;
  return <SourcedEntry entry={newest} renderValue={renderValue} />;
}

export function Unknown() {
  const env = useCardEnv();
  return <span class="mw-unknown">{env.t.card_unknown}</span>;
}
