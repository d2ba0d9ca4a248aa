/**
 * Hover intent, on fake timers: resting on a term for the intent delay opens its card, halfway
 * through it the card is built out of sight, passing over a term opens nothing, and leaving a card
 * opened by hover closes it after the close delay unless the pointer comes back or moves into the
 * card. The term under the pointer is looked up once per animation frame.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarkedTerm } from '../../../lib/dom/term-highlights';
import { HoverIntent, type OpenCard } from '../../../lib/in-page/hover-intent';

const FRAME = 16;

function term(text: string): MarkedTerm {
  const node = document.createTextNode(text);
  return {
    range: document.createRange(),
    match: { start: 0, end: text.length, text, kind: 'mission', id: text.toLowerCase(), candidates: [] },
    startNode: node,
    endNode: node,
  };
}

const unifil = term('UNIFIL');
const untso = term('UNTSO');
/** Where each term lies: x below 100 is UNIFIL, 100–199 UNTSO, the rest is plain text. */
const termAt = vi.fn((x: number) => (x < 100 ? unifil : x < 200 ? untso : null));

let page: HTMLElement;
let card: HTMLElement;
let opened: OpenCard | null;
let abort: AbortController;
const calls = {
  onEnter: vi.fn<(t: MarkedTerm) => void>(),
  onSettle: vi.fn<(t: MarkedTerm) => void>(),
  onIntent: vi.fn<(t: MarkedTerm) => void>(),
  onLeave: vi.fn<() => void>(),
};

function hover(options: { delayMs?: number; closeDelayMs?: number } = {}): HoverIntent {
  const intent = new HoverIntent({
    document,
    termAt,
    inCard: (node) => card.contains(node),
    opened: () => opened,
    ...options,
    ...calls,
  });
  intent.start(abort.signal);
  return intent;
}

function move(x: number, target: Element = page, pointerType = 'mouse') {
  target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: x, clientY: 10, pointerType }));
}

/** Moves the pointer and runs the animation frame that follows. */
function moveTo(x: number) {
  move(x);
  vi.advanceTimersToNextFrame();
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p id="page">text</p><div id="card"><button>Sluiten</button></div>';
  page = document.getElementById('page') as HTMLElement;
  card = document.getElementById('card') as HTMLElement;
  opened = null;
  abort = new AbortController();
  termAt.mockClear();
  for (const fn of Object.values(calls)) fn.mockReset();
});

afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

