/**
 * The card's interface is loaded when a card is first about to open, once however many cards ask
 * for it; a failed load is tried again on the next card, and a load that ends after the session
 * stopped puts nothing on the page.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { OWN_UI_TAG } from '../../../lib/dom/own-ui';
import { CardHost } from '../../../lib/in-page/card-host';
import type { LayerRenderer, LoadRenderer } from '../../../lib/in-page/layer-renderer';
import { LazyCardHost } from '../../../lib/in-page/lazy-card-host';
import { fakeRenderer } from '../../support/fake-renderer';
import { installPopover } from '../../support/popover';

beforeAll(installPopover);

beforeEach(() => {
  document.body.innerHTML = '<p>Tekst</p>';
});

/** A loader whose loads the test settles by hand. */
function manualLoader() {
  const pending: { resolve: (r: LayerRenderer) => void; reject: (e: Error) => void }[] = [];
  const load = vi.fn<LoadRenderer>(
    () => new Promise<LayerRenderer>((resolve, reject) => pending.push({ resolve, reject })),
  );
  return { load, pending };
}

describe('LazyCardHost', () => {
  it('loads the interface once, for every card that asks, and has no host before', async () => {
    const { load, pending } = manualLoader();
    const lazy = new LazyCardHost(document, load);
    expect(load).not.toHaveBeenCalled();
    const first = lazy.ensure();
    const second = lazy.ensure();
    expect(load).toHaveBeenCalledTimes(1);
    expect(lazy.host).toBeNull();
    pending[0]?.resolve(fakeRenderer());
    const host = await first;
    expect(host).toBeInstanceOf(CardHost);
    expect(await second).toBe(host);
    expect(await lazy.ensure()).toBe(host);
    expect(lazy.host).toBe(host);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('gives no host when the interface does not load, and tries again on the next card', async () => {
    const { load, pending } = manualLoader();
    const lazy = new LazyCardHost(document, load);
    const failed = lazy.ensure();
    pending[0]?.reject(new Error('not injected'));
    expect(await failed).toBeNull();
    const retried = lazy.ensure();
    expect(load).toHaveBeenCalledTimes(2);
    pending[1]?.resolve(fakeRenderer());
    expect(await retried).toBeInstanceOf(CardHost);
  });

  it('makes no host when the interface arrives after the session stopped', async () => {
    const { load, pending } = manualLoader();
    const lazy = new LazyCardHost(document, load);
    const loading = lazy.ensure();
    lazy.remove();
    pending[0]?.resolve(fakeRenderer());
    expect(await loading).toBeNull();
    expect(lazy.host).toBeNull();
    expect(document.querySelectorAll(OWN_UI_TAG)).toHaveLength(0);
  });

  it("takes the card off the page, and knows the card's element until then", async () => {
    const lazy = new LazyCardHost(document, async () => fakeRenderer());
    expect(lazy.contains(document.body)).toBe(false);
    const host = (await lazy.ensure()) as CardHost;
    host.prepare(
      {
        view: { kind: 'list', entries: [] },
        lang: 'nl',
        documents: [],
        notes: null,
        today: new Date(),
        onClose: () => {},
        onChooseMission: () => {},
      },
      'kaart',
    );
    const element = document.querySelector(OWN_UI_TAG);
    expect(lazy.contains(element)).toBe(true);
    expect(lazy.contains(document.body)).toBe(false);
    lazy.remove();
    expect(document.querySelectorAll(OWN_UI_TAG)).toHaveLength(0);
    expect(lazy.contains(element)).toBe(false);
  });
});
