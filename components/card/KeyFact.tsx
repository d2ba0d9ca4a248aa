/**
 * One row of the key-facts block from a fact's history: the newest value, or "not stated" where no
 * source gives one. Where the sources disagree the row says so next to the value, and its marker
 * opens both values, each with its source: flagged at a glance, explained in one step.
 */
import type { Localized, Sourced } from '../../data/schema';
import { disagreement } from '../../lib/format/disagreement';
import { DisagreementNote } from './DisagreementNote';
import { FactEntry } from './FactEntry';
import { FactRow } from './FactRow';
import type { RenderValue } from './SourcedEntry';
import { Unknown } from './SourcedFact';

type Props<T> = {
  name: string;
  label: string;
  history: readonly Sourced<T>[];
  renderValue: RenderValue<T>;
  /** A note the value itself carries (a framework's), shown with the entry's own note. */
  valueNote?: (value: T) => Localized | null;
  /** The value already names its source's date ("volgens de bron van mei 2025"). */
  saysAsOf?: (value: T) => boolean;
  noteInline: boolean;
};

export function KeyFact<T>({ name, label, history, renderValue, valueNote, saysAsOf, noteInline }: Props<T>) {
  const newest = history[0];
  const pair = disagreement(history);
  return (
    <FactRow name={name} label={label}>
      {newest ? (
        <FactEntry
          label={label}
          asOf={saysAsOf?.(newest.value) ? null : newest.asOf}
          sources={newest.sources}
          // Where sources disagree, each side's note stands with it in the panel.
          notes={[valueNote?.(newest.value), pair ? null : newest.note]}
          noteInline={noteInline}
          disagrees={pair !== null}
          panel={pair ? <DisagreementNote entries={pair} renderValue={renderValue} /> : undefined}
        >
          {renderValue(newest.value, newest)}
        </FactEntry>
      ) : (
        <Unknown />
      )}
    </FactRow>
  );
}
