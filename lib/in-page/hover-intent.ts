/**
 * DOM: from pointer moves to a term the reader means. The term under the pointer is looked up once
 * per animation frame; resting on it for the intent delay opens its card, halfway through the
 * delay its card is built out of sight, and leaving a card opened by hover closes it after the
 * close delay. Moving into the card keeps it open (WCAG 1.4.13).
 */
import type { MarkedTerm } from '../dom/term-highlights';

/** The open card, as far as the pointer is concerned. */
export type OpenCard = { term: MarkedTerm | null; by: 'hover' | 'keyboard' };

export type HoverIntentOptions = {
  document: Document;
  /** The marked term at this point of the viewport, if any. */
  termAt: (x: number, y: number) => MarkedTerm | null;
  /** Whether `node` is part of our card. */
  inCard: (node: Node) => boolean;
  /** The card that is open now, or null. */
  opened: () => OpenCard | null;
  delayMs?: number;
  closeDelayMs?: number;
  /** The pointer came onto a term whose card is not open: load what its card needs. */
  onEnter: (term: MarkedTerm) => void;
  /** Halfway through the delay the pointer has settled: build the card out of sight. */
  onSettle: (term: MarkedTerm) => void;
  /** The pointer rested on `term` for the whole delay: open its card. */
  onIntent: (term: MarkedTerm) => void;
  /** The pointer left the term of a card opened by hover, and stayed away: close it. */
  onLeave: () => void;
};

export const HOVER_DELAY_MS = 300;
export const CLOSE_DELAY_MS = 400;

export class HoverIntent {
  private pointer: { x: number; y: number } | null = null;
  private frame = 0;
  private term: MarkedTerm | null = null;
  private inCard = false;
  private intentTimer = 0;
  private settleTimer = 0;
  private closeTimer = 0;

  constructor(private readonly options: HoverIntentOptions) {}

  private get view(): Window {
    return this.options.document.defaultView as Window;
  }

  /** The term under the pointer, as of the last animation frame. */
  get hovered(): MarkedTerm | null {
    return this.term;
  }

  /** The pointer is over the card: it must not move or re-render under the reader. */
  get pointerInCard(): boolean {
    return this.inCard;
  }

  /** Follows the pointer until `signal` aborts. */
  start(signal: AbortSignal): void {
    this.options.document.addEventListener('pointermove', (e) => this.onPointerMove(e), { passive: true, signal });
  }

  /** The card closed: a pending close is moot, and the pointer is no longer in it. */
  cardClosed(): void {
    this.inCard = false;
    this.view.clearTimeout(this.closeTimer);
  }

  stop(): void {
    this.view.clearTimeout(this.intentTimer);
    this.view.clearTimeout(this.settleTimer);
    this.view.clearTimeout(this.closeTimer);
    this.view.cancelAnimationFrame(this.frame);
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    if (this.options.inCard(event.target as Node)) {
      this.inCard = true;
      this.view.clearTimeout(this.closeTimer);
      return;
    }
    this.inCard = false;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (!this.frame) this.frame = this.view.requestAnimationFrame(() => this.onFrame());
  }

  private onFrame(): void {
    this.frame = 0;
    if (!this.pointer) return;
    const term = this.options.termAt(this.pointer.x, this.pointer.y);
    if (term === this.term) return;
    this.term = term;
    this.view.clearTimeout(this.intentTimer);
    this.view.clearTimeout(this.settleTimer);
    const opened = this.options.opened();
    if (term) {
      this.view.clearTimeout(this.closeTimer);
      if (opened?.term === term) return;
      this.options.onEnter(term);
      const delay = this.options.delayMs ?? HOVER_DELAY_MS;
      this.settleTimer = this.view.setTimeout(() => this.options.onSettle(term), delay / 2);
      this.intentTimer = this.view.setTimeout(() => this.options.onIntent(term), delay);
    } else if (opened?.by === 'hover') {
      this.closeTimer = this.view.setTimeout(() => this.options.onLeave(), this.options.closeDelayMs ?? CLOSE_DELAY_MS);
    }
  }
}
