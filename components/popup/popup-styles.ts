/**
 * Styles of the toolbar popup (search, result list, the page in the active tab, switches, detail
 * view, timeline). px, not rem, like the in-page layer: the popup has a fixed width and must not
 * depend on the browser's font settings.
 * Light and dark follow prefers-color-scheme; forced-colors (Windows high contrast) keeps outlines.
 * Loaded after components/card/card-styles.ts (the detail view's card, the status badges).
 */
export const POPUP_CSS = `
:root { color-scheme: light dark; }
html, body { margin: 0; }
body {
  width: 400px;
  min-height: 200px;
  background: #ffffff;
  color: #1f2328;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.mw-popup { box-sizing: border-box; padding: 12px 14px 14px; }
.mw-app-name { margin: 0 0 8px; font-size: 16px; line-height: 22px; }
.mw-visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}

/* Search field */
.mw-search { display: flex; flex-direction: column; gap: 4px; }
.mw-search-label { font-size: 13px; font-weight: 600; }
.mw-search-input {
  box-sizing: border-box; width: 100%; height: 34px; padding: 6px 10px;
  border: 1px solid #818b98; border-radius: 6px;
  background: #ffffff; color: inherit; font: inherit;
}
.mw-search-input::placeholder { color: #6e7781; }
.mw-search-input:focus-visible, .mw-search-input:focus { outline: 2px solid #0969da; outline-offset: 1px; border-color: #0969da; }
.mw-hint { margin: 8px 0 0; color: #59636e; font-size: 13px; }
.mw-list-heading { margin: 12px 0 4px; font-size: 13px; line-height: 18px; color: #59636e; text-transform: uppercase; letter-spacing: 0.4px; }

/* Result list */
.mw-results { list-style: none; margin: 8px 0 0; padding: 0; max-height: 420px; overflow-y: auto; }
.mw-list-heading + .mw-results { margin-top: 0; }
.mw-option {
  display: flex; flex-direction: column; gap: 1px;
  margin: 0 0 2px; padding: 6px 8px;
  border: 2px solid transparent; border-radius: 6px; cursor: pointer;
}
.mw-option:hover { background: rgb(127 127 127 / 0.1); }
.mw-option.is-active { border-color: #0969da; background: #ddf4ff; }
.mw-option-line { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
.mw-option-acronym { font-weight: 700; }
.mw-option-region { color: #59636e; font-size: 12px; }
.mw-option-name { color: #31363c; font-size: 13px; }
/* Status badges come from the card's CSS; the glossary badge is the popup's own. */
.mw-badge-term { background: #fbefff; color: #6e40c9; border-color: #c297ff; }

/* A concept opened from the search */
.mw-concept-sources h3 { margin: 10px 0 4px; font-size: 13px; }
.mw-concept-sources ul { margin: 0; padding-left: 18px; font-size: 13px; }
.mw-concept-sources li { margin: 0 0 4px; }
.mw-concept-sources summary { cursor: pointer; color: #59636e; }
.mw-concept-sources blockquote { margin: 4px 0 6px; padding-left: 8px; border-left: 3px solid #d0d7de; font-style: italic; }

/* No results */
.mw-no-results { margin-top: 10px; }
.mw-no-results p { margin: 0 0 6px; }
.mw-suggestions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.mw-suggestion, .mw-button, .mw-back {
  padding: 4px 10px; border: 1px solid #818b98; border-radius: 6px;
  background: #f6f8fa; color: inherit; font: inherit; cursor: pointer;
}
.mw-suggestion:hover, .mw-button:hover, .mw-back:hover { background: #eaeef2; }
.mw-suggestion:focus-visible, .mw-button:focus-visible, .mw-back:focus-visible, .mw-links a:focus-visible {
  outline: 2px solid #0969da; outline-offset: 2px;
}

/* Detail view */
.mw-detail:focus { outline: none; }
.mw-detail:focus-visible { outline: 2px solid #0969da; outline-offset: 4px; border-radius: 4px; }
.mw-back { margin: 0 0 10px; font-size: 13px; }
.mw-section { margin-top: 14px; }
.mw-section h3 { margin: 0 0 6px; font-size: 14px; }
.mw-related { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 12px; font-size: 13px; }
.mw-related-label { font-weight: 600; }
.mw-copy { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 10px; margin-top: 14px; }
.mw-copy-status { color: #116329; font-size: 13px; }
.mw-links { margin: 0; padding-left: 18px; }
.mw-links li { margin: 0 0 4px; }
.mw-links a { color: #0969da; }
.mw-link-title { color: #59636e; font-size: 12px; }

/* On this page */
.mw-on-page { margin-top: 12px; }
.mw-on-page .mw-list-heading { margin-top: 0; }
.mw-page-note { margin: 0 0 6px; color: #59636e; font-size: 13px; }
.mw-page-terms { list-style: none; margin: 0 0 4px; padding: 0; }
.mw-page-terms li { margin: 0 0 2px; }
.mw-page-term {
  display: block; box-sizing: border-box; width: 100%; padding: 5px 8px;
  border: 1px solid transparent; border-radius: 6px;
  background: transparent; color: inherit; font: inherit; font-size: 13px; text-align: left; cursor: pointer;
}
.mw-page-term:hover { background: rgb(127 127 127 / 0.1); border-color: #d0d7de; }
.mw-page-term:focus-visible { outline: 2px solid #0969da; outline-offset: 0; }
.mw-page-term .mw-option-acronym { font-size: 14px; }
.mw-page-term-name { color: #31363c; }
.mw-count { color: #59636e; white-space: nowrap; }
.mw-page-stem { padding: 5px 9px; font-size: 13px; } /* lined up with the buttons' text (padding + border) */
.mw-pdf-offer {
  margin: 0 0 8px; padding: 8px 10px; border: 1px solid #d4a72c; border-radius: 6px;
  background: #fff8c5; font-size: 13px;
}
.mw-pdf-offer a { color: #0550ae; font-weight: 600; }
.mw-pdf-offer a:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }

/* Switches and links */
.mw-controls { margin-top: 14px; padding-top: 10px; border-top: 1px solid #d0d7de; }
.mw-controls .mw-list-heading { margin-top: 0; }
.mw-site-state { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; font-weight: 600; }
.mw-site-dot { flex: none; width: 10px; height: 10px; border-radius: 50%; background: #818b98; }
.mw-site-state.is-on .mw-site-dot { background: #1a7f37; }
.mw-site-state.is-paused .mw-site-dot { background: #bf8700; }
.mw-check { display: grid; grid-template-columns: 20px 1fr; column-gap: 8px; align-items: start; margin: 4px 0; }
.mw-check > input { width: 16px; height: 16px; margin: 2px 0 0; accent-color: #0969da; }
.mw-check > input:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.mw-check > .mw-hint { grid-column: 2; margin: 0; }
.mw-switch-status { margin: 0; color: #116329; font-size: 13px; }
.mw-switch-status.is-error { color: #cf222e; }
.mw-popup-links { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-top: 10px; font-size: 13px; }
.mw-popup-links a { color: #0969da; }
.mw-popup-links a:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }

/* Timeline */
.mw-tl { display: block; max-width: 100%; height: auto; overflow: visible; font-size: 10px; }
.mw-tl text { fill: currentColor; font-family: inherit; }
.mw-tl-heading { font-weight: 600; font-size: 10px; }
.mw-tl .mw-tl-label, .mw-tl .mw-tl-year { fill: #59636e; }
.mw-tl-axis line { stroke: #afb8c1; stroke-width: 1px; }
.mw-tl-grid { stroke-dasharray: 2 3; }
.mw-tl-bar { fill: #2f81f7; }
.mw-tl-bar.is-open { fill: #8cc4ff; }
.mw-tl-arrow { fill: #2f81f7; }
.mw-tl-line { stroke: #8250df; stroke-width: 2px; }
.mw-tl-line.is-open { stroke-dasharray: 4 3; }
.mw-tl-marker { fill: #8250df; }
.mw-tl-source { fill: #ffffff; stroke: #424a53; stroke-width: 1.5px; }
.mw-tl-connector { stroke: #6e7781; stroke-width: 1px; stroke-dasharray: 1 2; }
.mw-tl-today { stroke: #cf222e; stroke-width: 1.5px; }
.mw-tl .mw-tl-today-label { fill: #cf222e; font-weight: 600; }
.mw-tl-legend { margin-top: 6px; color: #59636e; font-size: 12px; }
.mw-tl-legend-rows { margin: 0 0 2px; }
.mw-tl-legend ul { list-style: none; margin: 0; padding: 0; }
.mw-tl-legend li { display: flex; align-items: center; gap: 6px; margin: 1px 0; }
.mw-tl-swatch { flex: none; overflow: visible; }

@media (prefers-color-scheme: dark) {
  body { background: #0d1117; color: #e6edf3; }
  .mw-search-input { background: #0d1117; border-color: #6e7681; }
  .mw-search-input::placeholder { color: #8b949e; }
  .mw-search-input:focus, .mw-search-input:focus-visible { outline-color: #4493f8; border-color: #4493f8; }
  .mw-hint, .mw-list-heading, .mw-option-region, .mw-link-title { color: #9198a1; }
  .mw-option-name { color: #c9d1d9; }
  .mw-option.is-active { border-color: #4493f8; background: #121d2f; }
  .mw-badge-term { background: #271a3d; color: #d2a8ff; border-color: #8957e5; }
  .mw-suggestion, .mw-button, .mw-back { background: #21262d; border-color: #6e7681; }
  .mw-suggestion:hover, .mw-button:hover, .mw-back:hover { background: #30363d; }
  .mw-suggestion:focus-visible, .mw-button:focus-visible, .mw-back:focus-visible, .mw-links a:focus-visible,
  .mw-detail:focus-visible { outline-color: #4493f8; }
  .mw-copy-status { color: #7ee787; }
  .mw-links a { color: #4493f8; }
  .mw-page-note, .mw-count { color: #9198a1; }
  .mw-page-term-name { color: #c9d1d9; }
  .mw-page-term:hover { border-color: #30363d; }
  .mw-page-term:focus-visible, .mw-check > input:focus-visible, .mw-pdf-offer a:focus-visible,
  .mw-popup-links a:focus-visible { outline-color: #4493f8; }
  .mw-pdf-offer { background: #2e2410; border-color: #9e6a03; }
  .mw-pdf-offer a, .mw-popup-links a { color: #4493f8; }
  .mw-controls { border-top-color: #30363d; }
  .mw-site-dot { background: #6e7681; }
  .mw-site-state.is-on .mw-site-dot { background: #3fb950; }
  .mw-site-state.is-paused .mw-site-dot { background: #d29922; }
  .mw-check > input { accent-color: #4493f8; }
  .mw-switch-status { color: #7ee787; }
  .mw-switch-status.is-error { color: #ff7b72; }
  .mw-tl .mw-tl-label, .mw-tl .mw-tl-year { fill: #9198a1; }
  .mw-tl-legend { color: #9198a1; }
  .mw-tl-axis line { stroke: #6e7681; }
  .mw-tl-bar, .mw-tl-arrow { fill: #4493f8; }
  .mw-tl-bar.is-open { fill: #1f4f8f; }
  .mw-tl-line { stroke: #a371f7; }
  .mw-tl-marker { fill: #a371f7; }
  .mw-tl-source { fill: #0d1117; stroke: #c9d1d9; }
  .mw-tl-today { stroke: #ff7b72; }
  .mw-tl .mw-tl-today-label { fill: #ff7b72; }
}

@media (forced-colors: active) {
  .mw-option.is-active { border-color: Highlight; outline: 2px solid Highlight; }
  .mw-page-term { border-color: ButtonText; }
  .mw-site-dot { border: 1px solid CanvasText; }
}
`;
