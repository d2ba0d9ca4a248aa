import { render } from 'preact';
import { CARD_CSS } from '../../components/card/card-styles';
import { PopupApp } from '../../components/popup/PopupApp';
import { POPUP_CSS } from '../../components/popup/popup-styles';

// The card's styles (written for the in-page shadow root, scoped by their class names), then the popup's.
const sheets = [CARD_CSS, POPUP_CSS].map((css) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
});
document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
