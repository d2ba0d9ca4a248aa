/**
 * The production config with source maps, written to .output/sourcemap: for
 * tests/bench/content-sources.ts, which attributes the content script's bytes to its sources.
 */
import { defineConfig, type UserConfig } from 'wxt';
import base from '../../wxt.config';

const config = base as UserConfig;
const baseVite = config.vite;

export default defineConfig({
  ...config,
  outDir: '.output/sourcemap',
  vite: (env) => {
    const own = baseVite ? baseVite(env) : {};
    return { ...own, build: { ...(own as { build?: object }).build, sourcemap: true } };
  },
});
