import { render } from 'preact';
import { CARD_CSS } from '../../components/card/card-styles';
import { PopupRoot } from '../../components/popup/PopupRoot';
import { POPUP_CSS } from '../../components/popup/popup-styles';
import { adoptStyles } from '../../lib/dom/adopt-styles';
import { browserPopup } from '../../lib/popup/popup-browser';
import { loadSettings } from '../../lib/settings/settings-store';

// The card's styles (written for the in-page shadow root, scoped by their class names), then the popup's.
adoptStyles(document, CARD_CSS, POPUP_CSS);

const root = document.getElementById('app');
// Settings first (local storage, a few ms): the first paint is already in the chosen language.
if (root)
  void loadSettings().then((initial) => render(<PopupRoot initial={initial} popupBrowser={browserPopup} />, root));
