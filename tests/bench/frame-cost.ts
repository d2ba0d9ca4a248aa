/**
 * What a frame costs the page when it changes its DOM: in an animation-frame callback the page
 * rewrites one text node (as a clock or a ticker does), and a task queued from that callback
 * runs after the frame's style, layout, pre-paint and paint. With the extension, Chromium
 * re-validates every registered highlight range when the DOM has changed, in pre-paint: this
 * cost is the page's, outside our slices.
 */
import type { Page } from 'playwright-core';
import { inPage } from './in-page';

export function frameCostMs(page: Page, frames = 20): Promise<number[]> {
  return inPage(
    page,
    (n: number) =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        const span = document.createElement('span');
        (document.querySelector('footer') ?? document.body).append(span);
        const step = () =>
          requestAnimationFrame(() => {
            const t0 = performance.now();
            span.textContent = `tick ${out.length}`;
            setTimeout(() => {
              out.push(performance.now() - t0);
              if (out.length < n) step();
              else {
                span.remove();
                resolve(out);
              }
            }, 0);
          });
        step();
      }),
    frames,
  );
}
