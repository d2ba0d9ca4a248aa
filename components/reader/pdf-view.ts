/**
 * The pages of a PDF in the reader: one placeholder per page, sized from its viewport so the
 * scroll height is right before anything is drawn, and each page drawn (canvas and PDF.js's
 * selectable text layer) only as it comes near the viewport. The text layer is ordinary DOM text,
 * so the page session reads and underlines it as it reads any page, text layers added later
 * included.
 */
import { type PDFDocumentProxy, type PDFPageProxy, type RenderTask, TextLayer } from 'pdfjs-dist';
import { registerTextLayer, textRuns } from './text-layer-reading';

type Slot = {
  number: number;
  page: PDFPageProxy;
  element: HTMLElement;
  /** Set while the page is drawn or being drawn. */
  drawing: { render: RenderTask; text: TextLayer | null } | null;
};

/** How far outside the viewport a page is drawn: a screen above and below. */
const NEAR = '100% 0px';

export class PdfView {
  private slots: Slot[] = [];
  private scale: number;
  private readonly near: IntersectionObserver;
  private readonly current: IntersectionObserver;
  private readonly visible = new Map<number, number>();
  private disposed = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly doc: PDFDocumentProxy,
    scale: number,
    /** Called with the number of the page most in view, as the reader scrolls. */
    private readonly onPage: (page: number) => void,
    /** The document's running heads, so its text layers are read without them. */
    private readonly running: ReadonlySet<string> = new Set(),
  ) {
    this.scale = scale;
    this.near = new IntersectionObserver((entries) => this.onNear(entries), { rootMargin: NEAR });
    this.current = new IntersectionObserver((entries) => this.onVisible(entries), {
      threshold: [0, 0.25, 0.5, 0.75, 1],
    });
  }

  get pageCount(): number {
    return this.doc.numPages;
  }

  /** Lays out one placeholder per page; pages are drawn as they come near. */
  async layout(): Promise<void> {
    for (let number = 1; number <= this.doc.numPages; number++) {
      const page = await this.doc.getPage(number);
      // Closed (or replaced) while the pages were being laid out.
      if (this.disposed) return;
      const element = document.createElement('div');
      element.className = 'mw-page';
      element.dataset.page = String(number);
      this.container.append(element);
      const slot: Slot = { number, page, element, drawing: null };
      this.slots.push(slot);
      this.size(slot);
      this.near.observe(element);
      this.current.observe(element);
    }
  }

  /** Changes the zoom: every page is resized, and drawn again as it comes near. */
  setScale(scale: number): void {
    const anchor = this.pageInView();
    this.scale = scale;
    for (const slot of this.slots) {
      this.clear(slot);
      this.size(slot);
      // Observing again reports whether the page is near at its new size.
      this.near.unobserve(slot.element);
      this.near.observe(slot.element);
    }
    this.goTo(anchor);
  }

  goTo(number: number): void {
    this.slots[number - 1]?.element.scrollIntoView({ block: 'start' });
  }

  dispose(): void {
    this.disposed = true;
    this.near.disconnect();
    this.current.disconnect();
    for (const slot of this.slots) this.clear(slot);
  }

  private pageInView(): number {
    let best = 1;
    let most = -1;
    for (const [number, ratio] of this.visible) {
      if (ratio > most) {
        best = number;
        most = ratio;
      }
    }
    return best;
  }

  private size(slot: Slot): void {
    const viewport = slot.page.getViewport({ scale: this.scale });
    const style = slot.element.style;
    style.width = `${Math.floor(viewport.width)}px`;
    style.height = `${Math.floor(viewport.height)}px`;
    style.setProperty('--total-scale-factor', String(this.scale * (viewport.userUnit || 1)));
    style.setProperty('--scale-round-x', '1px');
    style.setProperty('--scale-round-y', '1px');
  }

  private onNear(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const slot = this.slots[Number((entry.target as HTMLElement).dataset.page) - 1];
      if (slot && entry.isIntersecting && !slot.drawing) this.draw(slot);
    }
  }

  private onVisible(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const number = Number((entry.target as HTMLElement).dataset.page);
      if (entry.intersectionRatio > 0) this.visible.set(number, entry.intersectionRatio);
      else this.visible.delete(number);
    }
    if (this.visible.size > 0) this.onPage(this.pageInView());
  }

  private draw(slot: Slot): void {
    const viewport = slot.page.getViewport({ scale: this.scale });
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    canvas.setAttribute('aria-hidden', 'true');
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    slot.element.replaceChildren(canvas, layer);
    const render = slot.page.render({
      canvas,
      viewport,
      transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
    });
    const drawing: { render: RenderTask; text: TextLayer | null } = { render, text: null };
    slot.drawing = drawing;
    // The text items are kept with the layer, so the page session reads them as reading text
    // (hyphenation, running heads, footnote marks), mapped back to the spans that show them.
    const text = slot.page.getTextContent().then((content) => {
      if (slot.drawing !== drawing) return;
      drawing.text = new TextLayer({ textContentSource: content, container: layer, viewport });
      const [, pageBottom = 0, , pageTop = 0] = slot.page.view;
      registerTextLayer(layer, {
        items: textRuns(content.items),
        spans: drawing.text.textDivs,
        pageBottom,
        pageTop,
        running: this.running,
      });
      return drawing.text.render();
    });
    const cancelled = (error: unknown) => {
      // A zoom or a close cancels a drawing under way; that is not an error.
      const name = (error as { name?: string })?.name;
      if (name !== 'RenderingCancelledException' && name !== 'AbortException' && slot.drawing === drawing)
        console.warn('Missiewijzer reader: page', slot.number, error);
    };
    // Marked when both are done: tests and screenshots wait for it.
    Promise.all([render.promise, text]).then(() => {
      if (slot.drawing === drawing) slot.element.dataset.drawn = '';
    }, cancelled);
  }

  private clear(slot: Slot): void {
    if (!slot.drawing) return;
    slot.drawing.render.cancel();
    slot.drawing.text?.cancel();
    slot.drawing = null;
    delete slot.element.dataset.drawn;
    slot.element.replaceChildren();
  }
}
