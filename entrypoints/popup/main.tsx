import { render } from 'preact';
// ?raw, as in the in-page layer: the CSS byte for byte, not rewritten by Vite's CSS pipeline.
import cardCss from '../../components/card/card.css?raw';
import { PopupRoot } from '../../components/popup/PopupRoot';
import popupCss from '../../components/popup/popup.css?raw';
import { adoptStyles } from '../../lib/dom/adopt-styles';
import { browserPopup } from '../../lib/popup/popup-browser';
import { loadSettings } from '../../lib/settings/settings-store';

// The card's styles (written for the in-page shadow root, scoped by their class names), then the popup's.
adoptStyles(document, cardCss, popupCss);

const root = document.getElementById('app');
// Settings first (local storage, a few ms): the first paint is already in the chosen language.
if (root)
  void loadSettings().then((initial) => render(<PopupRoot initial={initial} popupBrowser={browserPopup} />, root));
