/** One sourced value: the value, the data's note on why it differs from its neighbour, and its source. */
import type { ComponentChildren } from 'preact';
import type { Sourced } from '../../data/schema';
import { useCardEnv } from './card-env';
import { SourceNote } from './SourceNote';

/** Renders a value; the entry is there for its date (a passed end date is said as of its source). */
export type RenderValue<T> = (value: T, entry: Sourced<T>) => ComponentChildren;

type Props<T> = { entry: Sourced<T>; renderValue: RenderValue<T> };

export function SourcedEntry<T>({ entry, renderValue }: Props<T>) {
  const env = useCardEnv();
  return (
    <>
      {renderValue(entry.value, entry)}
      {entry.note && <p class="mw-note">{entry.note[env.lang]}</p>}
      <SourceNote sources={entry.sources} />
    </>
  );
}
