/** Switches in the popup: whether Missiewijzer works on this site, and pause everywhere. */
import type { Messages } from '../../lib/i18n/messages';
import type { SettingsUpdater } from '../../lib/permissions/enable-site';
import type { CurrentSite } from '../../lib/popup/current-site';
import type { Settings } from '../../lib/settings/settings-schema';
import { Checkbox } from '../options/Controls';
import { SiteState } from './SiteState';
import { SiteSwitch } from './SiteSwitch';

type Props = {
  t: Messages;
  settings: Settings;
  update: SettingsUpdater;
  /** null while the active tab is not known yet. */
  site: CurrentSite | null;
};

export function QuickControls({ t, settings, update, site }: Props) {
  return (
    <section class="mw-controls" aria-labelledby="mw-controls-heading">
      <h2 id="mw-controls-heading" class="mw-list-heading">
        {t.options_pauseLegend}
      </h2>
      {site && <SiteState t={t} paused={settings.paused} site={site} />}
      {(site?.kind === 'default' || site?.kind === 'other') && <SiteSwitch t={t} site={site} update={update} />}
      <Checkbox
        name="paused"
        label={t.options_pause}
        checked={settings.paused}
        onChange={(paused) => void update(() => ({ paused }))}
      />
    </section>
  );
}
