/**
 * Reading ahead of the reader: the annotator reads a long page as far as a few screens below the
 * viewport, reads on as the viewport comes near (scroll, or a layout change the frontier observer
 * reports), reads the screen first after a jump, and reads everything when asked. Whatever the
 * order, the marks end up those of an annotator that read the whole page at once. happy-dom has
 * no layout: each paragraph here stands at 100 px × its index, and the viewport is 1,000 px high.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Annotator } from '../../../lib/dom/annotator';
import { type FrontierObserverFactory, frontierPlace, READ_AHEAD_SCREENS } from '../../../lib/dom/read-ahead';
import { type MarkedTerm, TermHighlights } from '../../../lib/dom/term-highlights';
import { compileMatcher } from '../../../lib/matcher';
import { marks } from '../../support/annotator-marks';
import { MISSIONS } from '../../support/matcher-fixtures';

const matcher = compileMatcher(MISSIONS);
const notOurs = (el: Element) => el.localName === 'missiewijzer-ui';
const LINE = 100;
const VIEWPORT = 1000;
const PARAGRAPHS = 100;

let scrollY = 0;
let restore: (() => void) | null = null;

beforeAll(() => {
  const g = globalThis as unknown as { Highlight?: unknown };
  g.Highlight ??= class extends Set<AbstractRange> {};
});

beforeEach(() => {
  scrollY = 0;
  const original = Element.prototype.getBoundingClientRect;
  const originalFromPoint = document.elementFromPoint;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const placed = this.closest('[data-y]') as HTMLElement | null;
    const top = (placed ? Number(placed.dataset.y) : 0) - scrollY;
    return new DOMRect(0, top, 800, placed ? LINE : 0);
  };
  document.elementFromPoint = (_x: number, y: number) =>
    document.querySelector(`[data-y="${Math.floor((scrollY + y) / LINE) * LINE}"]`);
  Object.defineProperty(window, 'innerHeight', { value: VIEWPORT, configurable: true });
  Object.defineProperty(window, 'scrollY', { get: () => scrollY, configurable: true });
  restore = () => {
    Element.prototype.getBoundingClientRect = original;
    document.elementFromPoint = originalFromPoint;
  };
  // A paragraph per line, each naming a mission, some with the name split over inline elements.
  document.body.innerHTML = Array.from({ length: PARAGRAPHS }, (_, i) =>
    i % 3 === 0
      ? `<p data-y="${i * LINE}">${i}: <b>EUNAVFOR</b> <i>Atalanta</i></p>`
      : `<p data-y="${i * LINE}">${i}: de missie UNIFIL</p>`,
  ).join('\n');
});

const running: Annotator[] = [];
afterEach(() => {
  for (const a of running.splice(0)) a.stop();
  restore?.();
});

/** Records the order in which terms are marked. */
class RecordingHighlights extends TermHighlights {
  readonly order: string[] = [];
  override add(term: MarkedTerm): void {
    this.order.push(lineOf(term));
    super.add(term);
  }
}

function lineOf(term: MarkedTerm): string {
  return term.startNode.parentElement?.closest('p')?.dataset.y ?? '';
}

/** A fake IntersectionObserver for the frontier: the test reports when it comes into the read-ahead area. */
let reportFrontier: ((intersecting: boolean) => void) | null = null;
let observedFrontier: Element | null = null;
const fakeObserver: FrontierObserverFactory = (callback) => {
  reportFrontier = (isIntersecting) => callback([{ isIntersecting }]);
  return {
    observe: (element) => {
      observedFrontier = element;
    },
    disconnect: () => {
      observedFrontier = null;
    },
  };
};

function annotate(readAheadScreens?: number): { annotator: Annotator; highlights: RecordingHighlights } {
  const highlights = new RecordingHighlights(new Map() as unknown as HighlightRegistry);
  const annotator = new Annotator({
    document,
    matcher,
    highlights,
    isOwnUi: notOurs,
    readAheadScreens,
    frontierObserver: fakeObserver,
  });
  running.push(annotator);
  annotator.start();
  return { annotator, highlights };
}

async function idle(annotator: Annotator): Promise<void> {
  // MutationObserver callbacks of a change may still be queued.
  await new Promise((r) => setTimeout(r, 5));
  for (let i = 0; i < 2000 && !annotator.idle; i++) await new Promise((r) => setTimeout(r, 1));
}

/** The lines whose paragraph holds a marked term, in document order, each once. */
function linesMarked(annotator: Annotator): number[] {
  return [...new Set(annotator.terms().map((t) => Number(lineOf(t))))];
}

/** What an annotator that reads the whole page at once marks on the page as it is now. */
async function wholePageMarks() {
  const { annotator } = annotate(Number.POSITIVE_INFINITY);
  await idle(annotator);
  expect(annotator.complete).toBe(true);
  const result = marks(annotator);
  annotator.stop();
  return result;
}

function scrollTo(y: number): void {
  scrollY = y;
  document.dispatchEvent(new Event('scroll'));
}

/** Lines 0, 100, … up to and including `last`. */
function linesUpTo(last: number): number[] {
  return Array.from({ length: last / LINE + 1 }, (_, i) => i * LINE);
}

describe('frontierPlace', () => {
  it('tells a frontier still far enough below the viewport, near it, and far above it apart', () => {
    // Near once it is less than READ_AHEAD_SCREENS - 1 screens below the viewport's bottom.
    const near = VIEWPORT * READ_AHEAD_SCREENS;
    expect(frontierPlace(near, VIEWPORT, READ_AHEAD_SCREENS)).toBe('beyond');
    expect(frontierPlace(near - 1, VIEWPORT, READ_AHEAD_SCREENS)).toBe('near');
    expect(frontierPlace(0, VIEWPORT, READ_AHEAD_SCREENS)).toBe('near');
    expect(frontierPlace(-VIEWPORT, VIEWPORT, READ_AHEAD_SCREENS)).toBe('near');
    expect(frontierPlace(-VIEWPORT - 1, VIEWPORT, READ_AHEAD_SCREENS)).toBe('jumped');
  });
});

