/**
 * Content-script side of the card's interface: ask the background to inject it (once per page),
 * then take the renderer from the isolated world's global the injected script sets. Pages cannot
 * reach that global: it lives in the extension's own world.
 */
import { CARD_UI_GLOBAL, type LayerRenderer, type LoadRenderer } from './layer-renderer';

function isRenderer(value: unknown): value is LayerRenderer {
  const r = value as Partial<LayerRenderer> | null | undefined;
  return typeof r?.css === 'string' && typeof r.render === 'function';
}

function injected(scope: object): LayerRenderer | null {
  const value = (scope as Record<string, unknown>)[CARD_UI_GLOBAL];
  return isRenderer(value) ? value : null;
}

/** A loader that asks with `request` (a message to the background) and reads `scope`. */
export function cardUiLoader(request: () => Promise<unknown>, scope: object = globalThis): LoadRenderer {
  return async () => {
    const ready = injected(scope);
    if (ready) return ready;
    await request();
    const loaded = injected(scope);
    if (!loaded) throw new Error('Missiewijzer: the card interface did not load');
    return loaded;
  };
}
