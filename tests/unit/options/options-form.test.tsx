import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { missions, terms } from '../../../data/dataset';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings-schema';
import { loadSettings, updateSettings } from '../../../lib/settings/settings-store';
import { DEFAULT_SITES } from '../../../lib/sites/default-sites';

type PermissionsApi = typeof fakeBrowser.permissions;

/** The browser's permission store: request grants unless `answer` says no. */
function fakePermissions(answer: () => boolean | Promise<boolean> = () => true) {
  const granted = new Set<string>();
  const request = vi.fn((p: { origins?: string[] }) => {
    const origins = p.origins ?? [];
    return Promise.resolve(answer()).then((ok) => {
      if (ok) for (const o of origins) granted.add(o);
      return ok;
    });
  });
  const remove = vi.fn(async (p: { origins?: string[] }) => {
    for (const o of p.origins ?? []) granted.delete(o);
    return true;
  });
  const contains = vi.fn(async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => granted.has(o)));
  Object.assign(fakeBrowser.permissions, { request, remove, contains } as Partial<PermissionsApi>);
  return { granted, request, remove, contains };
}

async function renderOptions(stored: Partial<Settings> = {}, browserLanguage = 'nl-NL') {
  if (Object.keys(stored).length > 0) await updateSettings(stored);
  render(<OptionsApp missions={missions} terms={terms} browserLanguage={browserLanguage} />);
  await screen.findByRole('heading', { level: 1 });
}

