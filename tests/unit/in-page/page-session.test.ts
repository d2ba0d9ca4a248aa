/**
 * The page session as its parts work together, on fake timers, on a page of three paragraphs
 * marked by the real matcher and annotator: hovering a term for the intent delay opens its card
 * (records from the dataset, as the background gives them), leaving it closes it, the keyboard
 * steps through the terms, lists the missions and jumps to one, Escape and a click elsewhere
 * close, and stopping leaves the page as it was. happy-dom has no layout: the caret under the
 * pointer and the boxes of text are stubbed; tests/e2e/card.scenarios.ts does all this for real.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetNotes, documents, missions, terms } from '../../../data/dataset';
import type { Mission } from '../../../data/schema';
import { OWN_UI_TAG } from '../../../lib/dom/own-ui';
import type { CardDataLoader } from '../../../lib/in-page/card-data';
import { ACTIVE_HIGHLIGHT, PageSession } from '../../../lib/in-page/page-session';
import { compileMatcher } from '../../../lib/matcher';
import { cardDataFor } from '../../../lib/messages/card-data-handler';
import { type FakeRenderer, fakeRenderer } from '../../support/fake-renderer';
import { installPopover } from '../../support/popover';

const dataset = { missions, terms, documents, notes: datasetNotes };
const unifil = missions.find((m) => m.id === 'unifil') as Mission;
const untso = missions.find((m) => m.id === 'untso') as Mission;

/** Each paragraph is a line 20 px high: y = 10 is the first, 30 the second, 50 the third. */
const PAGE = [
  'UNIFIL houdt toezicht in Zuid-Libanon.',
  'UNTSO is de oudste VN-missie.',
  'Ook UNIFIL wordt genoemd.',
  'Hier staat geen missie.',
];
const PLAIN_Y = 70;

type Registry = Map<string, Highlight>;

let registry: Registry;
let renderer: FakeRenderer;
let loadCardData: ReturnType<typeof vi.fn<CardDataLoader>>;
let session: PageSession | null;
const restore: (() => void)[] = [];

function stub<T extends object, K extends keyof T>(target: T, key: K, value: T[K]) {
  const original = target[key];
  target[key] = value;
  restore.push(() => {
    target[key] = original;
  });
}

beforeAll(() => {
  installPopover();
  const g = globalThis as unknown as { Highlight?: unknown };
  g.Highlight ??= class extends Set<AbstractRange> {};
});

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = `${PAGE.map((text, i) => `<p data-line="${i}">${text}</p>`).join('')}<button id="page-button">Knop</button>`;
  // The caret under the pointer: a few characters into the line's text, so on its first word.
  const caretAt = (_x: number, y: number) => {
    const p = document.querySelector(`[data-line="${Math.floor(y / 20)}"]`);
    return p?.firstChild ? ({ offsetNode: p.firstChild, offset: 2 } as unknown as CaretPosition) : null;
  };
  stub(document, 'caretPositionFromPoint', caretAt);
  // Every range covers the point asked about; the line decides which term is there.
  stub(Range.prototype, 'getClientRects', () => [new DOMRect(0, 0, 2000, 2000)] as unknown as DOMRectList);
  stub(Element.prototype, 'scrollIntoView', vi.fn());
  registry = new Map();
  renderer = fakeRenderer();
  loadCardData = vi.fn<CardDataLoader>(async (ids) => cardDataFor(dataset, ids));
  session = null;
});

afterEach(() => {
  session?.stop();
  for (const undo of restore.splice(0).reverse()) undo();
  vi.useRealTimers();
});

async function start(options: { hoverDelayMs?: number; closeDelayMs?: number } = {}) {
  session = new PageSession({
    document,
    matcher: compileMatcher(missions),
    registry: registry as unknown as HighlightRegistry,
    loadCardData,
    loadRenderer: async () => renderer,
    lang: () => 'nl',
    today: () => new Date(2026, 11, 5),
    ...options,
  });
  session.start();
  await vi.advanceTimersByTimeAsync(50);
  return session;
}

function pointAt(y: number, target: EventTarget = document.body) {
  target.dispatchEvent(
    new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: 5, clientY: y, pointerType: 'mouse' }),
  );
}

