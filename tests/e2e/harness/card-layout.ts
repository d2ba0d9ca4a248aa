/** Main-world probes of the open card's layout: what a reader sees of it, without scrolling it. */
import type { DriverPage } from './driver';

export type FactBox = { name: string; top: number; bottom: number; text: string };

export type CardLayout = {
  /** The part of the card a reader sees: its box, clipped by its own scroll area and the viewport. */
  visible: { top: number; bottom: number; left: number; right: number };
  panel: { top: number; bottom: number; left: number; right: number };
  scrollTop: number;
  facts: FactBox[];
  /** Where the "more below" cue starts while it shows; null when the whole card is visible. */
  cueTop: number | null;
  side: string | undefined;
};

export function cardLayout(page: DriverPage): Promise<CardLayout> {
  return page.evaluate(() => {
    const panel = document.querySelector('missiewijzer-ui')?.shadowRoot?.querySelector('.mw-layer') as HTMLElement;
    if (!panel?.matches(':popover-open')) throw new Error('no open card');
    const box = panel.getBoundingClientRect();
    const inner = {
      top: Math.max(0, box.top + panel.clientTop),
      bottom: Math.min(window.innerHeight, box.top + panel.clientTop + panel.clientHeight),
      left: Math.max(0, box.left),
      right: Math.min(window.innerWidth, box.right),
    };
    const facts = [...panel.querySelectorAll('.mw-key-facts > .mw-fact')].map((row) => {
      const r = row.getBoundingClientRect();
      return { name: row.className, top: r.top, bottom: r.bottom, text: row.textContent ?? '' };
    });
    const cue = panel.querySelector('.mw-more-cue') as HTMLElement | null;
    const cueShown = !!cue && getComputedStyle(cue).visibility === 'visible';
    return {
      visible: inner,
      panel: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
      scrollTop: panel.scrollTop,
      facts,
      cueTop: cueShown && cue ? cue.getBoundingClientRect().top : null,
      side: panel.dataset.side,
    };
  }, undefined);
}

type Clip = { x: number; y: number; width: number; height: number };

/** The RGBA bytes of a region of the viewport as painted, decoded by the page's own image decoder. */
async function regionPixels(page: DriverPage, clip: Clip): Promise<number[]> {
  const png = await page.screenshotRegion(clip);
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    return Array.from(ctx.getImageData(0, 0, img.width, img.height).data);
  }, png);
}

/** Mean relative luminance (0 black – 1 white) of a region of the viewport, as painted. */
export async function regionLuminance(page: DriverPage, clip: Clip): Promise<number> {
  const px = await regionPixels(page, clip);
  let sum = 0;
  for (let i = 0; i < px.length; i += 4)
    sum += 0.2126 * (px[i] ?? 0) + 0.7152 * (px[i + 1] ?? 0) + 0.0722 * (px[i + 2] ?? 0);
  return sum / (px.length / 4) / 255;
}

export type Rgb = (r: number, g: number, b: number) => boolean;

/** The missions' blue (#1f6feb). */
export const MISSION_BLUE: Rgb = (r, g, b) => b > 150 && b - r > 80 && b - g > 30;

/**
 * Whether an underline is painted below `word` (its first occurrence): the strip just under the
 * word's baseline holds pixels of the underline's colour (by default the missions' blue), which
 * plain text in black or grey on white never has.
 */
export async function underlinePixels(page: DriverPage, word: string, colour: Rgb = MISSION_BLUE): Promise<number> {
  const rect = await page.evaluate((w) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(w) ?? -1;
      if (at === -1) continue;
      (node.parentElement as Element).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const r = range.getBoundingClientRect();
      return { x: Math.floor(r.left), y: Math.floor(r.top + r.height * 0.6), width: Math.ceil(r.width), height: 12 };
    }
    throw new Error(`"${w}" not found`);
  }, word);
  const px = await regionPixels(page, rect);
  let painted = 0;
  for (let i = 0; i < px.length; i += 4) {
    const [r, g, b] = [px[i] ?? 0, px[i + 1] ?? 0, px[i + 2] ?? 0];
    if (colour(r, g, b)) painted++;
  }
  return painted;
}