/** Waits until the stored settings satisfy `check`. */
async function stored(check: (s: Settings) => void) {
  await waitFor(async () => check(await loadSettings()));
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('options page', () => {
  it('shows every setting with a label, in Dutch for a Dutch browser', async () => {
    await renderOptions();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Missiewijzer — instellingen');
    for (const legend of [
      'Aan of uit',
      'Standaardsites',
      'Andere sites',
      'Wat wordt gemarkeerd',
      'Gedempte termen',
      'Onderstreping',
      'Taal van Missiewijzer',
    ]) {
      expect(screen.getByRole('group', { name: legend })).toBeTruthy();
    }
    expect(screen.getByRole('checkbox', { name: 'Overal pauzeren' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Sitenaam' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Subtiel' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('lists every default site with its own switch, on by default', async () => {
    await renderOptions();
    const group = screen.getByRole('group', { name: 'Standaardsites' });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.labels?.[0]?.textContent)).toEqual([...DEFAULT_SITES]);
    expect(boxes.every((b) => b.checked)).toBe(true);
  });

  it('pauses everywhere', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Overal pauzeren' }));
    await stored((s) => expect(s.paused).toBe(true));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Overal pauzeren' }));
    await stored((s) => expect(s.paused).toBe(false));
  });

  it('switches a default site off and on again', async () => {
    await renderOptions();
    const nos = () => screen.getByRole('checkbox', { name: 'nos.nl' }) as HTMLInputElement;
    fireEvent.click(nos());
    await stored((s) => expect(s.disabledSites).toEqual(['nos.nl']));
    expect(nos().checked).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'tweedekamer.nl' }));
    await stored((s) => expect(s.disabledSites).toEqual(['nos.nl', 'tweedekamer.nl']));
    fireEvent.click(nos());
    await stored((s) => expect(s.disabledSites).toEqual(['tweedekamer.nl']));
  });

  it('switches general abbreviations and first-occurrence-only', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: /algemene afkortingen/u }));
    fireEvent.click(screen.getByRole('checkbox', { name: /eerste keer/u }));
    await stored((s) => {
      expect(s.abbreviations).toBe(true);
      expect(s.firstOccurrenceOnly).toBe(true);
    });
  });

  it('sends PDFs on the default sites to the reader only once switched on', async () => {
    await renderOptions();
    expect(screen.getByRole('group', { name: 'PDF’s' })).toBeTruthy();
    const box = screen.getByRole('checkbox', {
      name: 'PDF’s op de standaardsites altijd in de lezer openen',
    }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await stored((s) => expect(s.pdfsInReader).toBe(true));
    fireEvent.click(box);
    await stored((s) => expect(s.pdfsInReader).toBe(false));
  });

  it('switches Kamerstuk references off and on, on by default, labelled in both languages', async () => {
    await renderOptions();
    const box = () => screen.getByRole('checkbox', { name: /Verwijzingen naar Kamerstukken/u }) as HTMLInputElement;
    expect(box().checked).toBe(true);
    fireEvent.click(box());
    await stored((s) => expect(s.kamerstukReferences).toBe(false));
    fireEvent.click(box());
    await stored((s) => expect(s.kamerstukReferences).toBe(true));
    cleanup();
    await renderOptions({}, 'en-GB');
    expect(screen.getByRole('checkbox', { name: /references to Kamerstukken/u })).toBeTruthy();
  });

  it('saves quick successive changes without losing one', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Overal pauzeren' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /algemene afkortingen/u }));
    fireEvent.click(screen.getByRole('radio', { name: 'Duidelijk' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'nu.nl' }));
    await stored((s) =>
      expect(s).toEqual({
        ...DEFAULT_SETTINGS,
        paused: true,
        abbreviations: true,
        underline: 'clear',
        disabledSites: ['nu.nl'],
      }),
    );
  });

  it('sets the underline style', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: 'Duidelijk' }));
    await stored((s) => expect(s.underline).toBe('clear'));
    expect((screen.getByRole('radio', { name: 'Duidelijk' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Subtiel' }));
    await stored((s) => expect(s.underline).toBe('subtle'));
  });

  it('switches the page language at once', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    await stored((s) => expect(s.language).toBe('en'));
    await screen.findByRole('heading', { name: 'Missiewijzer — settings' });
    expect(screen.getByRole('group', { name: 'Default sites' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    fireEvent.click(screen.getByRole('radio', { name: 'Nederlands' }));
    await screen.findByRole('heading', { name: 'Missiewijzer — instellingen' });
    fireEvent.click(screen.getByRole('radio', { name: 'Zoals de browser' }));
    await stored((s) => expect(s.language).toBe('auto'));
  });

  it('follows the browser language for auto', async () => {
    await renderOptions({}, 'en-GB');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Missiewijzer — settings');
  });

  it('follows settings changed elsewhere (another tab, the popup)', async () => {
    await renderOptions();
    await updateSettings({ paused: true, underline: 'clear' });
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Overal pauzeren' }) as HTMLInputElement).checked).toBe(true),
    );
    expect((screen.getByRole('radio', { name: 'Duidelijk' }) as HTMLInputElement).checked).toBe(true);
  });

  describe('muted terms', () => {
    it('lists them by acronym and unmutes one', async () => {
      await renderOptions({ mutedTerms: ['unifil', 'kfor'] });
      const group = screen.getByRole('group', { name: 'Gedempte termen' });
      const list = within(group).getByRole('list');
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((li) => li.querySelector('strong')?.textContent),
      ).toEqual(['UNIFIL', 'KFOR']);
      fireEvent.click(within(group).getByRole('button', { name: 'UNIFIL weer markeren' }));
      await stored((s) => expect(s.mutedTerms).toEqual(['kfor']));
      fireEvent.click(within(group).getByRole('button', { name: 'KFOR weer markeren' }));
      await stored((s) => expect(s.mutedTerms).toEqual([]));
      await within(group).findByText('Geen gedempte termen.');
    });

    it('mutes a mission or a glossary term chosen from the list', async () => {
      await renderOptions();
      const select = screen.getByRole('combobox', { name: 'Term dempen' }) as HTMLSelectElement;
      fireEvent.change(select, { target: { value: 'untso' } });
      fireEvent.click(screen.getByRole('button', { name: 'Dempen' }));
      await stored((s) => expect(s.mutedTerms).toEqual(['untso']));
      fireEvent.change(select, { target: { value: 'polad' } });
      fireEvent.click(screen.getByRole('button', { name: 'Dempen' }));
      await stored((s) => expect(s.mutedTerms).toEqual(['untso', 'polad']));
      await screen.findByRole('button', { name: 'POLAD weer markeren' });
    });
  });

  describe('a site outside the default list', () => {
    const add = (text: string) => {
      fireEvent.input(screen.getByRole('textbox', { name: 'Sitenaam' }), { target: { value: text } });
      fireEvent.click(screen.getByRole('button', { name: 'Site aanzetten' }));
    };

    it('asks for the permission in the click itself, then adds the site', async () => {
      const permissions = fakePermissions();
      await renderOptions();
      add('https://www.Example-Blog.org/artikel?id=1');
      // Synchronously, inside the click: the prompt needs the user's gesture.
      expect(permissions.request).toHaveBeenCalledWith({ origins: ['*://*.example-blog.org/*'] });
      await stored((s) => expect(s.enabledSites).toEqual(['example-blog.org']));
      await screen.findByText(/example-blog\.org staat aan/u);
      const group = screen.getByRole('group', { name: 'Andere sites' });
      expect(within(group).getByRole('button', { name: 'example-blog.org uitzetten' })).toBeTruthy();
      expect((screen.getByRole('textbox', { name: 'Sitenaam' }) as HTMLInputElement).value).toBe('');
    });

    it('does not add the site when the user refuses', async () => {
      const permissions = fakePermissions(() => false);
      await renderOptions();
      add('example-blog.org');
      await screen.findByText(/Geen toestemming gekregen voor example-blog\.org/u);
      expect(permissions.request).toHaveBeenCalledTimes(1);
      expect((await loadSettings()).enabledSites).toEqual([]);
    });

    it('explains what is wrong with the input, without asking for anything', async () => {
      const permissions = fakePermissions();
      await renderOptions();
      add('geen site');
      await screen.findByText(/Dat is geen sitenaam/u);
      add('www.nos.nl');
      await screen.findByText('nos.nl staat al in de standaardlijst.');
      expect(permissions.request).not.toHaveBeenCalled();
      expect(screen.getByRole('textbox', { name: 'Sitenaam' }).getAttribute('aria-invalid')).toBe('true');
    });

    it('removes a site and gives its permission back', async () => {
      const permissions = fakePermissions();
      permissions.granted.add('*://*.example-blog.org/*');
      await renderOptions({ enabledSites: ['example-blog.org', 'other.example'] });
      fireEvent.click(screen.getByRole('button', { name: 'example-blog.org uitzetten' }));
      await stored((s) => expect(s.enabledSites).toEqual(['other.example']));
      await waitFor(() => expect(permissions.remove).toHaveBeenCalledWith({ origins: ['*://*.example-blog.org/*'] }));
      expect(permissions.granted.has('*://*.example-blog.org/*')).toBe(false);
      await screen.findByText('example-blog.org staat uit.');
    });
  });
});
