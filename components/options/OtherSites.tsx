/**
 * Sites outside the default list. Adding one asks the browser for that site's permission from
 * the submit handler itself (a user gesture), then adds it to `enabledSites`; the background
 * registers the content script. Removing one does the reverse and gives the permission back.
 */
import { useState } from 'preact/hooks';
import type { Messages } from '../../lib/i18n/messages';
import { disableSite, enableSite, type SettingsUpdater } from '../../lib/permissions/enable-site';
import { parseSiteInput } from '../../lib/sites/custom-sites';

type Props = {
  t: Messages;
  enabledSites: readonly string[];
  update: SettingsUpdater;
};

type Status = { text: string; error: boolean } | null;

export function OtherSites({ t, enabledSites, update }: Props) {
  const [input, setInput] = useState('');
  const [status, setStatus] = useState<Status>(null);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const parsed = parseSiteInput(input);
    if (!parsed.ok) {
      const text =
        parsed.reason === 'default' && parsed.site ? t.options_siteIsDefault(parsed.site) : t.options_siteInvalid;
      setStatus({ text, error: true });
      return;
    }
    const { site } = parsed;
    // No await before this call: the permission prompt needs the user's gesture.
    void enableSite(site, update).then((result) => {
      if (result === 'enabled') {
        setInput('');
        setStatus({ text: t.options_siteAdded(site), error: false });
      } else {
        setStatus({ text: result === 'denied' ? t.options_siteDenied(site) : t.options_siteFailed(site), error: true });
      }
    });
  };

  const remove = (site: string) => {
    void disableSite(site, update).then(() => setStatus({ text: t.options_siteRemoved(site), error: false }));
  };

  return (
    <fieldset class="mw-fieldset" aria-describedby="mw-other-sites-hint">
      <legend>{t.options_otherSitesLegend}</legend>
      <p id="mw-other-sites-hint" class="mw-hint">
        {t.options_otherSitesHint}
      </p>
      <form class="mw-add-site" onSubmit={onSubmit} noValidate>
        <label for="mw-site-input">{t.options_siteInputLabel}</label>
        <div class="mw-row">
          <input
            id="mw-site-input"
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            aria-describedby="mw-site-input-hint"
            aria-invalid={status?.error ? true : undefined}
            value={input}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
          <button type="submit">{t.options_addSite}</button>
        </div>
        <p id="mw-site-input-hint" class="mw-hint">
          {t.options_siteInputHint}
        </p>
      </form>
      <p class={status?.error ? 'mw-status mw-error' : 'mw-status'} role="status">
        {status?.text ?? ''}
      </p>
      {enabledSites.length === 0 ? (
        <p class="mw-empty">{t.options_noOtherSites}</p>
      ) : (
        <ul class="mw-removable" aria-label={t.options_otherSitesLegend}>
          {enabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="mw-remove"
                onClick={() => remove(site)}
                aria-label={t.options_removeSite(site)}
                title={t.options_removeSite(site)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
