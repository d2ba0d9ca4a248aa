/**
 * The three baselines, run in the page's main world of a browser without the extension. Each
 * function is serialised by page.evaluate, so it must not close over anything: everything it
 * needs comes in as its argument. Each returns the main-thread time of its one synchronous task.
 */
import type { BenchAlias } from './aliases';

export type BaselineResult = { ms: number; found: number };

/**
 * mark.js 8 (node_modules/mark.js/dist/mark.min.js, added to the page first) marking every
 * alias: whole names (`separateWordSearch: false`), bounded by whitespace or punctuation
 * (`accuracy: exactly` with limiters), no diacritics expansion (our matcher does not fold
 * diacritics either), case-sensitive for exact/capitalised names and insensitive for the others,
 * as the dataset's case rules say. mark.js changes the DOM, so every run gets a fresh page.
 */
export function runMarkJs(aliases: BenchAlias[]): BaselineResult {
  type MarkOptions = Record<string, unknown> & { done?: (n: number) => void };
  type MarkInstance = { mark(keywords: string[], options: MarkOptions): void };
  const Mark = (window as unknown as { Mark: new (ctx: Element) => MarkInstance }).Mark;
  const sensitive: string[] = [];
  const insensitive: string[] = [];
  for (const a of aliases) {
    if (a.case === 'insensitive') insensitive.push(a.text);
    else {
      sensitive.push(a.text);
      if (a.case === 'capitalized') sensitive.push(a.text.charAt(0) + a.text.slice(1).toLowerCase());
    }
  }
  const limiters = [',', '.', ';', ':', '(', ')', '-', '\u2019', "'", '"', '/', '!', '?', '\u201c', '\u201d'];
  let found = 0;
  const instance = new Mark(document.body);
  const start = performance.now();
  for (const [keywords, caseSensitive] of [
    [sensitive, true],
    [insensitive, false],
  ] as const) {
    instance.mark(keywords, {
      separateWordSearch: false,
      accuracy: { value: 'exactly', limiters },
      diacritics: false,
      caseSensitive,
      done: (n: number) => {
        found += n;
      },
    });
  }
  return { ms: performance.now() - start, found };
}

/**
 * The naive way: one RegExp per alias (`\b…\b`, flags from the case rule, whitespace as `\s+`),
 * run over every text node, each match turned into a Range and added to a Highlight — the same
 * output our annotator produces, without changing the DOM.
 */
export function runNaiveRegExps(aliases: BenchAlias[]): BaselineResult {
  const start = performance.now();
  const escapeAlias = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
  const regexps = aliases.map((a) => {
    const body =
      a.case === 'capitalized'
        ? `(?:${escapeAlias(a.text)}|${escapeAlias(a.text.charAt(0) + a.text.slice(1).toLowerCase())})`
        : escapeAlias(a.text);
    return new RegExp(`\\b${body}\\b`, a.case === 'insensitive' ? 'gi' : 'g');
  });
  const highlight = new Highlight();
  CSS.highlights.set('bench-naive', highlight);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const text = (node as Text).data;
    for (const re of regexps) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        highlight.add(range);
        found++;
      }
    }
  }
  return { ms: performance.now() - start, found };
}

/** The floor: a TreeWalker that reads every text node and lowercases it, and nothing else. */
export function runFloor(): BaselineResult {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    found += (node as Text).data.toLowerCase().length;
  }
  return { ms: performance.now() - start, found };
}
