/** The summary: whole in the full card; two lines and "Meer" in the compact one, so the facts above stay the glance. */
import { useId, useState } from 'preact/hooks';
import { useCardEnv } from './card-env';

export function CardSummary({ text, clamp }: { text: string; clamp: boolean }) {
  const env = useCardEnv();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!clamp) return <p class="mw-card-summary">{text}</p>;
  return (
    <div class="mw-summary-block">
      <p id={id} class={open ? 'mw-card-summary' : 'mw-card-summary is-clamped'}>
        {text}
      </p>
      <button
        type="button"
        class="mw-more-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? env.t.card_less : env.t.card_more}
      </button>
    </div>
  );
}
