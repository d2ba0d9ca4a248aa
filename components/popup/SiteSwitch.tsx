/**
 * The switch for the active tab's site. A default site goes in or out of `disabledSites`; a site
 * outside the default list goes through the options page's own flow (lib/permissions/enable-site):
 * switching it on asks the browser for the site's permission, straight from the change event so
 * the prompt still counts as the user's gesture; switching it off gives the permission back.
 */
import { useState } from 'preact/hooks';
import type { Messages } from '../../lib/i18n/messages';
import { disableSite, enableSite, type SettingsUpdater } from '../../lib/permissions/enable-site';
import { type CurrentSite, defaultSiteChange } from '../../lib/popup/current-site';
import { Checkbox } from '../options/Controls';

type Site = Extract<CurrentSite, { kind: 'default' | 'other' }>;
type Props = { t: Messages; site: Site; update: SettingsUpdater };
type Status = { text: string; error: boolean } | null;

export function SiteSwitch({ t, site, update }: Props) {
  const [status, setStatus] = useState<Status>(null);

  const change = (on: boolean) => {
    if (site.kind === 'default') {
      void update(defaultSiteChange(site, on));
      return;
    }
    if (!on) {
      void disableSite(site.site, update).then(() => setStatus(null));
      return;
    }
    // No await before this call: the permission prompt needs the user's gesture.
    void enableSite(site.site, update).then((result) =>
      setStatus(
        result === 'enabled'
          ? { text: t.options_siteAdded(site.site), error: false }
          : {
              text: result === 'denied' ? t.options_siteDenied(site.site) : t.options_siteFailed(site.site),
              error: true,
            },
      ),
    );
  };

  return (
    <>
      <Checkbox
        name="site"
        label={t.popup_siteSwitch(site.site)}
        hint={site.kind === 'other' && !site.on ? t.popup_otherSiteHint(site.site) : undefined}
        checked={site.on}
        onChange={change}
      />
      <p class={status?.error ? 'mw-switch-status is-error' : 'mw-switch-status'} role="status">
        {status?.text ?? ''}
      </p>
    </>
  );
}
