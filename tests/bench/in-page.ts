/**
 * Runs a function in the page's main world. tsx (esbuild with keepNames) wraps named inner
 * functions in a `__name(...)` helper that does not exist in the page, so the function is sent
 * as source text with a no-op `__name` in scope.
 */
import type { Page } from 'playwright-core';

export function inPage<A, T>(page: Page, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
  const source = `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`;
  return page.evaluate(source) as Promise<T>;
}
