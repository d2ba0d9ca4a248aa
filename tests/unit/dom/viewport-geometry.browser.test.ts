/** Where text stands relative to the viewport, in a real browser's layout. */
import { afterEach, describe, expect, it } from 'vitest';
import { type TextBlock, textBlocks } from '../../../lib/dom/text-blocks';
import { firstVisibleNode, isBelow } from '../../../lib/dom/viewport-geometry';

const notOurs = (el: Element) => el.localName === 'missiewijzer-ui';

afterEach(() => {
  window.scrollTo(0, 0);
  document.body.innerHTML = '';
});

/** Paragraphs of 100 px, one per line, with an id each. */
function page(lines: string[]): void {
  document.body.style.margin = '0';
  document.body.innerHTML = lines
    .map((html, i) => `<div id="l${i}" style="height: 100px; margin: 0">${html}</div>`)
    .join('');
}

describe('isBelow', () => {
  it('tells whether a block starts below a line of the viewport', () => {
    page(['UNIFIL', 'KFOR']);
    const [first, second] = [...textBlocks(document.body, notOurs)] as TextBlock[];
    expect(isBelow(first as TextBlock, 50)).toBe(false);
    expect(isBelow(second as TextBlock, 50)).toBe(true);
    expect(isBelow(second as TextBlock, 100)).toBe(false);
  });
});

describe('firstVisibleNode', () => {
  const lines = Array.from({ length: 60 }, (_, i) => `regel ${i} met <b>UNIFIL</b>`);

  it('is null while the page is not scrolled', () => {
    page(lines);
    expect(firstVisibleNode(document, notOurs)).toBeNull();
  });

  it('is the block at the top of the viewport, not an inline element in it', () => {
    page(lines);
    window.scrollTo(0, 1050);
    expect((firstVisibleNode(document, notOurs) as Element).id).toBe('l10');
  });

  it('starts outside skipped content at the top', () => {
    page([...lines.slice(0, 10), '<textarea style="height: 100px; display: block">UNIFIL</textarea>', ...lines]);
    window.scrollTo(0, 1020);
    expect((firstVisibleNode(document, notOurs) as Element).id).toBe('l10');
  });
});