describe('reading ahead of the reader', () => {
  it('reads from the top to the first block past the read-ahead area, and waits there', async () => {
    const { annotator } = annotate();
    await idle(annotator);
    const area = VIEWPORT * (1 + READ_AHEAD_SCREENS);
    // The first paragraph whose top lies past the area is read too: it is the frontier.
    expect(linesMarked(annotator)).toEqual(linesUpTo(area + LINE));
    expect(annotator.complete).toBe(false);
    expect((observedFrontier as HTMLElement | null)?.dataset.y).toBe(String(area + LINE));
  });

  it('reads on as the reader scrolls down, in document order', async () => {
    const { annotator, highlights } = annotate();
    await idle(annotator);
    scrollTo(2500);
    await idle(annotator);
    expect(linesMarked(annotator)).toEqual(linesUpTo(2500 + VIEWPORT * (1 + READ_AHEAD_SCREENS) + LINE));
    expect(highlights.order.map(Number)).toEqual([...highlights.order.map(Number)].sort((a, b) => a - b));
  });

  it('reads on only once the reader has come a screen nearer', async () => {
    const { annotator } = annotate();
    await idle(annotator);
    const before = linesMarked(annotator);
    const frontier = VIEWPORT * (1 + READ_AHEAD_SCREENS) + LINE;
    for (const y of [-50, 0, 500, frontier - VIEWPORT * READ_AHEAD_SCREENS]) scrollTo(y);
    await idle(annotator);
    expect(linesMarked(annotator)).toEqual(before);
    scrollTo(frontier - VIEWPORT * READ_AHEAD_SCREENS + 1);
    await idle(annotator);
    // At least a screen read at once.
    expect(linesMarked(annotator).length - before.length).toBeGreaterThanOrEqual(VIEWPORT / LINE);
  });

  it('reads on when the frontier comes near without a scroll (text above it taken away)', async () => {
    const { annotator } = annotate();
    await idle(annotator);
    // The page folds away 20 lines above: everything moves up.
    for (const p of document.querySelectorAll<HTMLElement>('p')) p.dataset.y = String(Number(p.dataset.y) - 2000);
    reportFrontier?.(true);
    await idle(annotator);
    expect(linesMarked(annotator).at(-1)).toBe(VIEWPORT * (1 + READ_AHEAD_SCREENS) + LINE);
    expect(linesMarked(annotator)).toHaveLength(20 + 31 + 1);
  });

  it('reads the screen first after a jump, then what lies between', async () => {
    const { annotator, highlights } = annotate();
    await idle(annotator);
    const readBefore = highlights.order.length;
    scrollTo(8000);
    await idle(annotator);
    const after = highlights.order.slice(readBefore).map(Number);
    // The screen (lines 8000 to 9000) first, then from the frontier on.
    expect(after[0]).toBe(8000);
    expect(after.slice(0, 11)).toEqual(linesUpTo(9000).slice(80));
    expect(linesMarked(annotator)).toEqual(linesUpTo(9900));
    // Nothing is marked twice.
    expect(new Set(annotator.terms()).size).toBe(annotator.terms().length);
    expect(marks(annotator)).toEqual(await wholePageMarks());
  });

  it('reads everything when asked, and resolves once it has', async () => {
    const { annotator } = annotate();
    await idle(annotator);
    await annotator.readAll();
    // Every term is in the index once it resolves; the slice it ended in ends right after.
    expect(linesMarked(annotator)).toEqual(linesUpTo((PARAGRAPHS - 1) * LINE));
    await idle(annotator);
    expect(annotator.complete).toBe(true);
    expect(marks(annotator)).toEqual(await wholePageMarks());
  });

  it('goes on from where the page took the frontier from, and misses nothing', async () => {
    const { annotator } = annotate();
    await idle(annotator);
    const frontier = observedFrontier as HTMLElement;
    // Moved to the end of the page while the annotator waits after it.
    document.body.append(frontier);
    await idle(annotator);
    await annotator.readAll();
    await idle(annotator);
    expect(marks(annotator)).toEqual(await wholePageMarks());
  });

  it('goes on after the frontier is removed with the blocks around it', async () => {
    const { annotator } = annotate();
    await idle(annotator);
    const frontier = observedFrontier as HTMLElement;
    frontier.previousElementSibling?.remove();
    frontier.nextElementSibling?.remove();
    frontier.remove();
    await idle(annotator);
    scrollTo(3000);
    await idle(annotator);
    await annotator.readAll();
    expect(marks(annotator)).toEqual(await wholePageMarks());
  });

  it('reads everything when asked before the first frame, even if that frame never comes', async () => {
    // A tab hidden right after load draws no frame.
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      const { annotator } = annotate();
      expect(annotator.idle).toBe(false);
      await annotator.readAll();
      expect(linesMarked(annotator)).toEqual(linesUpTo((PARAGRAPHS - 1) * LINE));
    } finally {
      window.requestAnimationFrame = raf;
    }
  });

  it('stops watching once stopped, and a pending readAll resolves', async () => {
    const { annotator } = annotate();
    await idle(annotator);
    const all = annotator.readAll();
    annotator.stop();
    await all;
    scrollTo(5000);
    await idle(annotator);
    expect(annotator.terms()).toEqual([]);
  });
});
