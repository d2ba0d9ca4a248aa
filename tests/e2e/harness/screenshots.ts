/**
 * Where e2e tests write screenshots: test-results/screenshots on every run, and the committed
 * docs/screenshots (shown in the README) only when asked with UPDATE_SCREENSHOTS=1
 * (`npm run screenshots`), so a test run never leaves the working tree changed.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function screenshotPath(name: string): string {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}
