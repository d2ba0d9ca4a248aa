import { describe, expect, it } from 'vitest';
import { placeCard, type Rect } from '../../../lib/dom/card-position';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const term = (top: number, left = 200): Rect => ({ top, left, width: 50, height: 20 });
const overlaps = (a: Rect, top: number, left: number, width: number, height: number) =>
  top < a.top + a.height && a.top < top + height && left < a.left + a.width && a.left < left + width;

describe('placeCard', () => {
  it('puts the card below the term when it fits', () => {
    const p = placeCard({ anchor: term(100), card, viewport });
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThan(120);
    expect(p.left).toBe(200);
  });

  it('flips above a term near the bottom of the screen', () => {
    const p = placeCard({ anchor: term(700), card, viewport });
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBeLessThanOrEqual(700);
  });

  it('shifts left so a term at the right edge keeps its card on screen', () => {
    const p = placeCard({ anchor: term(100, 950), card, viewport });
    expect(p.left + card.width).toBeLessThanOrEqual(viewport.width);
  });

  it('never goes off the left edge', () => {
    const p = placeCard({ anchor: term(100, -30), card, viewport });
    expect(p.left).toBeGreaterThanOrEqual(0);
  });

  it('limits the height where neither side has room for the whole card, on the roomier side', () => {
    const p = placeCard({ anchor: term(380, 10), card: { width: 300, height: 700 }, mustSee: 200, viewport });
    expect(p.side).toBe('below');
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(viewport.height);
    expect(p.maxHeight).toBeGreaterThanOrEqual(200);
  });

  it('takes the side that leaves room for the key facts, even if the other is preferred', () => {
    // Below the term: 800 - 620 - 14 = 166 px, less than the 220 px of key facts; above: 606 px.
    const p = placeCard({ anchor: term(600), card: { width: 360, height: 900 }, mustSee: 220, viewport });
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBeGreaterThanOrEqual(220);
  });

  it('in a table, goes above the whole row, and never covers it', () => {
    const row = { top: 400, left: 40, width: 900, height: 60 };
    const p = placeCard({ anchor: term(405), avoid: row, card, viewport, preferAbove: true });
    expect(p.side).toBe('above');
    expect(overlaps(row, p.top, p.left, card.width, Math.min(card.height, p.maxHeight))).toBe(false);
  });

  it('in a table near the top of the screen, goes below the whole row, not just below the term', () => {
    const row = { top: 60, left: 40, width: 900, height: 80 };
    const p = placeCard({ anchor: term(62), avoid: row, card, viewport, preferAbove: true });
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(row.top + row.height);
  });

  it('goes beside the term where neither above nor below leaves room for the key facts', () => {
    const short = { width: 1366, height: 384 };
    const anchor = { top: 180, left: 100, width: 60, height: 20 };
    const p = placeCard({ anchor, card: { width: 380, height: 600 }, mustSee: 250, viewport: short });
    expect(p.side).toBe('right');
    expect(p.left).toBeGreaterThanOrEqual(anchor.left + anchor.width);
    expect(p.maxHeight).toBeGreaterThanOrEqual(250);
    expect(p.top + Math.min(600, p.maxHeight)).toBeLessThanOrEqual(short.height);
  });

  it('as a last resort overlaps, but keeps the key facts whole and on screen', () => {
    // 200 % zoom on 1366×768: a 683×384 CSS viewport, the term in the middle of a wide column.
    const zoomed = { width: 683, height: 384 };
    const anchor = { top: 182, left: 300, width: 60, height: 20 };
    const p = placeCard({ anchor, card: { width: 380, height: 700 }, mustSee: 260, viewport: zoomed });
    expect(p.side).toBe('over');
    expect(p.maxHeight).toBeGreaterThanOrEqual(260);
    expect(p.top).toBeGreaterThanOrEqual(0);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(zoomed.height);
  });

  it('keeps the side it had while that side still leaves room for the key facts', () => {
    // Below would now fit the whole card, but the card was above: it stays above rather than flip.
    const p = placeCard({ anchor: term(420), card, mustSee: 150, viewport, previous: 'above' });
    expect(p.side).toBe('above');
    const fresh = placeCard({ anchor: term(420), card, mustSee: 150, viewport });
    expect(fresh.side).toBe('below');
  });
});

describe('placeCard in a table without room above or below the row', () => {
  it('does not go beside the term where that covers the row; it overlaps on the roomier side instead', () => {
    const short = { width: 1366, height: 384 };
    const row = { top: 150, left: 20, width: 1300, height: 80 };
    const anchor = { top: 152, left: 30, width: 60, height: 20 };
    const p = placeCard({
      anchor,
      avoid: row,
      card: { width: 380, height: 600 },
      mustSee: 250,
      viewport: short,
      preferAbove: true,
    });
    expect(p.side).toBe('over');
    expect(p.maxHeight).toBeGreaterThanOrEqual(250);
  });
});
