/**
 * Styles of the mission card and the stem chooser, shared by the in-page shadow root and the popup.
 *
 * px, not rem: the in-page card lives on arbitrary pages and must not scale with their font size.
 * The card has no background of its own (the layer or the popup gives it), so light and dark only
 * change the muted text, badges and boxes. Contrast is at least 4.5:1 on white / #161b22 / #0d1117.
 * In forced-colors mode the system colours take over; borders keep boxes and badges apart. Motion
 * is only added for users who have not asked for less.
 */
export const CARD_CSS = `
.mw-card, .mw-stem {
  box-sizing: border-box;
  font-size: 14px;
  line-height: 20px;
  color: inherit;
  overflow-wrap: anywhere;
}
.mw-card *, .mw-stem * { box-sizing: border-box; }
.mw-card p, .mw-card ul, .mw-card ol, .mw-card dl, .mw-card dd, .mw-card figure, .mw-card blockquote,
.mw-stem ul { margin: 0; padding: 0; }
.mw-card ul, .mw-card ol, .mw-stem ul { list-style: none; }

.mw-sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}

/* Header: acronym, name, organisation and region, the data's date */
.mw-card-header { margin: 0 0 6px; }
.mw-card-compact .mw-card-header { padding-right: 30px; } /* room for the in-page layer's close button */
.mw-card .mw-title { margin: 0; font-size: 16px; line-height: 21px; font-weight: 700; }
.mw-card .mw-subtitle { font-size: 14px; line-height: 19px; font-weight: 400; }
.mw-card-full .mw-subtitle { display: block; margin-top: 2px; }
.mw-card-meta, .mw-card-asof, .mw-eyebrow { margin: 2px 0 0; font-size: 12px; line-height: 16px; color: #59636e; }
.mw-card-asof { font-weight: 600; }
.mw-card-age {
  margin: 6px 0 0; padding: 3px 8px; border-left: 3px solid #d4a72c; border-radius: 2px;
  background: #fff8c5; color: #4d3300; font-size: 12px; line-height: 16px;
}

.mw-card-summary, .mw-card-contribution { margin: 8px 0 2px; }
.mw-card-summary.is-clamped {
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden;
}
.mw-more-toggle, .mw-source-marker {
  margin: 0; padding: 0 4px; border: 1px solid transparent; border-radius: 4px;
  background: transparent; color: #0969da; font: inherit; text-decoration: underline; cursor: pointer;
}
.mw-more-toggle { margin-left: -4px; font-size: 13px; }
.mw-card-section { margin-top: 12px; }
.mw-card .mw-card-heading { margin: 14px 0 4px; font-size: 15px; line-height: 20px; font-weight: 700; }
.mw-card-section > .mw-card-heading { margin-top: 0; }

/* Facts: label and value side by side, so the key facts are one short block */
.mw-facts { margin-top: 6px; border-top: 1px solid #d0d7de; }
.mw-fact { display: grid; grid-template-columns: 108px minmax(0, 1fr); column-gap: 10px; padding: 5px 0; border-bottom: 1px solid #d0d7de; }
.mw-fact-label { margin: 0; font-size: 12px; line-height: 18px; font-weight: 700; color: #59636e; }
.mw-fact-value { margin: 0; font-size: 13px; line-height: 18px; min-width: 0; }
.mw-more-facts { margin-top: 10px; }
.mw-fact-entry + .mw-fact-entry { margin-top: 4px; padding-top: 4px; border-top: 1px dashed #afb8c1; }
.mw-fact-main { display: inline; }
.mw-fact-main > .mw-value { display: inline; }
.mw-fact-meta { display: inline; margin-left: 6px; font-size: 11px; line-height: 16px; color: #59636e; }
.mw-fact-asof { white-space: nowrap; }
.mw-source-marker { margin-left: 4px; font-size: 11px; line-height: 16px; }
.mw-source-marker.is-disagreement { border-color: #d4a72c; border-radius: 8px; background: #fff8c5; color: #6a4300; }
.mw-fact-source { margin: 4px 0 2px; padding: 4px 8px; border-left: 3px solid #afb8c1; background: rgb(127 127 127 / 0.06); }
.mw-fact-source[hidden] { display: none; }
.mw-fact-source > .mw-source { margin-top: 0; }
.mw-value { display: block; }
.mw-figures { display: inline; }
.mw-figure { display: inline; }
.mw-figure + .mw-figure::before { content: " · "; color: #59636e; }
.mw-figure-label { color: #59636e; }
.mw-figure-value { font-weight: 600; font-variant-numeric: tabular-nums; }
.mw-figure.is-none .mw-figure-value { font-weight: 400; }
.mw-figure.is-unknown .mw-figure-value, .mw-unknown { font-weight: 400; font-style: italic; color: #59636e; }
.mw-per-year { font-size: 13px; }
.mw-until, .mw-period { margin-top: 0; }
.mw-key-facts .mw-until { display: inline; }
.mw-key-facts .mw-until::before { content: ", "; }
.mw-legal { font-weight: 600; }
.mw-note, .mw-rotations { margin: 4px 0 0; font-size: 13px; line-height: 18px; color: #424a53; }
.mw-rotations { padding-left: 8px; border-left: 2px solid #d0d7de; }
.mw-date.is-passed { color: #424a53; }
.mw-disagree-title { margin: 0 0 2px; font-weight: 700; font-size: 12px; }

/* Badges (same look as the popup's list) */
.mw-badge {
  display: inline-block; padding: 0 6px; border: 1px solid transparent; border-radius: 10px;
  font-size: 11px; line-height: 16px; font-weight: 600;
}
.mw-badge-active { background: #dafbe1; color: #116329; border-color: #4ac26b; }
.mw-badge-ended { background: #eff2f5; color: #424a53; border-color: #afb8c1; }
.mw-badge-planned { background: #fff8c5; color: #6a4300; border-color: #d4a72c; }
/* No Dutch contribution: plain, no fill, so it never reads as one of the contributions. */
.mw-badge-none { background: transparent; color: inherit; border-color: currentColor; font-weight: 400; }
.mw-no-contribution { margin: 4px 0 0; font-weight: 600; }

/* Disagreement: both values, each with its source */
.mw-disagree { margin: 2px 0 0; padding: 6px 8px; border: 1px solid #d4a72c; border-left-width: 4px; border-radius: 4px; }
.mw-disagree-item + .mw-disagree-item { margin-top: 6px; padding-top: 6px; border-top: 1px dashed #afb8c1; }

/* Sources */
.mw-source { margin: 4px 0 0; font-size: 12px; line-height: 17px; color: #59636e; }
.mw-source-label { font-weight: 600; }
.mw-source-list { display: inline; }
.mw-source-doc { display: inline; }
.mw-source-doc + .mw-source-doc::before { content: ""; display: block; } /* one document per line */
.mw-source-title { font-style: normal; }
.mw-source-link, .mw-card a { color: #0969da; text-decoration: underline; }
.mw-quotes-toggle {
  margin: 0 0 0 2px; padding: 0 4px; border: 1px solid transparent; border-radius: 4px;
  background: transparent; color: #0969da; font: inherit; text-decoration: underline; cursor: pointer;
}
.mw-quotes-toggle::before { content: "▸ "; text-decoration: none; display: inline-block; margin-right: 2px; }
.mw-quotes-toggle[aria-expanded="true"]::before { content: "▾ "; }
.mw-quotes { margin: 2px 0 4px; }
.mw-quotes[hidden] { display: none; }
.mw-quote { margin: 4px 0 0; padding: 4px 8px; border-left: 3px solid #afb8c1; background: rgb(127 127 127 / 0.08); }
.mw-quote-text { font-style: italic; color: #1f2328; }
.mw-quote-meta { margin-top: 2px; font-size: 12px; color: #59636e; }

/* History (full variant) */
.mw-history-section { margin-top: 14px; }
.mw-card .mw-history-heading { margin: 10px 0 4px; font-size: 13px; line-height: 18px; font-weight: 700; }
.mw-history { border-left: 2px solid #d0d7de; padding-left: 10px; }
.mw-history-entry + .mw-history-entry { margin-top: 8px; }
.mw-history-date { font-size: 12px; font-weight: 700; color: #59636e; }

/* Stem chooser */
.mw-stem .mw-stem-heading { margin: 0 30px 8px 0; font-size: 15px; line-height: 20px; font-weight: 700; }
.mw-stem-list li + li { margin-top: 4px; }
.mw-stem-button {
  display: block; width: 100%; padding: 6px 8px;
  border: 1px solid #d0d7de; border-radius: 6px;
  background: transparent; color: inherit; font: inherit; text-align: left; cursor: pointer;
}
.mw-stem-button:hover { background: rgb(127 127 127 / 0.12); }
.mw-stem-acronym { font-weight: 700; }
.mw-stem-name { color: #424a53; }

/* Focus: always visible, never only a colour change */
.mw-card a:focus-visible, .mw-quotes-toggle:focus-visible, .mw-stem-button:focus-visible,
.mw-source-marker:focus-visible, .mw-more-toggle:focus-visible {
  outline: 2px solid #0969da; outline-offset: 2px;
}

@media (prefers-color-scheme: dark) {
  .mw-card-meta, .mw-card-asof, .mw-eyebrow, .mw-fact-label, .mw-figure-label, .mw-unknown, .mw-fact-meta,
  .mw-figure + .mw-figure::before,
  .mw-figure.is-unknown .mw-figure-value, .mw-source, .mw-quote-meta, .mw-history-date { color: #9198a1; }
  .mw-note, .mw-rotations, .mw-stem-name, .mw-date.is-passed { color: #c9d1d9; }
  .mw-card-age { background: #2e2410; color: #f2cc60; border-left-color: #9e6a03; }
  .mw-fact-entry + .mw-fact-entry { border-top-color: #6e7681; }
  .mw-fact-source { border-left-color: #6e7681; }
  .mw-more-toggle, .mw-source-marker { color: #4493f8; }
  .mw-source-marker.is-disagreement { background: #2e2410; color: #e3b341; border-color: #9e6a03; }
  .mw-quote-text { color: #e6edf3; }
  .mw-facts, .mw-fact, .mw-rotations, .mw-history, .mw-stem-button { border-color: #30363d; }
  .mw-quote { border-left-color: #6e7681; }
  .mw-source-link, .mw-card a, .mw-quotes-toggle { color: #4493f8; }
  .mw-badge-planned { background: #2e2410; color: #e3b341; border-color: #9e6a03; }
  .mw-badge-active { background: #0f2d1a; color: #7ee787; border-color: #2ea043; }
  .mw-badge-ended { background: #21262d; color: #c9d1d9; border-color: #6e7681; }
  .mw-disagree { border-color: #9e6a03; }
  .mw-disagree-item + .mw-disagree-item { border-top-color: #6e7681; }
  .mw-card a:focus-visible, .mw-quotes-toggle:focus-visible, .mw-stem-button:focus-visible,
  .mw-source-marker:focus-visible, .mw-more-toggle:focus-visible { outline-color: #4493f8; }
}

@media (forced-colors: active) {
  .mw-badge, .mw-disagree, .mw-stem-button { border: 1px solid CanvasText; }
  .mw-source-link, .mw-card a, .mw-quotes-toggle, .mw-source-marker, .mw-more-toggle { color: LinkText; }
  .mw-card-age { border-left-color: CanvasText; }
  .mw-card a:focus-visible, .mw-quotes-toggle:focus-visible, .mw-stem-button:focus-visible { outline-color: Highlight; }
}

@media (prefers-reduced-motion: no-preference) {
  .mw-stem-button, .mw-quotes-toggle { transition: background-color 120ms ease-out; }
}
@media (prefers-reduced-motion: reduce) {
  .mw-card *, .mw-stem * { transition: none; animation: none; scroll-behavior: auto; }
}
`;
