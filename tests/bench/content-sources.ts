/**
 * `npx tsx tests/bench/content-sources.ts [--files]`: which sources the content script's bytes
 * come from. Builds with source maps (tests/bench/wxt.sourcemap.config.ts, into
 * .output/sourcemap), gives every generated character to the source the map names for it, and
 * prints per source (per package, or per file with --files) the raw bytes and their gzip -9
 * size alone. Sizes alone add up to more than the file's gzip (shared words compress together);
 * they rank what to cut. The matcher input (a virtual module) has no map: it is in "unmapped".
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output/sourcemap/chrome-mv3/content-scripts');
const BY_FILE = process.argv.includes('--files');

function group(source: string): string {
  const path = source.replace(/^(\.\.\/)+/u, '').replace(/\?.*$/u, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/u.exec(path);
  if (!pkg || BY_FILE) return path;
  // zod's and Preact's files are many and small: one line per part reads better.
  const [, name = '', rest = ''] = pkg;
  return name === 'zod' || name === 'preact' ? `${name} (${rest.split('/')[0]})` : name;
}

execFileSync('npx', ['wxt', 'build', '-c', 'tests/bench/wxt.sourcemap.config.ts'], { cwd: ROOT, stdio: 'ignore' });
const code = readFileSync(join(OUT, 'content.js'), 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(join(OUT, 'content.js.map'), 'utf8')));

// Offsets of line starts, so a mapped segment runs on over line breaks (a multi-line template
// literal, such as the card's CSS, has a mapping on its first line only).
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStarts.push(i + 1);
const mappings: { at: number; source: string }[] = [];
map.eachMapping((m) => {
  const at = (lineStarts[m.generatedLine - 1] ?? 0) + m.generatedColumn;
  mappings.push({ at, source: m.source ? group(m.source) : '(unmapped: the matcher input, bundler runtime)' });
});
mappings.sort((a, b) => a.at - b.at);

const pieces = new Map<string, string[]>();
const add = (source: string, piece: string) => {
  const list = pieces.get(source);
  if (list) list.push(piece);
  else pieces.set(source, [piece]);
};
add('(unmapped: the matcher input, bundler runtime)', code.slice(0, mappings[0]?.at ?? code.length));
for (const [i, m] of mappings.entries()) add(m.source, code.slice(m.at, mappings[i + 1]?.at ?? code.length));

const rows = [...pieces]
  .map(([source, list]) => {
    const joined = list.join('');
    return { source, raw: joined.length, gzip: gzipSync(joined, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
console.log(`content.js: ${kb(code.length)} KB raw, ${kb(gzipSync(code, { level: 9 }).length)} KB gzip -9\n`);
console.log(' raw KB  gzip KB  source');
for (const r of rows) console.log(`${kb(r.raw)}  ${kb(r.gzip)}   ${r.source}`);
