/**
 * The bench build (MW_BENCH=1) unminified, written to .output/profile: for `npm run bench --
 * --profile`, whose CPU profile names our functions only when they keep their names.
 */
import { defineConfig, type UserConfig } from 'wxt';
import base from '../../wxt.config';

const config = base as UserConfig;
const baseVite = config.vite;

export default defineConfig({
  ...config,
  outDir: '.output/profile',
  vite: (env) => {
    const own = baseVite ? baseVite(env) : {};
    return { ...own, build: { ...(own as { build?: object }).build, minify: false } };
  },
});
