/**
 * DOM: the one element Missiewijzer adds to a page, created only when a card first opens: a
 * host with a shadow root (page CSS cannot reach inside) holding a popover panel in the top
 * layer (above any z-index) and a live region that announces the card to screen readers.
 */
import type { LayerProps } from '../../components/in-page/InPageLayer';
import { placeCard, type Rect } from '../dom/card-position';
import { OWN_UI_TAG } from '../dom/own-ui';
import type { LayerRenderer } from './layer-renderer';

export class CardHost {
  private host: HTMLElement | null = null;
  private panel: HTMLElement | null = null;
  private live: HTMLElement | null = null;

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
    adoptStyles(doc, shadow, this.renderer.css);
    const panel = doc.createElement('div');
    panel.className = 'mw-layer';
    panel.setAttribute('popover', 'manual');
    panel.setAttribute('role', 'dialog');
    panel.tabIndex = -1;
    const live = doc.createElement('div');
    live.className = 'mw-live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
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
  show(content: LayerProps, label: string, anchor: Rect): void {
    const panel = this.ensure();
    panel.setAttribute('aria-label', label);
    this.renderer.render(content, panel);
    if (!this.isOpen) panel.showPopover();
    this.place(anchor);
  }

  place(anchor: Rect): void {
    const panel = this.panel;
    const view = this.doc.defaultView;
    if (!panel || !view) return;
    panel.style.maxHeight = '';
    const size = { width: panel.offsetWidth, height: panel.offsetHeight };
    const spot = placeCard(anchor, size, { width: view.innerWidth, height: view.innerHeight });
    panel.style.top = `${Math.round(spot.top)}px`;
    panel.style.left = `${Math.round(spot.left)}px`;
    panel.style.maxHeight = `${Math.floor(spot.maxHeight)}px`;
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

/** Constructed stylesheet where the browser lets a content script adopt one, else a <style>. */
function adoptStyles(doc: Document, shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}
