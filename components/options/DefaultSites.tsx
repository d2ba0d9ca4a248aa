/** The default sites, each with its own switch: on unless the user put it in `disabledSites`. */
import type { Messages } from '../../lib/i18n/messages';
import { DEFAULT_SITES } from '../../lib/sites/default-sites';
import { Checkbox } from './Controls';

type Props = {
  t: Messages;
  disabledSites: readonly string[];
  onChange: (disabledSites: string[]) => void;
};

export function DefaultSites({ t, disabledSites, onChange }: Props) {
  const toggle = (site: string, on: boolean) => {
    const rest = disabledSites.filter((s) => s !== site);
    onChange(on ? rest : [...rest, site]);
  };
  return (
    <fieldset class="mw-fieldset" aria-describedby="mw-default-sites-hint">
      <legend>{t.options_defaultSitesLegend}</legend>
      <p id="mw-default-sites-hint" class="mw-hint">
        {t.options_defaultSitesHint}
      </p>
      <ul class="mw-sites">
        {DEFAULT_SITES.map((site) => (
          <li key={site}>
            <Checkbox
              name="site"
              label={site}
              checked={!disabledSites.includes(site)}
              onChange={(on) => toggle(site, on)}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
