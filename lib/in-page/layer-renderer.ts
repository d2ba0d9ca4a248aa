/**
 * What draws the card: its stylesheet and a function that renders the layer's props into the
 * panel (null empties it). The content script loads it only when a card is first about to open,
 * so the interface (Preact, the card, its strings and styles) is not in the script that runs on
 * every page; extension pages pass it in directly.
 */
import type { LayerProps } from './layer-types';

export type LayerRenderer = {
  css: string;
  render(props: LayerProps | null, container: Element): void;
};

export type LoadRenderer = () => Promise<LayerRenderer>;

/** The global the injected card script sets in the content script's isolated world. */
export const CARD_UI_GLOBAL = '__missiewijzerCardUi';
