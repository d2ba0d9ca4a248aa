/** The one element Missiewijzer ever adds to a page: the host of its shadow-root card. */
export const OWN_UI_TAG = 'missiewijzer-ui';

export function isOwnUi(element: Element): boolean {
  return element.localName === OWN_UI_TAG;
}
