import preact from '@preact/preset-vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit tests that need a real DOM (mutation records, layout, scrolling) end in `.browser.test.ts(x)`. */
const BROWSER_TESTS = 'tests/unit/**/*.browser.test.{ts,tsx}';

export default defineConfig({
  // Unit tests run with the benchmark's measures on (lib/dom/bench-marks.ts): they count slices.
  define: { __MW_BENCH__: 'true' },
  test: {
    maxWorkers: 2,
    // Component tests with axe and every mission render for seconds on a busy two-core machine.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/data/**/*.test.ts'],
          exclude: [BROWSER_TESTS],
          environment: 'happy-dom',
          pool: 'threads',
        },
      },
      {
        // Debian's Chromium, headless: the tests never download a browser. No WXT plugin: what
        // runs here is DOM code that needs no extension API.
        extends: true,
        plugins: [preact()],
        // Bundled before the first test, so no test is reloaded when one of them is first imported.
        optimizeDeps: { include: ['fast-check', '@testing-library/preact', 'preact', 'preact/hooks'] },
        test: {
          name: 'browser',
          include: [BROWSER_TESTS],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: '/usr/bin/chromium',
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--no-first-run',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
