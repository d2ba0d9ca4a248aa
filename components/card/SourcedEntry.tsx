/** One sourced value: the value, the data's note on why it differs from its neighbour, and its source. */
import type { ComponentChildren } from 'preact';
import type { Sourced } from '../../data/schema';
import type { CardEnv } from './card-env';
import { SourceNote } from './SourceNote';

export type RenderValue<T> = (value: T) => ComponentChildren;

type Props<T> = { entry: Sourced<T>; env: CardEnv; renderValue: RenderValue<T> };

export function SourcedEntry<T>({ entry, env, renderValue }: Props<T>) {
  return (
    <>
      {renderValue(entry.value)}
      {entry.note && <p class="mw-note">{entry.note[env.lang]}</p>}
      <SourceNote sources={entry.sources} env={env} />
    </>
  );
}
