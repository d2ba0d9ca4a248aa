/**
 * Pure geometry: where to put the card next to a term so it stays on screen. Below the term if
 * it fits, else above (flip); shifted sideways to stay inside the viewport (shift).
 */
export type Rect = { top: number; left: number; width: number; height: number };
export type Size = { width: number; height: number };
export type CardPlacement = { top: number; left: number; side: 'below' | 'above'; maxHeight: number };

const GAP = 6;
const MARGIN = 8;

export function placeCard(anchor: Rect, card: Size, viewport: Size): CardPlacement {
  const spaceBelow = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const spaceAbove = anchor.top - GAP - MARGIN;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? spaceBelow : spaceAbove);
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  const maxLeft = viewport.width - MARGIN - card.width;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  return { top, left, side, maxHeight };
}
