/** One line that says whether Missiewijzer works on the active tab's site, and why not. */
import type { Messages } from '../../lib/i18n/messages';
import type { CurrentSite } from '../../lib/popup/current-site';

type State = { text: string; tone: 'on' | 'off' | 'paused'; hint?: string };

export function siteState(t: Messages, paused: boolean, site: CurrentSite): State | null {
  if (paused) return { text: t.popup_statePaused, tone: 'paused' };
  switch (site.kind) {
    case 'default':
    case 'other':
      return site.on
        ? { text: t.popup_stateOn(site.site), tone: 'on' }
        : { text: t.popup_stateOff(site.site), tone: 'off' };
    case 'unknown':
      return { text: t.popup_stateUnknown, tone: 'off', hint: t.popup_stateUnknownHint };
    case 'unsupported':
      return { text: t.popup_stateUnsupported, tone: 'off' };
    case 'own':
      return null;
  }
}

export function SiteState({ t, paused, site }: { t: Messages; paused: boolean; site: CurrentSite }) {
  const state = siteState(t, paused, site);
  if (!state) return null;
  return (
    <>
      <p class={`mw-site-state is-${state.tone}`}>
        <span class="mw-site-dot" aria-hidden="true" />
        {state.text}
      </p>
      {state.hint && <p class="mw-page-note">{state.hint}</p>}
    </>
  );
}
