/**
 * The options page: every setting of lib/settings/settings-schema.ts. Each change is saved at
 * once; open tabs follow through their content script's watchSettings. The page itself switches
 * language as soon as the language setting changes.
 */
import { useEffect } from 'preact/hooks';
import type { Mission, Term } from '../../data/schema';
import { MESSAGES } from '../../lib/i18n/messages';
import { UiLanguageContext } from '../settings/ui-language-context';
import { useSettings } from '../settings/use-settings';
import { useUiLanguage } from '../settings/use-ui-language';
import { Checkbox, RadioGroup } from './Controls';
import { DefaultSites } from './DefaultSites';
import { MutedTerms } from './MutedTerms';
import { OtherSites } from './OtherSites';

type Props = {
  missions: readonly Mission[];
  terms: readonly Term[];
  /** The browser's language, for the `auto` setting (navigator.language on the page). */
  browserLanguage?: string;
};

export function OptionsApp({ missions, terms, browserLanguage }: Props) {
  const { settings, save, update } = useSettings();
  const lang = useUiLanguage(settings, browserLanguage);
  const t = MESSAGES[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.options_title;
  }, [lang, t]);

  if (!settings) {
    return (
      <main class="mw-options" aria-busy="true">
        <p>{t.options_loading}</p>
      </main>
    );
  }

  return (
    <UiLanguageContext.Provider value={lang}>
      <main class="mw-options">
        <h1>{t.options_title}</h1>
        <p class="mw-hint">{t.options_saved}</p>

        <fieldset class="mw-fieldset">
          <legend>{t.options_pauseLegend}</legend>
          <Checkbox
            name="paused"
            label={t.options_pause}
            hint={t.options_pauseHint}
            checked={settings.paused}
            onChange={(paused) => save({ paused })}
          />
        </fieldset>

        <DefaultSites
          t={t}
          disabledSites={settings.disabledSites}
          onChange={(disabledSites) => save({ disabledSites })}
        />

        <OtherSites t={t} enabledSites={settings.enabledSites} update={update} />

        <fieldset class="mw-fieldset">
          <legend>{t.options_markingLegend}</legend>
          <Checkbox
            name="abbreviations"
            label={t.options_abbreviations}
            checked={settings.abbreviations}
            onChange={(abbreviations) => save({ abbreviations })}
          />
          <Checkbox
            name="firstOccurrenceOnly"
            label={t.options_firstOnly}
            checked={settings.firstOccurrenceOnly}
            onChange={(firstOccurrenceOnly) => save({ firstOccurrenceOnly })}
          />
          <Checkbox
            name="kamerstukReferences"
            label={t.options_kamerstukReferences}
            checked={settings.kamerstukReferences}
            onChange={(kamerstukReferences) => save({ kamerstukReferences })}
          />
        </fieldset>

        <fieldset class="mw-fieldset">
          <legend>{t.options_pdfLegend}</legend>
          <Checkbox
            name="pdfsInReader"
            label={t.options_pdfRedirect}
            hint={t.options_pdfRedirectHint}
            checked={settings.pdfsInReader}
            onChange={(pdfsInReader) => save({ pdfsInReader })}
          />
        </fieldset>

        <MutedTerms
          t={t}
          mutedTerms={settings.mutedTerms}
          missions={missions}
          terms={terms}
          onChange={(mutedTerms) => save({ mutedTerms })}
        />

        <RadioGroup
          legend={t.options_underlineLegend}
          name="underline"
          value={settings.underline}
          options={[
            { value: 'subtle', label: t.options_underline_subtle },
            { value: 'clear', label: t.options_underline_clear },
          ]}
          onChange={(underline) => save({ underline })}
        />

        <RadioGroup
          legend={t.options_languageLegend}
          name="language"
          value={settings.language}
          options={[
            { value: 'auto', label: t.options_language_auto },
            { value: 'nl', label: t.options_language_nl },
            { value: 'en', label: t.options_language_en },
          ]}
          onChange={(language) => save({ language })}
        />
      </main>
    </UiLanguageContext.Provider>
  );
}