describe('HoverIntent', () => {
  it('loads for the term at the next frame, builds its card halfway through the delay and opens it at the end', () => {
    const intent = hover({ delayMs: 300 });
    move(50);
    expect(calls.onEnter).not.toHaveBeenCalled();
    vi.advanceTimersByTime(FRAME);
    expect(calls.onEnter).toHaveBeenCalledWith(unifil);
    expect(intent.hovered).toBe(unifil);
    vi.advanceTimersByTime(149);
    expect(calls.onSettle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(calls.onSettle).toHaveBeenCalledWith(unifil);
    vi.advanceTimersByTime(149);
    expect(calls.onIntent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(calls.onIntent).toHaveBeenCalledTimes(1);
    expect(calls.onIntent).toHaveBeenCalledWith(unifil);
  });

  it('waits 300 ms by default', () => {
    hover();
    move(50);
    vi.advanceTimersByTime(FRAME + 299);
    expect(calls.onIntent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(calls.onIntent).toHaveBeenCalledWith(unifil);
  });

  it('looks the term up once a frame, however often the pointer moves', () => {
    hover();
    for (let x = 10; x < 60; x += 10) move(x);
    vi.advanceTimersByTime(FRAME);
    expect(termAt).toHaveBeenCalledTimes(1);
    expect(termAt).toHaveBeenCalledWith(50, 10);
  });

  it('does not restart the delay while the pointer moves within the same term', () => {
    hover({ delayMs: 300 });
    move(10);
    vi.advanceTimersByTime(FRAME + 200);
    move(60);
    vi.advanceTimersByTime(FRAME + 84);
    expect(calls.onIntent).toHaveBeenCalledTimes(1);
    expect(calls.onEnter).toHaveBeenCalledTimes(1);
  });

  it('opens nothing for a term the pointer passes over, and starts over on the next term', () => {
    hover({ delayMs: 300 });
    move(50);
    vi.advanceTimersByTime(FRAME + 100);
    move(150);
    vi.advanceTimersByTime(FRAME + 250);
    expect(calls.onIntent).not.toHaveBeenCalled();
    expect(calls.onSettle).toHaveBeenCalledWith(untso);
    expect(calls.onSettle).not.toHaveBeenCalledWith(unifil);
    vi.advanceTimersByTime(50);
    expect(calls.onIntent).toHaveBeenCalledTimes(1);
    expect(calls.onIntent).toHaveBeenCalledWith(untso);
  });

  it('cancels the delay when the pointer leaves the term for plain text', () => {
    hover({ delayMs: 300 });
    move(50);
    vi.advanceTimersByTime(FRAME + 100);
    move(500);
    vi.advanceTimersByTime(1000);
    expect(calls.onSettle).not.toHaveBeenCalled();
    expect(calls.onIntent).not.toHaveBeenCalled();
    expect(calls.onLeave).not.toHaveBeenCalled();
  });

  it('ignores touch', () => {
    hover();
    move(50, page, 'touch');
    vi.advanceTimersByTime(1000);
    expect(termAt).not.toHaveBeenCalled();
    expect(calls.onIntent).not.toHaveBeenCalled();
  });

  it('does nothing more for the term whose card is already open', () => {
    opened = { term: unifil, by: 'hover' };
    hover();
    move(50);
    vi.advanceTimersByTime(1000);
    expect(calls.onEnter).not.toHaveBeenCalled();
    expect(calls.onIntent).not.toHaveBeenCalled();
  });

  it.each([
    ['the close delay given', { closeDelayMs: 250 }, 250],
    ['400 ms by default', {}, 400],
  ])('closes a card opened by hover after %s once the pointer has left its term', (_name, options, delay) => {
    hover(options);
    opened = { term: unifil, by: 'hover' };
    moveTo(50);
    moveTo(500);
    vi.advanceTimersByTime(delay - 1);
    expect(calls.onLeave).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(calls.onLeave).toHaveBeenCalledTimes(1);
  });

  it('keeps the card open when the pointer comes back to its term in time', () => {
    hover();
    opened = { term: unifil, by: 'hover' };
    moveTo(50);
    moveTo(500);
    vi.advanceTimersByTime(200);
    moveTo(50);
    vi.advanceTimersByTime(1000);
    expect(calls.onLeave).not.toHaveBeenCalled();
  });

  it('keeps the card open while the pointer is in it (WCAG 1.4.13), and says so', () => {
    const intent = hover();
    opened = { term: unifil, by: 'hover' };
    moveTo(50);
    moveTo(500);
    vi.advanceTimersByTime(200);
    move(0, card.querySelector('button') as Element);
    expect(intent.pointerInCard).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(calls.onLeave).not.toHaveBeenCalled();
    move(500);
    expect(intent.pointerInCard).toBe(false);
  });

  it('leaves a card opened from the keyboard open when the pointer moves off a term', () => {
    hover();
    opened = { term: unifil, by: 'keyboard' };
    moveTo(150);
    moveTo(500);
    vi.advanceTimersByTime(1000);
    expect(calls.onLeave).not.toHaveBeenCalled();
  });

  it('forgets a pending close, and the pointer in the card, when the card closes', () => {
    const intent = hover();
    opened = { term: unifil, by: 'hover' };
    move(0, card);
    expect(intent.pointerInCard).toBe(true);
    intent.cardClosed();
    expect(intent.pointerInCard).toBe(false);
    moveTo(50);
    moveTo(500);
    vi.advanceTimersByTime(100);
    intent.cardClosed();
    vi.advanceTimersByTime(1000);
    expect(calls.onLeave).not.toHaveBeenCalled();
  });

  it('stops: pending timers and frames are dropped, and no move is followed', () => {
    const intent = hover();
    move(50);
    vi.advanceTimersByTime(FRAME + 10);
    move(150);
    intent.stop();
    abort.abort();
    vi.advanceTimersByTime(1000);
    expect(calls.onSettle).not.toHaveBeenCalled();
    expect(calls.onIntent).not.toHaveBeenCalled();
    expect(termAt).toHaveBeenCalledTimes(1);
    move(50);
    vi.advanceTimersByTime(1000);
    expect(termAt).toHaveBeenCalledTimes(1);
  });
});