const host = () => document.querySelector(OWN_UI_TAG);
const panel = () => host()?.shadowRoot?.querySelector('.mw-layer') as HTMLElement | null | undefined;
const isOpen = () => panel()?.matches(':popover-open') === true;
const live = () => host()?.shadowRoot?.querySelector('[role="status"]')?.textContent;
const active = () => [...(registry.get(ACTIVE_HIGHLIGHT) ?? [])] as Range[];
const shown = () => renderer.last();

describe('PageSession', () => {
  it('marks the page and answers page-terms with what it holds', async () => {
    const s = await start();
    await vi.advanceTimersByTimeAsync(100);
    expect(s.pageTerms()).toMatchObject({
      complete: true,
      terms: [
        { id: 'unifil', text: 'UNIFIL' },
        { id: 'untso', text: 'UNTSO' },
        { id: 'unifil', text: 'UNIFIL' },
      ],
    });
    expect(host()).toBeNull();
  });

  it('opens the card of the term the pointer rests on, after the intent delay', async () => {
    await start({ hoverDelayMs: 300 });
    pointAt(30);
    await vi.advanceTimersByTimeAsync(100);
    expect(loadCardData).toHaveBeenCalledWith({ missions: ['untso'], terms: [] });
    expect(isOpen()).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    // Built out of sight halfway through the delay.
    expect(shown()?.view).toEqual({ kind: 'mission', mission: untso });
    expect(isOpen()).toBe(false);
    await vi.advanceTimersByTimeAsync(150);
    expect(isOpen()).toBe(true);
    expect(panel()?.getAttribute('aria-label')).toBe('Uitleg bij UNTSO');
    expect(shown()).toMatchObject({
      view: { kind: 'mission', mission: untso },
      lang: 'nl',
      documents,
      notes: datasetNotes,
    });
    expect(shown()?.position).toBeUndefined();
    expect(active().map((r) => r.toString())).toEqual(['UNTSO']);
    await vi.advanceTimersByTimeAsync(50);
    expect(live()).toBe(`UNTSO: ${untso.name.nl}. ${untso.summary.nl}`);
    // From hover the page keeps its focus.
    expect(host()?.contains(document.activeElement)).toBe(false);
    expect(loadCardData).toHaveBeenCalledTimes(1);
  });

  it('opens nothing for a term the pointer only passes', async () => {
    await start({ hoverDelayMs: 300 });
    pointAt(10);
    await vi.advanceTimersByTimeAsync(200);
    pointAt(PLAIN_Y);
    await vi.advanceTimersByTimeAsync(1000);
    expect(isOpen()).toBe(false);
    expect(active()).toEqual([]);
  });

  it('closes a card opened by hover once the pointer has left it for the close delay', async () => {
    await start({ hoverDelayMs: 300, closeDelayMs: 400 });
    pointAt(10);
    await vi.advanceTimersByTimeAsync(400);
    expect(isOpen()).toBe(true);
    pointAt(PLAIN_Y);
    await vi.advanceTimersByTimeAsync(300);
    expect(isOpen()).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(isOpen()).toBe(false);
    expect(active()).toEqual([]);
  });

  it('keeps the card open while the pointer is in it', async () => {
    await start({ hoverDelayMs: 300, closeDelayMs: 400 });
    pointAt(10);
    await vi.advanceTimersByTimeAsync(400);
    pointAt(PLAIN_Y);
    await vi.advanceTimersByTimeAsync(100);
    pointAt(PLAIN_Y, host() as Element);
    await vi.advanceTimersByTimeAsync(1000);
    expect(isOpen()).toBe(true);
  });

  it('keeps the card next to its term as the page scrolls, but still while the pointer is in it', async () => {
    await start({ hoverDelayMs: 300 });
    let top = 100;
    stub(Range.prototype, 'getBoundingClientRect', () => new DOMRect(5, top, 60, 20));
    pointAt(10);
    await vi.advanceTimersByTimeAsync(400);
    const cardTop = () => Number.parseFloat(panel()?.style.top ?? 'NaN');
    expect(cardTop()).toBeGreaterThanOrEqual(120);
    top = 300;
    window.dispatchEvent(new Event('scroll'));
    expect(cardTop()).toBeGreaterThanOrEqual(320);
    pointAt(10, host() as Element);
    top = 500;
    window.dispatchEvent(new Event('scroll'));
    expect(cardTop()).toBeLessThan(500);
  });

  it('steps through the terms from the keyboard: scrolled to, focused, announced with its place', async () => {
    const s = await start();
    const button = document.getElementById('page-button') as HTMLButtonElement;
    button.focus();
    const step = s.step(1);
    await vi.advanceTimersByTimeAsync(100);
    await step;
    expect(isOpen()).toBe(true);
    expect(shown()).toMatchObject({ view: { kind: 'mission', mission: unifil }, position: { index: 1, total: 3 } });
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(host()?.contains(document.activeElement)).toBe(true);
    expect(live()).toBe(`Term 1 van 3 op deze pagina. UNIFIL: ${unifil.name.nl}. ${unifil.summary.nl}`);

    const next = s.step(1);
    await vi.advanceTimersByTimeAsync(100);
    await next;
    expect(shown()).toMatchObject({ view: { kind: 'mission', mission: untso }, position: { index: 2, total: 3 } });
    expect(active().map((r) => r.toString())).toEqual(['UNTSO']);

    // Escape closes, gives focus back to where it was before the first step, and stays ours.
    const pageKeys = vi.fn();
    document.body.addEventListener('keydown', pageKeys);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(isOpen()).toBe(false);
    expect(document.activeElement).toBe(button);
    expect(pageKeys).not.toHaveBeenCalled();
  });

  it('closes on a click elsewhere on the page', async () => {
    await start({ hoverDelayMs: 300 });
    pointAt(10);
    await vi.advanceTimersByTimeAsync(400);
    expect(isOpen()).toBe(true);
    host()?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(isOpen()).toBe(true);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(isOpen()).toBe(false);
  });

  it('lists the missions on the page, and choosing one opens it at its first occurrence', async () => {
    const s = await start();
    const list = s.showList();
    await vi.advanceTimersByTimeAsync(100);
    await list;
    expect(shown()?.view).toEqual({
      kind: 'list',
      entries: [
        { id: 'unifil', acronym: 'UNIFIL', name: unifil.name.nl, count: 2 },
        { id: 'untso', acronym: 'UNTSO', name: untso.name.nl, count: 1 },
      ],
    });
    expect(panel()?.getAttribute('aria-label')).toBe('Missies op deze pagina');
    expect(host()?.contains(document.activeElement)).toBe(true);
    await vi.advanceTimersByTimeAsync(50);
    expect(live()).toBe('Missies op deze pagina');

    shown()?.onChooseMission('untso');
    await vi.advanceTimersByTimeAsync(100);
    expect(shown()).toMatchObject({ view: { kind: 'mission', mission: untso }, position: { index: 2, total: 3 } });
    // The keyboard goes on from there.
    const step = s.step(1);
    await vi.advanceTimersByTimeAsync(100);
    await step;
    expect(shown()?.position).toEqual({ index: 3, total: 3 });
  });

  it('shows a mission the page does not name in the open card', async () => {
    const s = await start();
    const list = s.showList();
    await vi.advanceTimersByTimeAsync(100);
    await list;
    const reveal = s.revealMission('kfor');
    await vi.advanceTimersByTimeAsync(100);
    await reveal;
    expect(loadCardData).toHaveBeenLastCalledWith({ missions: ['kfor'], terms: [] });
    expect(shown()?.view).toMatchObject({ kind: 'mission', mission: { id: 'kfor' } });
    expect(shown()?.position).toBeUndefined();
    expect(isOpen()).toBe(true);
  });

  it('opens no card when its records cannot be had', async () => {
    loadCardData.mockRejectedValue(new Error('no background'));
    await start({ hoverDelayMs: 300 });
    pointAt(10);
    await vi.advanceTimersByTimeAsync(1000);
    expect(isOpen()).toBe(false);
    expect(active()).toEqual([]);
  });

  it('stops: no mark, card or listener is left', async () => {
    const s = await start({ hoverDelayMs: 300 });
    const html = document.body.innerHTML;
    pointAt(10);
    await vi.advanceTimersByTimeAsync(400);
    expect(host()).not.toBeNull();
    expect(registry.size).toBeGreaterThan(1);
    // A card for the next term is on its way when the session stops: it must not come.
    pointAt(30);
    await vi.advanceTimersByTimeAsync(100);
    s.stop();
    session = null;
    expect(host()).toBeNull();
    expect(registry.size).toBe(0);
    pointAt(30);
    await vi.advanceTimersByTimeAsync(1000);
    expect(host()).toBeNull();
    expect(document.body.innerHTML).toBe(html);
  });
});
