/**
 * Renders the extension icons in public/icon/ from the SVG sources in assets/icon/, with headless
 * Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH). The PNGs are committed: builds never
 * rasterise. Run after changing a source: `npm run icons`.
 *
 * - icon.svg → 16, 32, 48, 128.png: the brand icon (manifest `icons`, `action.default_icon`).
 *   At 128 the art is 96 × 96 inside 16 px of transparent padding, as the Chrome Web Store asks.
 * - mark.svg → light-N.png / dark-N.png: the bare mark for Firefox's `action.theme_icons`, light on
 *   dark themes (key `light`) and dark on light themes (key `dark`).
 *
 * Both are drawn on a 16-unit grid with whole-unit edges; `NAME-16.svg`, when present, is the same
 * drawing hinted for 16 px (diagonals as whole-pixel steps) and is used for that size only.
 * `--preview FILE` also writes an enlarged sheet of all icons on light and dark backgrounds.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
const SOURCE_DIR = join(ROOT, 'assets/icon');
const OUT_DIR = join(ROOT, 'public/icon');

const MARK_ON_DARK = '#ffffff';
const MARK_ON_LIGHT = '#154273';

type Job = { file: string; svg: string; size: number; art: number; color?: string };

/** The source for a size: `NAME-SIZE.svg` if there is one, else `NAME.svg`. */
function source(name: string, size: number): string {
  const hinted = join(SOURCE_DIR, `${name}-${size}.svg`);
  return readFileSync(existsSync(hinted) ? hinted : join(SOURCE_DIR, `${name}.svg`), 'utf8');
}

const jobs: Job[] = [
  ...[16, 32, 48].map((size) => ({ file: `${size}.png`, svg: source('icon', size), size, art: size })),
  { file: '128.png', svg: source('icon', 96), size: 128, art: 96 },
  ...[16, 32, 48].flatMap((size) => [
    { file: `light-${size}.png`, svg: source('mark', size), size, art: size, color: MARK_ON_DARK },
    { file: `dark-${size}.png`, svg: source('mark', size), size, art: size, color: MARK_ON_LIGHT },
  ]),
];

/** The SVG at `art` px, centred in a transparent `size` px page. */
function page({ svg, size, art, color = 'black' }: Job): string {
  const sized = svg.replace(/\swidth="[^"]*"\s+height="[^"]*"/, ` width="${art}" height="${art}"`);
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;color:${color};background:transparent">${sized}</body></html>`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  mkdirSync(OUT_DIR, { recursive: true });
  const context = await browser.newContext({ deviceScaleFactor: 1 });
  const tab = await context.newPage();
  for (const job of jobs) {
    await tab.setViewportSize({ width: job.size, height: job.size });
    await tab.setContent(page(job));
    const png = await tab.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: job.size, height: job.size } });
    writeFileSync(join(OUT_DIR, job.file), png);
    console.log(`public/icon/${job.file}`);
  }

  const previewAt = process.argv.indexOf('--preview');
  const previewFile = previewAt >= 0 ? process.argv[previewAt + 1] : undefined;
  if (previewFile) {
    const cells = jobs
      .map((job) => {
        const src = `data:image/png;base64,${readFileSync(join(OUT_DIR, job.file)).toString('base64')}`;
        const img = `<img src="${src}" width="${job.size * 4}" style="image-rendering:pixelated;display:block">`;
        return `<figure style="margin:8px">${img}<figcaption>${job.file}</figcaption></figure>`;
      })
      .join('');
    const row = (bg: string, fg: string) =>
      `<div style="display:flex;flex-wrap:wrap;align-items:end;background:${bg};color:${fg};font:12px sans-serif">${cells}</div>`;
    await tab.setViewportSize({ width: 1600, height: 400 });
    await tab.setContent(`<body style="margin:0">${row('#f9f9fb', '#000')}${row('#2b2a33', '#fff')}</body>`);
    await tab.screenshot({ path: previewFile, fullPage: true });
    console.log(previewFile);
  }
} finally {
  await browser.close();
}
