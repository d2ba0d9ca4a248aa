import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  // Unit tests run with the benchmark's measures on (lib/dom/bench-marks.ts): they count slices.
  define: { __MW_BENCH__: 'true' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/data/**/*.test.ts'],
    environment: 'happy-dom',
    pool: 'threads',
    maxWorkers: 2,
    // Component tests with axe and every mission render for seconds on a busy two-core machine.
    testTimeout: 30_000,
  },
});
