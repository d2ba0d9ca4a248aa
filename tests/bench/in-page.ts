/**
 * Runs a function in the page's main world. tsx (esbuild with keepNames) wraps named inner
 * functions in a `__name(...)` helper that does not exist in the page, so the function is sent
 * as source text with a no-op `__name` in scope. Any page that evaluates source text will do: a
 * playwright-core page (Chromium) or a puppeteer-core one (Firefox over WebDriver BiDi).
 */
export type EvalPage = { evaluate(source: string): Promise<unknown> };

export function inPage<A, T>(page: EvalPage, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
  const source = `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`;
  return page.evaluate(source) as Promise<T>;
}
