/** A card renderer for unit tests: writes the card's label (or nothing) and keeps every props it was given. */
import type { LayerRenderer } from '../../lib/in-page/layer-renderer';
import type { LayerProps } from '../../lib/in-page/layer-types';

export type FakeRenderer = LayerRenderer & { renders: (LayerProps | null)[]; last(): LayerProps | null };

export function fakeRenderer(): FakeRenderer {
  const renders: (LayerProps | null)[] = [];
  return {
    css: '.mw-layer { color: black; }',
    renders,
    last: () => renders[renders.length - 1] ?? null,
    render(props, container) {
      renders.push(props);
      container.textContent = props ? `card: ${props.view.kind}` : '';
    },
  };
}
