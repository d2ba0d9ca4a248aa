/** The one element Missiewijzer ever adds to a web page: the host of its shadow-root card. */
export const OWN_UI_TAG = 'missiewijzer-ui';

/** On the reader, Missiewijzer's own page, the toolbar and messages around the PDF's pages. */
export const READER_CHROME_TAG = 'missiewijzer-chrome';

/**
 * Elements whose text is Missiewijzer's own, never read for terms: the card's host and the
 * reader's chrome (whose Kamerstuk line or file name would otherwise be underlined).
 */
export function isOwnUi(element: Element): boolean {
  const name = element.localName;
  return name === OWN_UI_TAG || name === READER_CHROME_TAG;
}
