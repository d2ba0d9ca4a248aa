/**
 * Pure geometry: where to put the card next to a term so that it stays on screen, never covers the
 * text it explains, and always shows its key facts without scrolling.
 *
 * - `avoid` is what must stay visible: the term, or in a table the term's whole row (the card
 *   explains the row; covering its figures defeats the point).
 * - `mustSee` is the height of the card's top block (header and key facts). A side is only taken if
 *   it leaves at least that much room; the card may be shorter than its content below that.
 * - Order of preference: below, then above (in a table: above, then below); where neither side has
 *   room for the key facts, beside the term (right, then left) unless that covers its row; as a last resort the card overlaps
 *   the avoided box on the roomier side, with just enough height for the key facts.
 * - `previous` keeps the side chosen for the same card while it still works, so a scroll or resize
 *   does not flip the card from one side to the other.
 */
export type Rect = { top: number; left: number; width: number; height: number };
export type Size = { width: number; height: number };
export type CardSide = 'below' | 'above' | 'right' | 'left' | 'over';
export type CardPlacement = { top: number; left: number; side: CardSide; maxHeight: number };

export type PlaceRequest = {
  anchor: Rect;
  avoid?: Rect;
  card: Size;
  /** Height the card needs to show its key facts; defaults to the whole card. */
  mustSee?: number;
  viewport: Size;
  /** Above first: the term is in a table row. */
  preferAbove?: boolean;
  previous?: CardSide | null;
};

const GAP = 6;
const MARGIN = 8;

export function placeCard({
  anchor,
  avoid = anchor,
  card,
  mustSee = card.height,
  viewport,
  preferAbove = false,
  previous = null,
}: PlaceRequest): CardPlacement {
  const need = Math.min(mustSee, card.height);
  const usable = viewport.height - 2 * MARGIN;
  const room: Record<'below' | 'above', number> = {
    below: viewport.height - (avoid.top + avoid.height) - GAP - MARGIN,
    above: avoid.top - GAP - MARGIN,
  };
  const vertical = (side: 'below' | 'above'): CardPlacement => {
    const maxHeight = Math.max(0, room[side]);
    const height = Math.min(card.height, maxHeight);
    const top = side === 'below' ? avoid.top + avoid.height + GAP : avoid.top - GAP - height;
    return { top, left: alongside(anchor.left, card.width, viewport.width), side, maxHeight };
  };

  const order: ('below' | 'above')[] = preferAbove ? ['above', 'below'] : ['below', 'above'];
  if ((previous === 'below' || previous === 'above') && room[previous] >= need) return vertical(previous);
  const whole = order.find((side) => room[side] >= card.height);
  if (whole) return vertical(whole);
  const enough = order.filter((side) => room[side] >= need).sort((a, b) => room[b] - room[a])[0];
  if (enough) return vertical(enough);

  const beside = besideTerm(anchor, card, viewport, previous);
  if (beside && !overlaps(beside, Math.min(card.height, beside.maxHeight), card.width, avoid)) return beside;

  // Nothing leaves room for the key facts: overlap on the roomier side, as little as needed.
  const side = room.below >= room.above ? 'below' : 'above';
  const maxHeight = Math.max(0, Math.min(usable, Math.max(need, room[side])));
  const height = Math.min(card.height, maxHeight);
  const top =
    side === 'below'
      ? Math.min(avoid.top + avoid.height + GAP, viewport.height - MARGIN - height)
      : Math.max(MARGIN, avoid.top - GAP - height);
  return { top, left: alongside(anchor.left, card.width, viewport.width), side: 'over', maxHeight };
}

/** Right or left of the term, as tall as the viewport allows, centred on it where it can be. */
function besideTerm(anchor: Rect, card: Size, viewport: Size, previous: CardSide | null): CardPlacement | null {
  const right = viewport.width - (anchor.left + anchor.width) - GAP - MARGIN;
  const left = anchor.left - GAP - MARGIN;
  const fits = (space: number) => space >= card.width;
  const side = previous === 'left' && fits(left) ? 'left' : fits(right) ? 'right' : fits(left) ? 'left' : null;
  if (!side) return null;
  const maxHeight = viewport.height - 2 * MARGIN;
  const height = Math.min(card.height, maxHeight);
  const centred = anchor.top + anchor.height / 2 - height / 2;
  const top = Math.max(MARGIN, Math.min(centred, viewport.height - MARGIN - height));
  const x = side === 'right' ? anchor.left + anchor.width + GAP : anchor.left - GAP - card.width;
  return { top, left: x, side, maxHeight };
}

function overlaps(spot: CardPlacement, height: number, width: number, box: Rect): boolean {
  return (
    spot.top < box.top + box.height &&
    box.top < spot.top + height &&
    spot.left < box.left + box.width &&
    box.left < spot.left + width
  );
}

/** Lined up with the term's left edge, shifted to stay inside the viewport. */
function alongside(left: number, width: number, viewportWidth: number): number {
  return Math.max(MARGIN, Math.min(left, viewportWidth - MARGIN - width));
}
