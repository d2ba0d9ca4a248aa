/**
 * Military / civil-police / total as a short list; "geen" where the table leaves the cell empty, and a
 * count the source does not give is said as not stated, never as 0.
 */
import type { CountPart } from '../../lib/format/numbers';

const FIGURE_CLASS: Record<CountPart['state'], string> = {
  known: 'mw-figure',
  none: 'mw-figure is-none',
  notStated: 'mw-figure is-unknown',
};

export function Figures({ parts }: { parts: CountPart[] }) {
  return (
    <ul class="mw-figures">
      {parts.map((p) => (
        <li key={p.key} class={FIGURE_CLASS[p.state]}>
          <span class="mw-figure-label">{p.label}</span> <span class="mw-figure-value">{p.text}</span>
        </li>
      ))}
    </ul>
  );
}
