/**
 * Sizes of the built extension (.output/chrome-mv3): raw bytes and gzip (level 9) per file,
 * summed for the content script (its JS and CSS), the card's interface it loads on first use, the popup (popup.html and every script,
 * stylesheet and chunk it loads, followed through imports) and the whole extension.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Size = { raw: number; gzip: number; files: number };

function sizeOf(root: string, files: Iterable<string>): Size {
  let raw = 0;
  let gzip = 0;
  let count = 0;
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    count++;
  }
  return { raw, gzip, files: count };
}

function allFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path, root) : [relative(root, path)];
  });
}

/** popup.html and what it loads: src/href in the HTML, then static and dynamic imports in JS. */
function popupFiles(root: string): Set<string> {
  const files = new Set<string>(['popup.html']);
  const queue: string[] = [];
  const html = readFileSync(join(root, 'popup.html'), 'utf8');
  for (const m of html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/gu)) queue.push(m[1] as string);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(root, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{0,2}\/[^"'`]+\.(?:js|css))["'`]/gu)) {
      const target = m[1] as string;
      const resolved = target.startsWith('/') ? target.slice(1) : relative(root, join(root, file, '..', target));
      queue.push(resolved);
    }
  }
  return files;
}

/** cardUi: the card's interface, injected into a page only when a card first opens. */
export type Sizes = { contentScript: Size; cardUi: Size; popup: Size; extension: Size };

export function measureSizes(root: string): Sizes {
  const all = allFiles(root);
  return {
    contentScript: sizeOf(
      root,
      all.filter((f) => f.startsWith('content-scripts/')),
    ),
    cardUi: sizeOf(
      root,
      all.filter((f) => f === 'card-ui.js'),
    ),
    popup: sizeOf(root, popupFiles(root)),
    extension: sizeOf(root, all),
  };
}
