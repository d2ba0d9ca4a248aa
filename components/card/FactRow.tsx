/** One term and its value in the card's fact list (`<dl>`); the `<div>` wrapper is allowed in a dl and keeps rows styleable. */
import type { ComponentChildren } from 'preact';

type Props = { label: string; name: string; children: ComponentChildren };

export function FactRow({ label, name, children }: Props) {
  return (
    <div class={`mw-fact mw-fact-${name}`}>
      <dt class="mw-fact-label">{label}</dt>
      <dd class="mw-fact-value">{children}</dd>
    </div>
  );
}
