/**
 * The card's interface, injected by the background into a tab's content-script world the first
 * time a card there is about to open (see lib/in-page/load-card-ui.ts). It only hands the
 * renderer to the content script through a global of that isolated world.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { preactLayerRenderer } from '../components/in-page/preact-layer-renderer';
import { CARD_UI_GLOBAL } from '../lib/in-page/layer-renderer';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = preactLayerRenderer;
});
