/** Military / civil-police / total as a short list; an unknown count is shown as unknown, never as 0. */
import type { CountPart } from '../../lib/format/numbers';

export function Figures({ parts }: { parts: CountPart[] }) {
  return (
    <ul class="mw-figures">
      {parts.map((p) => (
        <li key={p.key} class={p.known ? 'mw-figure' : 'mw-figure is-unknown'}>
          <span class="mw-figure-label">{p.label}</span> <span class="mw-figure-value">{p.text}</span>
        </li>
      ))}
    </ul>
  );
}
