/** Links to the options page and the demo page; each opens in a tab and the popup closes. */
import type { Messages } from '../../lib/i18n/messages';
import type { PopupBrowser } from '../../lib/popup/popup-browser';

export function PopupLinks({ t, popupBrowser }: { t: Messages; popupBrowser: PopupBrowser }) {
  // Real addresses in href, so the links read as links; the click goes through the extension API.
  const open = (how: () => Promise<void>) => (event: MouseEvent) => {
    event.preventDefault();
    how().then(
      () => popupBrowser.close(),
      () => undefined,
    );
  };
  const base = popupBrowser.extensionBase;
  return (
    <nav class="mw-popup-links" aria-label={t.popup_links}>
      <a href={`${base}options.html`} onClick={open(popupBrowser.openOptions)}>
        {t.popup_settings}
      </a>
      <a href={`${base}demo.html`} onClick={open(popupBrowser.openDemo)}>
        {t.popup_demo}
      </a>
    </nav>
  );
}
