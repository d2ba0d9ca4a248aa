import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../lib/dom/card-position';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

describe('placeCard', () => {
  it('puts the card below the term when it fits', () => {
    const p = placeCard({ top: 100, left: 200, width: 50, height: 20 }, card, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThan(120);
    expect(p.left).toBe(200);
  });

  it('flips above a term near the bottom of the screen', () => {
    const p = placeCard({ top: 700, left: 200, width: 50, height: 20 }, card, viewport);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBeLessThanOrEqual(700);
  });

  it('shifts left so a term at the right edge keeps its card on screen', () => {
    const p = placeCard({ top: 100, left: 950, width: 40, height: 20 }, card, viewport);
    expect(p.left + card.width).toBeLessThanOrEqual(viewport.width);
  });

  it('never goes off the left edge', () => {
    const p = placeCard({ top: 100, left: -30, width: 40, height: 20 }, card, viewport);
    expect(p.left).toBeGreaterThanOrEqual(0);
  });

  it('limits the height where neither side has room, on the roomier side', () => {
    const p = placeCard({ top: 380, left: 10, width: 40, height: 20 }, { width: 300, height: 700 }, viewport);
    expect(p.side).toBe('below');
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(viewport.height);
  });
});
