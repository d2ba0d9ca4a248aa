/**
 * The floor run as the extension runs: from a content script. A tiny extension of the benchmark's
 * own (written to a temporary folder, MV3, loaded in both browsers where ours is not) listens for
 * an event the page dispatches and answers on an attribute: dispatch is synchronous, so the floor
 * has run when dispatchEvent returns. In Firefox its reads of `node.data` go through Xray
 * wrappers, as ours do; in Chromium through the isolated world's bindings.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaselineResult } from './baselines';
import { type EvalPage, inPage } from './in-page';

const EVENT = 'missiewijzer-bench-floor';
const ATTRIBUTE = 'data-missiewijzer-bench-floor';

const CONTENT_SCRIPT = `document.addEventListener(${JSON.stringify(EVENT)}, () => {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) found += node.data.toLowerCase().length;
  const ms = performance.now() - start;
  document.documentElement.setAttribute(${JSON.stringify(ATTRIBUTE)}, JSON.stringify({ ms, found }));
});
`;

/**
 * Writes an MV3 extension of the benchmark's own with one content script on every page, loadable
 * in Chromium and Firefox ESR (`name`: its folder's prefix, its script's name and its gecko id's
 * first part); returns its folder.
 */
export function writeBenchExtension(name: string, script: string): string {
  const dir = mkdtempSync(join(tmpdir(), `mw-bench-${name}-`));
  const manifest = {
    manifest_version: 3,
    name: `Missiewijzer bench ${name}`,
    version: '1.0',
    content_scripts: [{ matches: ['<all_urls>'], js: [`${name}.js`], run_at: 'document_idle' }],
    browser_specific_settings: { gecko: { id: `bench-${name}@missiewijzer.nl` } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, `${name}.js`), script);
  return dir;
}

/** Writes the extension; returns its folder. */
export function writeFloorExtension(): string {
  return writeBenchExtension('floor', CONTENT_SCRIPT);
}

/** Runs the content-script floor once on the loaded page. */
export function runContentScriptFloor(page: EvalPage): Promise<BaselineResult> {
  return inPage(
    page,
    ([event, attribute]: readonly [string, string]) => {
      document.documentElement.removeAttribute(attribute);
      document.dispatchEvent(new CustomEvent(event));
      const answer = document.documentElement.getAttribute(attribute);
      if (answer === null) throw new Error('the floor content script did not answer');
      return JSON.parse(answer) as { ms: number; found: number };
    },
    [EVENT, ATTRIBUTE] as const,
  );
}
