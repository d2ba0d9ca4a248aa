/**
 * DOM: the card's host, made when a card is first about to open, once its interface has loaded
 * (the content script does not carry the interface: lib/in-page/load-card-ui.ts). A failed load is
 * tried again on the next card; a load that ends after the session stopped makes no host.
 */
import { CardHost } from './card-host';
import type { LoadRenderer } from './layer-renderer';

export class LazyCardHost {
  private made: CardHost | null = null;
  private loading: Promise<CardHost | null> | null = null;
  private stopped = false;

  constructor(
    private readonly document: Document,
    private readonly loadRenderer: LoadRenderer,
  ) {}

  /** The host, once its interface has loaded; null before. */
  get host(): CardHost | null {
    return this.made;
  }

  /** The host, loading its interface the first time; null if it cannot load or the session stopped. */
  ensure(): Promise<CardHost | null> {
    this.loading ??= this.loadRenderer().then(
      (renderer) => {
        if (this.stopped) return null;
        this.made = new CardHost(this.document, renderer);
        return this.made;
      },
      () => {
        this.loading = null;
        return null;
      },
    );
    return this.loading;
  }

  /** Whether `node` is part of the card (false before there is one). */
  contains(node: Node | null): boolean {
    return this.made?.contains(node) === true;
  }

  /** Takes the card off the page; no host is made after this. */
  remove(): void {
    this.stopped = true;
    this.made?.remove();
  }
}
