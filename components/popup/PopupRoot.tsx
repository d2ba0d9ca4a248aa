/**
 * The popup with the user's settings: its language follows the language setting (auto: the
 * browser's), also when it changes while the popup is open, and the switches save through the
 * same queue as the options page.
 */
import type { PollOptions } from '../../lib/popup/poll-page-terms';
import type { PopupBrowser } from '../../lib/popup/popup-browser';
import type { Settings } from '../../lib/settings/settings-schema';
import { UiLanguageContext } from '../settings/ui-language-context';
import { useSettings } from '../settings/use-settings';
import { useUiLanguage } from '../settings/use-ui-language';
import { PopupApp } from './PopupApp';

type Props = {
  initial: Settings;
  popupBrowser: PopupBrowser;
  browserLanguage?: string;
  today?: Date;
  pollOptions?: PollOptions;
};

export function PopupRoot({ initial, popupBrowser, browserLanguage, today, pollOptions }: Props) {
  const { settings, update } = useSettings(initial);
  const current = settings ?? initial;
  const lang = useUiLanguage(current, browserLanguage);
  return (
    <UiLanguageContext.Provider value={lang}>
      <PopupApp today={today} env={{ browser: popupBrowser, settings: current, update, pollOptions }} />
    </UiLanguageContext.Provider>
  );
}
