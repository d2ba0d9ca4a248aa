/** One way from the language setting to the UI language: uiLanguage, and useUiLanguage in Preact. */
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useUiLanguage } from '../../../components/settings/use-ui-language';
import { type UiLanguage, uiLanguage } from '../../../lib/i18n/language';

describe('uiLanguage', () => {
  it('follows the setting, and the browser for auto or no settings yet', () => {
    expect(uiLanguage({ language: 'en' }, 'nl-NL')).toBe('en');
    expect(uiLanguage({ language: 'auto' }, 'nl-BE')).toBe('nl');
    expect(uiLanguage({ language: 'auto' }, 'fr-FR')).toBe('en');
    expect(uiLanguage(null, 'nl')).toBe('nl');
  });

  it("reads the browser's language when none is given", () => {
    expect(uiLanguage(null)).toBe(navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en');
  });
});

function Probe({ language, browser }: { language: UiLanguage | 'auto' | null; browser?: string }) {
  const lang = useUiLanguage(language === null ? null : { language }, browser);
  return <p data-testid="lang">{lang}</p>;
}

describe('useUiLanguage', () => {
  it('gives the language for the settings, and follows a change', () => {
    const view = render(<Probe language={null} browser="nl-NL" />);
    expect(screen.getByTestId('lang').textContent).toBe('nl');
    view.rerender(<Probe language="en" browser="nl-NL" />);
    expect(screen.getByTestId('lang').textContent).toBe('en');
    view.rerender(<Probe language="auto" browser="de-DE" />);
    expect(screen.getByTestId('lang').textContent).toBe('en');
    view.rerender(<Probe language="nl" browser="de-DE" />);
    expect(screen.getByTestId('lang').textContent).toBe('nl');
  });
});
