/**
 * The bench build (MW_BENCH=1) unminified, written to .output/profile: for the benchmark's CPU
 * profile (profile.ts), which names our functions only when they keep their names.
 */
import { variantConfig } from './wxt-variant';

export default variantConfig('.output/profile', { minify: false });
