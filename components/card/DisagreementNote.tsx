/**
 * Two sources that disagree (a table and the text of one document, or a later source with another
 * figure): the card says so and shows both, each with its source, instead of silently picking one.
 */
import type { Sourced } from '../../data/schema';
import { useCardEnv } from './card-env';
import { type RenderValue, SourcedEntry } from './SourcedEntry';

type Props<T> = { entries: readonly [Sourced<T>, Sourced<T>]; renderValue: RenderValue<T> };

export function DisagreementNote<T>({ entries, renderValue }: Props<T>) {
  const env = useCardEnv();
  return (
    <div class="mw-disagree">
      <p class="mw-disagree-title">{env.t.card_disagree}</p>
      <ul class="mw-disagree-list">
        {entries.map((entry, i) => (
          // The two entries may share date and source document; their position is what tells them apart.
          <li key={i} class="mw-disagree-item">
            <SourcedEntry entry={entry} renderValue={renderValue} />
          </li>
        ))}
      </ul>
    </div>
  );
}
