/**
 * DOM: tells the annotator when the reader comes near the end of what it has read, so a long
 * page is read as it is scrolled instead of all at load. The annotator reads up to a few screens
 * below the viewport and leaves the rest until then (or until everything is asked for).
 */

/**
 * How far below the viewport the text is read ahead of the reader, in screens. Reading goes on
 * once the reader has come a screen nearer, so each time it reads at least a screen's worth: a
 * smooth scroll's many small steps do not each start a read.
 */
export const READ_AHEAD_SCREENS = 2;

/**
 * Where the frontier (the last block read; `top` in viewport coordinates) lies: still far enough
 * below the viewport, near enough to read on, or far above it (the reader jumped past).
 */
export function frontierPlace(top: number, viewportHeight: number, screens: number): 'beyond' | 'near' | 'jumped' {
  if (top >= viewportHeight * screens) return 'beyond';
  return top < -viewportHeight ? 'jumped' : 'near';
}

/** What ReadAheadWatch needs of an IntersectionObserver (tests give it a fake or none). */
export type FrontierObserverFactory = (
  callback: (entries: readonly Pick<IntersectionObserverEntry, 'isIntersecting'>[]) => void,
  init: IntersectionObserverInit,
) => Pick<IntersectionObserver, 'observe' | 'disconnect'>;

function defaultFactory(): FrontierObserverFactory | null {
  const IO = (globalThis as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  return IO ? (callback, init) => new IO(callback, init) : null;
}

/**
 * Calls `onMove` when the viewport may have come near the frontier: on any scroll (the page's or
 * a scroller's inside it: caught on the way down, as scroll events do not bubble), on resize, and
 * when a layout change brings the frontier near without a scroll (text above it removed or folded
 * away).
 */
export class ReadAheadWatch {
  private readonly abort = new AbortController();
  private readonly observer: Pick<IntersectionObserver, 'observe' | 'disconnect'> | null;

  constructor(
    document: Document,
    onMove: () => void,
    screens: number,
    factory: FrontierObserverFactory | null = defaultFactory(),
  ) {
    const options = { capture: true, passive: true, signal: this.abort.signal };
    document.addEventListener('scroll', onMove, options);
    document.defaultView?.addEventListener('resize', onMove, options);
    this.observer =
      factory?.(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) onMove();
        },
        { rootMargin: `0px 0px ${Math.max(0, screens - 1) * 100}% 0px` },
      ) ?? null;
  }

  /** Watches `element` as the frontier from now on. */
  watch(element: Element): void {
    this.observer?.disconnect();
    this.observer?.observe(element);
  }

  stop(): void {
    this.abort.abort();
    this.observer?.disconnect();
  }
}
