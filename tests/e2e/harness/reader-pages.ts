import type { DriverPage } from './driver';

/** Scrolls the reader through every page until each is drawn, at the smallest zoom (fewer pixels to draw). */
export async function drawEveryPage(reader: DriverPage): Promise<number> {
  return reader.evaluate(async () => {
    const zoomOut = () => document.querySelector<HTMLButtonElement>('.mw-reader-controls button');
    for (let i = 0; i < 10 && zoomOut() && !zoomOut()?.disabled; i++) zoomOut()?.click();
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // The page count is there once the document is laid out.
    let pages: HTMLElement[] = [];
    for (let i = 0; i < 400; i++) {
      pages = [...document.querySelectorAll<HTMLElement>('.mw-page')];
      const total = Number(/\d+/u.exec(document.querySelector('.mw-reader-goto span')?.textContent ?? '')?.[0]);
      if (pages.length > 0 && pages.length === total) break;
      await wait(25);
    }
    for (const page of pages) {
      if (page.dataset.drawn !== undefined) continue;
      page.scrollIntoView({ block: 'start' });
      for (let i = 0; i < 800 && page.dataset.drawn === undefined; i++) await wait(25);
      if (page.dataset.drawn === undefined) throw new Error(`page ${page.dataset.page} was not drawn`);
    }
    return pages.length;
  }, undefined);
}
