/**
 * The production config with source maps, written to .output/sourcemap: for
 * tests/bench/content-sources.ts, which attributes the content script's bytes to its sources.
 */
import { variantConfig } from './wxt-variant';

export default variantConfig('.output/sourcemap', { sourcemap: true });
