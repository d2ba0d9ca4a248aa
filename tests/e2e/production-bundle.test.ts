/**
 * A normal build (`npm run build`, as test:e2e runs it) carries none of the benchmark's measures
 * (lib/dom/bench-marks.ts): they are built in only with MW_BENCH=1, as `npm run bench` builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_PAINTED_MEASURE, CARD_SHOWN_MEASURE, SLICE_MEASURE } from '../../lib/dom/bench-marks';

function scripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(dir, file));
}

describe.each(['chrome-mv3', 'firefox-mv3'])('%s build', (name) => {
  const files = scripts(join('.output', name));

  it("holds the page session's code, where the card measures were", () => {
    expect(files.some((f) => f.includes('content-scripts'))).toBe(true);
    // The page session's highlight of the open card's term.
    expect(files.filter((f) => readFileSync(f, 'utf8').includes('missiewijzer-active')).length).toBeGreaterThan(0);
  });

  it("leaves the benchmark's measures out", () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const measure of [SLICE_MEASURE, CARD_SHOWN_MEASURE, CARD_PAINTED_MEASURE]) {
        expect(code.includes(measure), `${measure} in ${file}`).toBe(false);
      }
    }
  });
});
