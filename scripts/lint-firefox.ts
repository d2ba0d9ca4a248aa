/**
 * `web-ext lint` on the Firefox build, as addons.mozilla.org would run it: no errors, and every
 * warning or notice either fixed or listed with its reason in scripts/web-ext-lint-allow.json.
 * An allowed finding must also show its `context` near the reported position (so an entry for
 * Preact's innerHTML cannot hide an innerHTML of our own), and an entry that matches nothing
 * fails too, so the list stays true. Run after `npm run build:firefox`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Finding = { _type: string; code: string; message: string; file?: string; line?: number; column?: number };
type Report = { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
type Allowed = { code: string; file: string; context: string; reason: string };

const root = resolve(import.meta.dirname, '..');
const build = join(root, '.output/firefox-mv3');
if (!existsSync(join(build, 'manifest.json'))) {
  console.error('lint:firefox: no Firefox build in .output/firefox-mv3 (run `npm run build:firefox` first)');
  process.exit(1);
}

const run = spawnSync(
  join(root, 'node_modules/.bin/web-ext'),
  ['lint', '--source-dir', build, '--output', 'json', '--no-config-discovery'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let report: Report;
try {
  report = JSON.parse(run.stdout) as Report;
} catch {
  console.error(`lint:firefox: web-ext lint gave no report\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const { allowed } = JSON.parse(readFileSync(join(root, 'scripts/web-ext-lint-allow.json'), 'utf8')) as {
  allowed: Allowed[];
};

/** The source around a finding's position (minified files are one long line). */
function around(f: Finding): string {
  if (!f.file || !f.line) return '';
  const lines = readFileSync(join(build, f.file), 'utf8').split('\n');
  const line = lines[f.line - 1] ?? '';
  const at = f.column ?? 0;
  return line.slice(Math.max(0, at - 400), at + 400);
}

const used = new Set<Allowed>();
const problems: string[] = [];
const where = (f: Finding) => `${f.file ?? 'manifest'}${f.line ? `:${f.line}:${f.column ?? 0}` : ''}`;
for (const f of report.errors) problems.push(`error ${f.code} at ${where(f)}: ${f.message}`);
for (const f of [...report.warnings, ...report.notices]) {
  const entry = allowed.find(
    (a) => a.code === f.code && new RegExp(a.file, 'u').test(f.file ?? '') && around(f).includes(a.context),
  );
  if (entry) used.add(entry);
  else problems.push(`${f._type} ${f.code} at ${where(f)}: ${f.message} (fix it, or list it with its reason)`);
}
for (const a of allowed)
  if (!used.has(a)) problems.push(`allow-list entry ${a.code} ${a.file} matches no finding: remove it`);

const counts = `${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`;
if (problems.length > 0) {
  console.error(`lint:firefox: ${counts}\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`lint:firefox: ${counts}; every warning and notice is on the allow-list with its reason`);
