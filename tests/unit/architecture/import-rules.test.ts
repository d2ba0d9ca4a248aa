/**
 * The layering rules in biome.json (entrypoints → components → lib → data, build/ outside the
 * extension, pure modules free of DOM and browser APIs, no import cycles) are only worth something
 * if they fire: each case lays out a tiny project with the repository's own Biome configuration and
 * lints it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const biome = join(root, 'node_modules/.bin/biome');
const workspaces: string[] = [];

type Diagnostic = { category: string; location: { path: string } };

/** Lints the given files with the repository's rules; returns `file: rule` for each error. */
function lint(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'mw-import-rules-'));
  workspaces.push(dir);
  const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
  delete config.$schema;
  config.vcs = { enabled: false };
  config.files = { includes: ['**'] };
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  let out: string;
  try {
    out = execFileSync(biome, ['lint', '--reporter=json', `--config-path=${dir}`, dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // Biome exits non-zero when it reports errors; the report is still on stdout.
    out = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as { diagnostics: Diagnostic[] };
  return report.diagnostics.map((d) => `${relative(dir, d.location.path)}: ${d.category.replace('lint/', '')}`);
}

/** A module's header: its first comment, which says what the module is (`Pure: …`, `DOM: …`). */
function headerOf(source: string): string {
  const start = source.indexOf('/**');
  return start === -1 ? '' : source.slice(start, source.indexOf('*/', start));
}

afterAll(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

const card = { 'components/card/Card.tsx': 'export const Card = 1;\n' };

describe('import rules', () => {
  it('let each layer import the one below it', () => {
    expect(
      lint({
        ...card,
        'data/schema.ts': 'export const schema = 1;\n',
        'lib/format/dates.ts': "import { schema } from '../../data/schema';\n\nexport const dates = schema;\n",
        'components/card/Dates.tsx': "import { dates } from '../../lib/format/dates';\n\nexport const Dates = dates;\n",
        'entrypoints/popup/main.ts':
          "import { Card } from '../../components/card/Card';\n\nexport const main = Card;\n",
      }),
    ).toEqual([]);
  });

  it('fail lib/ importing components/', () => {
    expect(
      lint({
        ...card,
        'lib/in-page/host.ts': "import { Card } from '../../components/card/Card';\n\nexport const host = Card;\n",
      }),
    ).toEqual(['lib/in-page/host.ts: style/noRestrictedImports']);
  });

  it('fail components/ importing entrypoints/ and data/ importing lib/', () => {
    expect(
      lint({
        'entrypoints/popup/state.ts': 'export const state = 1;\n',
        'components/popup/Popup.tsx':
          "import { state } from '../../entrypoints/popup/state';\n\nexport const P = state;\n",
        'lib/format/dates.ts': 'export const dates = 1;\n',
        'data/dataset.ts': "import { dates } from '../lib/format/dates';\n\nexport const d = dates;\n",
      }).sort(),
    ).toEqual(['components/popup/Popup.tsx: style/noRestrictedImports', 'data/dataset.ts: style/noRestrictedImports']);
  });

  it('let build/ import lib/ and data/, and the extension import a package folder named build', () => {
    expect(
      lint({
        'data/schema.ts': 'export const schema = 1;\n',
        'lib/matcher/compile.ts': 'export const compile = 1;\n',
        'build/vite/plugin.ts':
          "import { schema } from '../../data/schema';\nimport { compile } from '../../lib/matcher/compile';\n\nexport const plugin = [schema, compile];\n",
        'components/reader/load.ts':
          "import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';\n\nexport const load = workerUrl;\n",
      }),
    ).toEqual([]);
  });

  it('fail lib/, components/, entrypoints/ and data/ importing build/, and build/ importing components/', () => {
    expect(
      lint({
        ...card,
        'build/vite/plugin.ts': 'export const plugin = 1;\n',
        'lib/matcher/probe.ts': "import { plugin } from '../../build/vite/plugin';\n\nexport const p = plugin;\n",
        'lib/dom/probe.ts': "import { plugin } from '../../build/vite/plugin';\n\nexport const p = plugin;\n",
        'components/card/Probe.tsx': "import { plugin } from '../../build/vite/plugin';\n\nexport const P = plugin;\n",
        'entrypoints/background.ts': "import { plugin } from '../build/vite/plugin';\n\nexport const b = plugin;\n",
        'data/dataset.ts': "import { plugin } from '../build/vite/plugin';\n\nexport const d = plugin;\n",
        'build/dataset/report.ts': "import { Card } from '../../components/card/Card';\n\nexport const r = Card;\n",
      }).sort(),
    ).toEqual([
      'build/dataset/report.ts: style/noRestrictedImports',
      'components/card/Probe.tsx: style/noRestrictedImports',
      'data/dataset.ts: style/noRestrictedImports',
      'entrypoints/background.ts: style/noRestrictedImports',
      'lib/dom/probe.ts: style/noRestrictedImports',
      'lib/matcher/probe.ts: style/noRestrictedImports',
    ]);
  });

  it('fail a pure module that touches the DOM or a browser API', () => {
    expect(
      lint({
        'lib/matcher/probe.ts': 'export const title = () => document.title;\n',
        'lib/search/probe.ts': "import { browser } from 'wxt/browser';\n\nexport const b = browser;\n",
        'lib/dom/walk.ts': 'export const walk = 1;\n',
        'lib/format/probe.ts': "import { walk } from '../dom/walk';\n\nexport const w = walk;\n",
      }).sort(),
    ).toEqual([
      'lib/format/probe.ts: style/noRestrictedImports',
      'lib/matcher/probe.ts: style/noRestrictedGlobals',
      'lib/search/probe.ts: style/noRestrictedImports',
    ]);
  });

  it('fail a pure module outside the pure folders that touches the DOM or imports wxt', () => {
    expect(
      lint({
        'lib/popup/page-summary.ts': 'export const title = () => document.title;\n',
        'lib/settings/settings-fields.ts': "import { browser } from 'wxt/browser';\n\nexport const b = browser;\n",
      }).sort(),
    ).toEqual([
      'lib/popup/page-summary.ts: style/noRestrictedGlobals',
      'lib/settings/settings-fields.ts: style/noRestrictedImports',
    ]);
  });

  it('lint every module whose header says it is pure as pure', () => {
    const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8')) as {
      overrides: { includes: string[]; linter?: { rules?: { style?: Record<string, unknown> } } }[];
    };
    const pureIncludes = config.overrides
      .filter((o) => o.linter?.rules?.style?.noRestrictedGlobals)
      .flatMap((o) => o.includes);
    const covered = (path: string) =>
      pureIncludes.some((glob) => (glob.endsWith('/**') ? path.startsWith(glob.slice(0, -2)) : path === glob));
    const pure = readdirSync(join(root, 'lib'), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts'))
      .map((path) => `lib/${path}`)
      .filter((path) => /\bPure\b/.test(headerOf(readFileSync(join(root, path), 'utf8'))));
    expect(pure.length).toBeGreaterThan(30);
    expect(pure.filter((path) => !covered(path))).toEqual([]);
  });

  it('let DOM modules use the DOM', () => {
    expect(lint({ 'lib/dom/probe.ts': 'export const title = () => document.title;\n' })).toEqual([]);
  });

  it('fail an import cycle', () => {
    const found = lint({
      'lib/format/a.ts': "import { b } from './b';\n\nexport const a = () => b;\n",
      'lib/format/b.ts': "import { a } from './a';\n\nexport const b = () => a;\n",
    });
    expect(found).toContain('lib/format/a.ts: suspicious/noImportCycles');
  });
});
