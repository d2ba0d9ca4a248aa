import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptStyles } from '../../../lib/dom/adopt-styles';

const RED = '.a { color: red; }';
const BLUE = '.b { color: blue; }';

afterEach(() => {
  document.adoptedStyleSheets = [];
  document.head.innerHTML = '';
  vi.restoreAllMocks();
});

const texts = (sheets: readonly CSSStyleSheet[]) =>
  sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join(' '));

describe('adoptStyles', () => {
  it('adds constructed sheets to a document, in order, after the ones it has', () => {
    const first = new CSSStyleSheet();
    document.adoptedStyleSheets = [first];
    adoptStyles(document, RED, BLUE);
    expect(document.adoptedStyleSheets).toHaveLength(3);
    expect(document.adoptedStyleSheets[0]).toBe(first);
    const added = texts(document.adoptedStyleSheets.slice(1));
    expect(added[0]).toContain('red');
    expect(added[1]).toContain('blue');
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('gives a new shadow root its sheet', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, RED);
    expect(texts(shadow.adoptedStyleSheets)).toHaveLength(1);
    expect(texts(shadow.adoptedStyleSheets)[0]).toContain('red');
    expect(shadow.querySelector('style')).toBeNull();
  });

  it('falls back to <style> elements where a sheet cannot be constructed', () => {
    vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(() => {
      throw new Error('not allowed');
    });
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(document.createElement('div'));
    adoptStyles(shadow, RED);
    expect(shadow.lastElementChild?.tagName).toBe('STYLE');
    expect(shadow.lastElementChild?.textContent).toBe(RED);

    adoptStyles(document, RED, BLUE);
    expect([...document.head.querySelectorAll('style')].map((s) => s.textContent)).toEqual([RED, BLUE]);
  });
});
