/**
 * Styles of the in-page layer (the card's frame, the close button, the page list). px, not rem:
 * the layer sits on arbitrary pages and must not scale with their font size.
 */
export const LAYER_CSS = `
:host { all: initial; }
.mw-layer {
  position: fixed;
  inset: auto;
  margin: 0;
  box-sizing: border-box;
  width: 420px;
  max-width: calc(100vw - 16px);
  overflow: auto;
  /* Scrolling past the card's end must not scroll the page under it (lib/in-page/card-host.ts adds a wheel guard for cards that do not scroll at all). */
  overscroll-behavior: contain;
  color-scheme: light;
  scrollbar-width: thin;
  /* Explicit: Firefox draws the card's scrollbar light on a dark card otherwise. */
  scrollbar-color: #afb8c1 #ffffff;
  /* The same width with and without a scrollbar: the key facts are measured before the card is sized. */
  scrollbar-gutter: stable;
  padding: 0;
  border: 1px solid #d0d7de;
  border-radius: 8px;
  background: #ffffff;
  color: #1f2328;
  box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left;
}
.mw-layer:focus { outline: 2px solid #1f6feb; outline-offset: 2px; }
.mw-layer-inner { position: relative; padding: 12px 14px; }
.mw-close {
  position: absolute; top: 6px; right: 6px;
  width: 28px; height: 28px;
  border: 1px solid transparent; border-radius: 6px;
  background: transparent; color: inherit;
  font: 20px/1 system-ui, sans-serif; cursor: pointer;
}
.mw-close:hover { background: rgb(127 127 127 / 0.15); }
.mw-close:focus-visible, .mw-list-button:focus-visible { outline: 2px solid #1f6feb; outline-offset: 1px; }
.mw-list { list-style: none; margin: 8px 0 0; padding: 0; }
.mw-list-button {
  display: block; width: 100%; margin: 2px 0; padding: 6px 8px;
  border: 1px solid transparent; border-radius: 6px;
  background: transparent; color: inherit; text-align: left;
  font: inherit; cursor: pointer;
}
.mw-list-button:hover { background: rgb(127 127 127 / 0.12); }
.mw-count { color: #59636e; }
.mw-position { margin: 0 36px 6px 0; font-size: 12px; line-height: 16px; color: #59636e; }
.mw-more-cue {
  /* Always in the layout, only shown or hidden: the card's height must not change as it scrolls. */
  visibility: hidden;
  position: sticky; bottom: 0;
  margin: 4px -14px -12px; padding: 10px 14px 2px;
  background: linear-gradient(rgb(255 255 255 / 0), #ffffff 45%);
  color: #0969da; font-size: 12px; line-height: 16px; font-weight: 600; text-align: center;
  pointer-events: none;
}
.mw-layer.has-more .mw-more-cue { visibility: visible; }
.mw-reference-title { margin: 6px 0 0; }
.mw-reference-note { color: #59636e; font-size: 12px; }
.mw-reference-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 8px 0 0; font-size: 13px; }
.mw-reference-facts dt { color: #59636e; }
.mw-reference-facts dd { margin: 0; overflow-wrap: anywhere; }
.mw-reference-link { margin: 10px 0 0; }
.mw-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .mw-layer { color-scheme: dark; scrollbar-color: #6e7681 #161b22; background: #161b22; color: #e6edf3; border-color: #30363d; box-shadow: 0 8px 24px rgb(0 0 0 / 0.5); }
  .mw-more-cue { background: linear-gradient(rgb(22 27 34 / 0), #161b22 45%); color: #4493f8; }
  .mw-count, .mw-position, .mw-reference-note, .mw-reference-facts dt { color: #9198a1; }
}
@media (forced-colors: active) {
  .mw-layer { border: 1px solid CanvasText; }
  .mw-more-cue { background: Canvas; color: CanvasText; }
}
`;
