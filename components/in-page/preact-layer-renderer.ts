/** The card's interface: Preact renders the in-page layer, styled by the card's and layer's CSS. */
import { h, render } from 'preact';
import type { LayerRenderer } from '../../lib/in-page/layer-renderer';
// ?raw: the files' text byte for byte, as adoptStyles gives it to the shadow root; ?inline would
// run them through Vite's CSS pipeline, which may rewrite them.
import cardCss from '../card/card.css?raw';
import { InPageLayer } from './InPageLayer';
import layerCss from './layer.css?raw';

export const preactLayerRenderer: LayerRenderer = {
  css: cardCss + layerCss,
  render: (props, container) => render(props ? h(InPageLayer, props) : null, container),
};
