/** The card's interface: Preact renders the in-page layer, styled by the card's and layer's CSS. */
import { h, render } from 'preact';
import type { LayerRenderer } from '../../lib/in-page/layer-renderer';
import { CARD_CSS } from '../card/card-styles';
import { InPageLayer } from './InPageLayer';
import { LAYER_CSS } from './layer-styles';

export const preactLayerRenderer: LayerRenderer = {
  css: CARD_CSS + LAYER_CSS,
  render: (props, container) => render(props ? h(InPageLayer, props) : null, container),
};
