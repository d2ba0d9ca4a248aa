/**
 * DOM: the one element Missiewijzer adds to a page, created only when a card first opens: a
 * host with a shadow root (page CSS cannot reach inside) holding a popover panel in the top
 * layer (above any z-index) and a live region that announces the card to screen readers.
 */

import { adoptStyles } from '../dom/adopt-styles';
import { type CardSide, placeCard, type Rect } from '../dom/card-position';
import { OWN_UI_TAG } from '../dom/own-ui';
import type { MarkedTerm } from '../dom/term-highlights';
import type { LayerRenderer } from './layer-renderer';
import type { LayerProps } from './layer-types';

/** Where a card belongs: the term's box, and the table row it stands in (the card must not cover it). */
export type CardAnchor = { term: Rect; row: Rect | null };

/** The anchor of a marked term: its box, and the table row it stands in. */
export function anchorOf(term: MarkedTerm): CardAnchor {
  const row = term.startNode.parentElement?.closest('tr, [role="row"]');
  return { term: term.range.getBoundingClientRect(), row: row ? row.getBoundingClientRect() : null };
}

/** Room for the "more below" cue under the key facts, so it never covers them. */
const CUE_ROOM = 30;
/** Cards without key facts (list, stem, glossary) need this much before they may scroll. */
const PLAIN_MUST_SEE = 160;

export class CardHost {
  private host: HTMLElement | null = null;
  private panel: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  /** The side the open card was put on; kept while it still works, so the card does not flip. */
  private side: CardSide | null = null;

  constructor(
    private readonly doc: Document,
    private readonly renderer: LayerRenderer,
  ) {}

  get element(): HTMLElement | null {
    return this.host;
  }

  get panelElement(): HTMLElement | null {
    return this.panel;
  }

  get isOpen(): boolean {
    return !!this.panel?.matches(':popover-open');
  }

  private ensure(): HTMLElement {
    if (this.panel) return this.panel;
    const { doc } = this;
    const host = doc.createElement(OWN_UI_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, this.renderer.css);
    const panel = doc.createElement('div');
    panel.className = 'mw-layer';
    panel.setAttribute('popover', 'manual');
    panel.setAttribute('role', 'dialog');
    panel.tabIndex = -1;
    const live = doc.createElement('div');
    live.className = 'mw-live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    panel.addEventListener('scroll', () => this.updateMoreCue(), { passive: true });
    panel.addEventListener('wheel', (e) => containWheel(panel, e), { passive: false });
    shadow.append(panel, live);
    doc.documentElement.append(host);
    this.host = host;
    this.panel = panel;
    this.live = live;
    return panel;
  }

  /**
   * Renders `content` into the hidden panel, so a later show() of the same content only has to
   * place it; nothing is rendered while a card is open.
   */
  prepare(content: LayerProps, label: string): void {
    if (this.isOpen) return;
    const panel = this.ensure();
    panel.setAttribute('aria-label', label);
    this.renderer.render(content, panel);
  }

  /** Renders `content` into the panel and places it next to `anchor` (viewport coordinates). */
  show(content: LayerProps, label: string, anchor: CardAnchor): void {
    const panel = this.ensure();
    panel.setAttribute('aria-label', label);
    const wasOpen = this.isOpen;
    this.renderer.render(content, panel);
    if (!wasOpen) {
      this.side = null;
      panel.showPopover();
      panel.scrollTop = 0;
    }
    this.place(anchor);
  }

  /**
   * Puts the open card next to `anchor`. The card's natural height is read from its content, not by
   * lifting its max-height, which would reset its scroll position.
   */
  place(anchor: CardAnchor): void {
    const panel = this.panel;
    const view = this.doc.defaultView;
    if (!panel || !view) return;
    const border = panel.offsetHeight - panel.clientHeight;
    const natural = panel.scrollHeight + border;
    const spot = placeCard({
      anchor: anchor.term,
      avoid: anchor.row ?? anchor.term,
      card: { width: panel.offsetWidth, height: natural },
      mustSee: this.mustSee(panel) + border,
      viewport: { width: view.innerWidth, height: view.innerHeight },
      preferAbove: anchor.row !== null,
      previous: this.side,
    });
    this.side = spot.side;
    panel.style.top = `${Math.round(spot.top)}px`;
    panel.style.left = `${Math.round(spot.left)}px`;
    panel.style.maxHeight = `${Math.floor(spot.maxHeight)}px`;
    panel.dataset.side = spot.side;
    this.updateMoreCue();
  }

  /** Height from the card's top to the end of its key facts (plus room for the cue below them). */
  private mustSee(panel: HTMLElement): number {
    const end = panel.querySelector('[data-key-end]');
    if (!end) return Math.min(panel.scrollHeight, PLAIN_MUST_SEE);
    const top = panel.getBoundingClientRect().top + panel.clientTop;
    return Math.ceil(end.getBoundingClientRect().top - top + panel.scrollTop + CUE_ROOM);
  }

  /** Marks the panel while part of the card lies below what is visible; the cue is drawn by CSS. */
  private updateMoreCue(): void {
    const panel = this.panel;
    if (!panel) return;
    const more = panel.scrollTop + panel.clientHeight < panel.scrollHeight - 2;
    panel.classList.toggle('has-more', more);
  }

  /** Says `text` through the live region; cleared first so a repeat is announced again. */
  announce(text: string): void {
    const live = this.live;
    if (!live) return;
    live.textContent = '';
    this.doc.defaultView?.setTimeout(() => {
      live.textContent = text;
    }, 50);
  }

  hide(): void {
    this.side = null;
    if (!this.panel) return;
    if (this.isOpen) this.panel.hidePopover();
    this.renderer.render(null, this.panel);
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  remove(): void {
    this.hide();
    this.host?.remove();
    this.host = this.panel = this.live = null;
  }
}

/**
 * A wheel over the card scrolls the card only: at either end (or on a card too short to scroll) the
 * page under it stays where it is. CSS overscroll-behavior covers a card that scrolls; this covers
 * the rest, in both browsers.
 */
function containWheel(panel: HTMLElement, event: WheelEvent): void {
  const atTop = panel.scrollTop <= 0;
  const atEnd = panel.scrollTop + panel.clientHeight >= panel.scrollHeight - 1;
  if ((event.deltaY < 0 && atTop) || (event.deltaY > 0 && atEnd) || event.deltaY === 0) event.preventDefault();
}
