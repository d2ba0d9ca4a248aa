/**
 * The card's host: nothing is added to the page until a card is first needed; then one element,
 * whose shadow root holds the popover panel (a named dialog) and a polite live region. A card is
 * built out of sight before it opens, placed so its term (or its table row) stays visible,
 * announced so a repeat is heard again, and taken off the page without a trace.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { OWN_UI_TAG } from '../../../lib/dom/own-ui';
import type { MarkedTerm } from '../../../lib/dom/term-highlights';
import { anchorOf, type CardAnchor, CardHost } from '../../../lib/in-page/card-host';
import type { LayerProps } from '../../../lib/in-page/layer-types';
import { type FakeRenderer, fakeRenderer } from '../../support/fake-renderer';
import { installPopover } from '../../support/popover';

beforeAll(installPopover);

const props = (kind: 'list' | 'loading' = 'list'): LayerProps => ({
  view: kind === 'list' ? { kind, entries: [] } : { kind, label: 'Laden…' },
  lang: 'nl',
  documents: [],
  notes: null,
  today: new Date(2026, 0, 1),
  onClose: () => {},
  onChooseMission: () => {},
});

const TERM = { top: 100, left: 50, width: 40, height: 20 };
const anchor: CardAnchor = { term: TERM, row: null };

let renderer: FakeRenderer;
let host: CardHost;

beforeEach(() => {
  document.body.innerHTML = '<p>Tekst</p>';
  renderer = fakeRenderer();
  host = new CardHost(document, renderer);
});

afterEach(() => {
  host.remove();
  vi.useRealTimers();
});

const hosts = () => document.querySelectorAll(OWN_UI_TAG);
const live = () => host.element?.shadowRoot?.querySelector('[role="status"]');

describe('CardHost', () => {
  it('adds nothing to the page before a card is needed', () => {
    expect(hosts()).toHaveLength(0);
    expect(host.element).toBeNull();
    expect(host.isOpen).toBe(false);
  });

  it('shows a card as a named dialog in a popover inside its own shadow root, with a polite live region', () => {
    host.show(props(), 'Missies op deze pagina', anchor);
    expect(hosts()).toHaveLength(1);
    const panel = host.panelElement as HTMLElement;
    expect(host.element?.shadowRoot?.contains(panel)).toBe(true);
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(panel.getAttribute('popover')).toBe('manual');
    expect(panel.getAttribute('aria-label')).toBe('Missies op deze pagina');
    expect(panel.textContent).toBe('card: list');
    expect(host.isOpen).toBe(true);
    expect(live()?.getAttribute('aria-live')).toBe('polite');
    expect(host.element?.shadowRoot?.adoptedStyleSheets.length).toBe(1);
  });

  it('shows the next card in the open panel, in the one host', () => {
    host.show(props(), 'een', anchor);
    expect(() => host.show(props('loading'), 'twee', anchor)).not.toThrow();
    expect(hosts()).toHaveLength(1);
    expect(host.panelElement?.textContent).toBe('card: loading');
    expect(host.panelElement?.getAttribute('aria-label')).toBe('twee');
  });

  it('places the card below its term, or above it when the term stands in a table row', () => {
    host.show(props(), 'kaart', anchor);
    const panel = host.panelElement as HTMLElement;
    expect(panel.dataset.side).toBe('below');
    expect(Number.parseFloat(panel.style.top)).toBeGreaterThanOrEqual(TERM.top + TERM.height);
    host.hide();
    host.show(props(), 'kaart', { term: TERM, row: { top: 95, left: 0, width: 800, height: 30 } });
    expect(panel.dataset.side).toBe('above');
    expect(Number.parseFloat(panel.style.top)).toBeLessThanOrEqual(95);
  });

  it('builds a card out of sight, but not over an open one', () => {
    host.prepare(props('loading'), 'voorbereid');
    expect(host.isOpen).toBe(false);
    expect(host.panelElement?.textContent).toBe('card: loading');
    host.show(props(), 'open', anchor);
    const renders = renderer.renders.length;
    host.prepare(props('loading'), 'ander');
    expect(renderer.renders).toHaveLength(renders);
    expect(host.panelElement?.getAttribute('aria-label')).toBe('open');
  });

  it('announces after clearing the live region, so the same words are heard again', () => {
    vi.useFakeTimers();
    host.show(props(), 'kaart', anchor);
    host.announce('UNIFIL');
    vi.advanceTimersByTime(50);
    expect(live()?.textContent).toBe('UNIFIL');
    host.announce('UNIFIL');
    expect(live()?.textContent).toBe('');
    vi.advanceTimersByTime(49);
    expect(live()?.textContent).toBe('');
    vi.advanceTimersByTime(1);
    expect(live()?.textContent).toBe('UNIFIL');
  });

  it('hides the card and empties it', () => {
    host.show(props(), 'kaart', anchor);
    host.hide();
    expect(host.isOpen).toBe(false);
    expect(renderer.last()).toBeNull();
    expect(host.panelElement?.textContent).toBe('');
  });

  it('knows its own element from the page', () => {
    expect(host.contains(document.body)).toBe(false);
    host.show(props(), 'kaart', anchor);
    expect(host.contains(host.element)).toBe(true);
    expect(host.contains(document.querySelector('p'))).toBe(false);
    expect(host.contains(null)).toBe(false);
  });

  it('keeps a wheel over a card that cannot scroll from scrolling the page', () => {
    host.show(props(), 'kaart', anchor);
    const wheel = new WheelEvent('wheel', { deltaY: 100, cancelable: true });
    host.panelElement?.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(true);
  });

  it('is taken off the page whole', () => {
    host.show(props(), 'kaart', anchor);
    host.remove();
    expect(hosts()).toHaveLength(0);
    expect(host.element).toBeNull();
    expect(host.panelElement).toBeNull();
    expect(document.body.innerHTML).toBe('<p>Tekst</p>');
  });
});

describe('anchorOf', () => {
  const termIn = (html: string): MarkedTerm => {
    document.body.innerHTML = html;
    const node = document.getElementById('t')?.firstChild as Text;
    const range = { getBoundingClientRect: () => new DOMRect(50, 100, 40, 20) } as unknown as Range;
    return {
      range,
      match: { start: 0, end: 6, text: 'UNIFIL', kind: 'mission', id: 'unifil', candidates: [] },
      startNode: node,
      endNode: node,
    };
  };

  it("is the term's box, with no row outside a table", () => {
    const a = anchorOf(termIn('<p><b id="t">UNIFIL</b></p>'));
    expect(a.term).toMatchObject({ top: 100, left: 50, width: 40, height: 20 });
    expect(a.row).toBeNull();
  });

  it('includes the table row (or ARIA row) the term stands in', () => {
    for (const html of [
      '<table><tr id="row"><td><span id="t">UNIFIL</span></td></tr></table>',
      '<div role="row" id="row"><div role="cell" id="t">UNIFIL</div></div>',
    ]) {
      const term = termIn(html);
      const row = document.getElementById('row') as HTMLElement;
      row.getBoundingClientRect = () => new DOMRect(0, 90, 800, 40);
      expect(anchorOf(term).row).toMatchObject({ top: 90, height: 40, width: 800 });
    }
  });
});
