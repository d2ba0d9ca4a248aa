/**
 * The fixed part of RESULTS.md: how each figure is taken, what the profiles showed, and what
 * was changed. Figures quoted here were measured when it was written (2026-11-23); the tables
 * above are the current run.
 */
export const BENCH_NOTES = `## How the figures are taken

- **Browsers.** Debian Chromium, headless, through playwright-core, launched with the e2e
  harness's flags (every mapped host to the local fixture server, every other host to nothing, no
  background networking): once with the built extension, once with \`--disable-extensions\` for
  the baselines and the "without" columns. Each run loads its page in a fresh tab brought to the
  front. One flag is added for measuring only, \`--disable-frame-rate-limit\`: without it, once
  our card has been shown and hidden, headless Chromium's display compositor stops drawing the tab
  (trace: viz \`SendBeginFrameDecision: ThrottleUndrawnFrames\`, \`DisplayDamageTracker::SetRootFrameMissing\`)
  and requestAnimationFrame drops to about 1 per second, so "card painted" measured 700 ms. It
  happens with the keyboard command as well as the hover, and never without the extension; the
  same CardHost driven from the main world did not trigger it. With the flag, frames keep a
  60 Hz pace. Worth a look in a headed Chrome.
- **Our main-thread time** is the sum of the content script's \`missiewijzer:slice\` measures.
  They are visible from the page: Chromium keeps one Performance timeline per window, shared by
  the main world and the content script's isolated world, so \`performance.getEntriesByName\`
  evaluated in the page returns them (checked first with a probe extension; a PerformanceObserver
  in the page sees them too, as does the page's 'longtask' observer for content-script tasks).
  The page is read when no slice has ended for 500 ms; page-terms (asked from the service worker)
  then confirms the annotator reports itself complete. compileMatcher runs before the first slice
  and is not in the sum (see the stage breakdown).
- **Slice durations are wall-clock.** On this shared 2-core machine a slice that overshoots its
  6 ms budget is mostly the thread being descheduled: a traced 13.5 ms slice held a 7.6 ms
  scavenge with 1.0 ms of thread time. The load average is recorded with every run.
- **Baselines** run in the main world of the browser without the extension, each on its own
  fresh load (cold JIT, as the content script is on every page): (a) mark.js 8.11.1
  (\`separateWordSearch: false\`, \`accuracy: exactly\` with punctuation limiters, \`diacritics:
  false\`, case-sensitive for exact/capitalised names, insensitive for the rest) — it rewrites the
  DOM, hence the fresh page; (b) one \`\\b…\\b\` RegExp per alias over every text node, each match a
  Range added to a Highlight (the same output as ours); (c) a TreeWalker that reads and
  lowercases every text node. Same 194 names as the extension's missions; glossary abbreviations
  are off by default in the extension and left out everywhere.
- **Stage breakdown:** lib/dom and lib/matcher bundled by Vite into the page's main world, each
  stage on a fresh page, so each runs cold.
- **Long tasks** come from a \`PerformanceObserver({ type: 'longtask', buffered: true })\` that
  each fixture installs first thing in <head>, from navigation until the annotator is quiet; for
  the live blog, from its \`feed:start\` mark on.
- **Hover:** lib/in-page/page-session.ts marks \`missiewijzer:hover-intent-end\` when the intent
  timer fires and measures \`missiewijzer:card-shown\` right after the card is rendered and
  \`missiewijzer:card-painted\` from a \`setTimeout(0)\` queued in the next animation frame (so
  after that frame's paint). For each of 8 distinct marked terms on the 1 MB page: mouse to
  (1, 1), 600 ms for any card to close, the term scrolled to the middle, the mouse onto it.
- **Frame cost:** in a requestAnimationFrame callback the page rewrites one text node; a
  \`setTimeout(0)\` queued there runs after the frame's style, layout, pre-paint and paint.
- **Popup:** chrome-extension://ID/popup.html in a tab; each key of 20 ASCII queries pressed on
  its own; from the keydown's \`event.timeStamp\` to a task queued in the animation frame after the
  last DOM change that keystroke caused (MutationObserver on the page, the input's own attributes
  excepted), once nothing changed for 100 ms.
- **Sizes:** files of .output/chrome-mv3, gzip level 9 per file; the popup is popup.html plus
  every script, stylesheet and chunk it loads, imports followed.
- **Heap:** CDP \`HeapProfiler.collectGarbage\` (twice) then \`Runtime.getHeapUsage\` on the tab:
  \`usedSize\` is the tab's whole V8 isolate (page and content-script worlds), \`embedderHeapUsedSize\`
  the Blink (Oilpan) heap that holds DOM nodes, Ranges and Highlights. No \`--expose-gc\`, and not
  \`performance.memory\` (quantised unless a flag is set).

## Where the time goes, and what was changed (2026-11-23)

**Ours vs the floor (missed, ~10× on a quiet machine).** Cold, in the main world: the DOM walk
is ~14 ms, findMatches on the 11,211 block texts ~60–65 ms (about two thirds of the pass), Ranges
and highlights the rest. The floor lowercases 843 k characters in native code (~10 ms); our
matcher reads every character in JavaScript that is still cold (interpreter and baseline tiers:
~50 ns per character), in 11,211 short calls that each allocate their result arrays. A CDP
profile of the unminified content script ranks self time: textBlocks, scanText, the slice closure
in Annotator.scanFrom, walkFrom, markBlock, findMatches. What to change next, in this order:
1. lib/matcher: let native code find the candidate positions — one sticky/global RegExp of the
   distinct folded first two characters of all names at a word start (a few dozen alternatives;
   irregexp compiles it to machine code at once, no warm-up), and walk the trie only there;
   return a shared empty result before any allocation when a block has no candidate (most have
   none: 2,519 matches in 11,211 blocks).
2. lib/matcher: the root of the trie as a dense array for ASCII keys instead of a Map lookup at
   every word start.
3. lib/dom: match a slice's blocks in one call over their texts joined by a hard boundary, once
   the matcher has such a boundary (context rules must not reach across it).
I expect 1–2 to bring the pass to about 4–5× the floor; 3× would also need the walk itself near
the floor (no per-block strings: scan node.data directly).

**Card painted within one frame (missed, ~30 ms).** The card is in the DOM 2–5 ms after the
intent delay; the rest is the next frame, and it is not ours: whenever the DOM changed since the
last frame, Chromium re-validates every registered highlight range during pre-paint (trace:
PrePaint 18.7–19.5 ms in the frame after the card opens with 2,519 ranges, and again when the
live region's announcement lands 50 ms later). The "frame cost" row shows the same for any change
the page makes: ~20 ms per frame with the extension against ~4 ms without, on the 1 MB page. So
on long pages that animate their DOM (tickers, clocks, live blogs) the extension costs the page
~15 ms per frame, invisible in our slices. The fix (lib/dom/term-highlights.ts with the
annotator; not made yet): keep the full index of
marked terms, but add to the Highlight objects only the ranges of blocks within a screen or two
of the viewport (an IntersectionObserver on the blocks that hold terms), so a 1 MB page has ~100
registered ranges instead of 2,519. Hover (highlightsFromPoint) only needs ranges in view;
page-terms and the terms list already read the index.

**Content script size (missed, ~40 KB gzip).** By source map of the same build, per source gzipped
alone: zod ~6.7 KB (settings and message validation through zod/mini), Preact with hooks ~5.6,
lib/i18n/messages ~4.0 (every UI string, both languages), the matcher input ~3.9, the WXT runtime
~3.2, @wxt-dev/storage ~2.8, page-session ~2.2. Hand-written guards instead of zod in the content
script's imports and a content-script-only message table would bring it to about 30 KB.

**Slices.** The scheduler checks its 6 ms budget between blocks, so a slice overruns by at most
one block's work; the longest slices in quiet runs are 8–11 ms on the 1 MB page. Rare longer ones
line up with machine load (see above).

**Changes made (behaviour kept):**
- lib/dom/text-blocks.ts: the TreeWalker has no NodeFilter any more; skipped subtrees are stepped
  over in JavaScript, as FILTER_REJECT would. The filter was a call from C++ into JavaScript for
  each of the 18,707 nodes: the walk went from ~30 ms to ~14 ms. Checked against the old
  implementation on 3,000 random pages (with \`from\` and \`accept\`), and by the unit and e2e tests.
- lib/dom/annotator.ts: (1) the re-read after a page change is resumable: it goes block by block
  with the slice deadline instead of re-reading a whole subtree in one go; (2) a change that adds or
  removes whole blocks where the parent's own line can be neither split nor joined (at its edge,
  or next to a block with text of its own) re-reads only the added blocks, not the parent — before,
  every burst of the live blog re-read the entire feed (the observer's target), so the work grew with
  the square of the feed: 1,000 paragraphs cost ~170–200 ms of slices with a longest slice of
  ~21 ms; now ~25–30 ms and ~4 ms; (3) a block holding a node the page removed after the walk
  fetched it is not marked (a walk resumed in a later slice could otherwise mark detached text; the
  first pass had the same latent gap). New test: tests/unit/dom/annotator-mutations.test.ts checks
  that after random changes (also while a re-read is under way, with tiny slice budgets) the marks
  equal a fresh annotator's on the final page; it fails on each of the weakened variants tried
  (no neighbour check, inline parents allowed, inline neighbours ignored, no detached-node check).
- lib/in-page/page-session.ts: the hover marks and measures above (a mark, two measures, one
  rAF and one timer per hover).

**Privacy note.** User-timing entries are shared with the page: any page can see
\`missiewijzer:slice\` (and now the hover measures) in its own timeline and so detect the extension
and watch its activity. Consider emitting them only in a benchmark build.
`;
