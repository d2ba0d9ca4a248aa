/**
 * Missiewijzer's own elements are never read for terms: the card's host on a web page and the
 * reader's chrome, whose Kamerstuk line and file name would otherwise be underlined. A page's own
 * element with a similar name is read as usual.
 */
import { describe, expect, it } from 'vitest';
import { isOwnUi, OWN_UI_TAG, READER_CHROME_TAG } from '../../../lib/dom/own-ui';
import { textBlocks } from '../../../lib/dom/text-blocks';

function readTexts(html: string): string[] {
  document.body.innerHTML = html;
  return [...textBlocks(document.body, isOwnUi)].map((b) => b.text);
}

describe('isOwnUi', () => {
  it("leaves the card's host and the reader's chrome unread, and reads the text around them", () => {
    const texts = readTexts(
      `<${READER_CHROME_TAG}><header><h1>UNIFIL.pdf</h1></header><p>Kamerstuk 29521, nr. 493</p></${READER_CHROME_TAG}>` +
        `<main><p>UNTSO</p></main><${OWN_UI_TAG}><p>KFOR</p></${OWN_UI_TAG}>`,
    );
    expect(texts).toEqual(['UNTSO']);
  });

  it("reads a page's own custom element, whatever its name", () => {
    expect(readTexts('<missiewijzer-note><p>UNIFIL</p></missiewijzer-note><app-root><p>KFOR</p></app-root>')).toEqual([
      'UNIFIL',
      'KFOR',
    ]);
  });
});
