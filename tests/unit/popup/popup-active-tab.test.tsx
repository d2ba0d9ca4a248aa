/**
 * The popup around the search: what the active tab's page mentions, the PDF offer, the switches
 * for the site and pausing, the links, and the language from the settings. The browser is a fake
 * PopupBrowser; the settings live in WXT's fake storage, as in the options page's tests.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupRoot } from '../../../components/popup/PopupRoot';
import { missions } from '../../../data/dataset';
import type { ContentMessage } from '../../../lib/messages/content-messages';
import type { PageTerm, PageTermsResponse } from '../../../lib/messages/protocol';
import type { PollOptions } from '../../../lib/popup/poll-page-terms';
import type { ActiveTab, PopupBrowser } from '../../../lib/popup/popup-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings-schema';
import { loadSettings, updateSettings } from '../../../lib/settings/settings-store';

const TODAY = new Date(2025, 8, 15);
const BASE = 'chrome-extension://abcdefghijklmnop/';
const POLL: PollOptions = { intervalMs: 5, connectTimeoutMs: 40, readTimeoutMs: 200 };

const term = (id: string | null, text: string, candidates = id ? [id] : []): PageTerm => ({
  id,
  text,
  kind: 'mission',
  candidates,
});
const EUBAM = term(null, 'EUBAM', ['eubam-libya', 'eubam-moldova', 'eubam-rafah']);
const PAGE = [
  term('untso', 'UNTSO'),
  term('unifil', 'UNIFIL'),
  term('untso', 'UNTSO'),
  EUBAM,
  { id: 'polad', text: 'POLAD', kind: 'term', candidates: ['polad'] } as PageTerm,
  term('unifil', 'Unifil'),
  term('untso', 'UNTSO'),
];
const read = (terms: PageTerm[], complete = true): PageTermsResponse => ({ complete, terms, longestSliceMs: 2 });

type Answer = PageTermsResponse | Error | undefined;

/** The active tab and its content script: page-terms answers in turn (the last repeats), reveal says true. */
function fakePopupBrowser(tab: ActiveTab | null, answers: Answer[] = [read(PAGE)]) {
  let i = 0;
  const sendToTab = vi.fn(async (_tabId: number, message: ContentMessage) => {
    if (message.type !== 'page-terms') return true;
    const next = answers[Math.min(i++, answers.length - 1)];
    if (next instanceof Error) throw next;
    return next;
  });
  const popupBrowser: PopupBrowser = {
    activeTab: vi.fn(async () => tab),
    sendToTab,
    extensionBase: BASE,
    openOptions: vi.fn(async () => undefined),
    openDemo: vi.fn(async () => undefined),
    close: vi.fn(),
  };
  return popupBrowser;
}

async function renderPopup(popupBrowser: PopupBrowser, stored: Partial<Settings> = {}, browserLanguage = 'nl-NL') {
  const initial = await updateSettings(stored);
  render(
    <PopupRoot
      initial={initial}
      popupBrowser={popupBrowser}
      browserLanguage={browserLanguage}
      today={TODAY}
      pollOptions={POLL}
    />,
  );
  await screen.findByRole('combobox');
}

/** A mission's acronym and Dutch name, as the dataset gives them. */
const named = (id: string) => {
  const mission = missions.find((m) => m.id === id);
  if (!mission) throw new Error(`no mission ${id}`);
  return `${mission.acronym} ${mission.name.nl}`;
};
const onPage = () => screen.getByRole('region', { name: 'Op deze pagina' });
const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

/** The browser's permission store, as in the options page's tests. */
function fakePermissions(answer = true) {
  const granted = new Set<string>();
  const request = vi.fn(async (p: { origins?: string[] }) => {
    if (answer) for (const o of p.origins ?? []) granted.add(o);
    return answer;
  });
  const remove = vi.fn(async (p: { origins?: string[] }) => {
    for (const o of p.origins ?? []) granted.delete(o);
    return true;
  });
  const contains = vi.fn(async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => granted.has(o)));
  Object.assign(fakeBrowser.permissions, { request, remove, contains });
  return { granted, request, remove };
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup: on this page', () => {
  it('lists the missions of the active tab with their counts, in order of first mention', async () => {
    const popupBrowser = fakePopupBrowser({ id: 7, url: 'https://www.tweedekamer.nl/kamerstukken/1' });
    await renderPopup(popupBrowser);
    const buttons = await within(onPage()).findAllByRole('button');
    // UNTSO three times, UNIFIL twice (once written Unifil); POLAD is a glossary term, not a mission.
    expect(buttons.map((b) => b.textContent)).toEqual([`${named('untso')} (3 keer)`, `${named('unifil')} (2 keer)`]);
    expect(buttons[0]?.getAttribute('aria-describedby')).toBe('mw-on-page-hint');
    expect(document.getElementById('mw-on-page-hint')?.textContent).toMatch(/eerste vermelding/u);
    // The stem is listed with the missions it may be, but names none to go to.
    const stem = within(onPage()).getByText(/EUBAM kan op meerdere missies slaan:/u);
    const acronyms = EUBAM.candidates.map((id) => missions.find((m) => m.id === id)?.acronym);
    expect(acronyms.every((a) => a?.startsWith('EUBAM'))).toBe(true);
    expect(stem.textContent).toBe(`EUBAM kan op meerdere missies slaan: ${acronyms.join(', ')} (1 keer)`);
    expect(stem.closest('button')).toBeNull();
    expect(popupBrowser.sendToTab).toHaveBeenCalledWith(7, { type: 'page-terms' });
  });

  it('shows what was found while the page is still being read, then everything', async () => {
    const popupBrowser = fakePopupBrowser({ id: 7, url: 'https://nos.nl/artikel' }, [
      read([term('kfor', 'KFOR')], false),
      read([term('kfor', 'KFOR')], false),
      read([term('kfor', 'KFOR'), term('unifil', 'UNIFIL')], true),
    ]);
    await renderPopup(popupBrowser);
    await within(onPage()).findByText(/nog niet helemaal gelezen/u);
    expect(
      within(onPage())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([`${named('kfor')} (1 keer)`]);
    await waitFor(() => expect(within(onPage()).getAllByRole('button')).toHaveLength(2));
    expect(within(onPage()).queryByText(/nog niet helemaal gelezen/u)).toBeNull();
    expect(onPage().getAttribute('aria-busy')).toBe('false');
  });

  it('keeps an incomplete list once the page takes too long', async () => {
    const popupBrowser = fakePopupBrowser({ id: 7, url: 'https://nos.nl/artikel' }, [
      read([term('kfor', 'KFOR')], false),
    ]);
    await renderPopup(popupBrowser);
    await within(onPage()).findByRole('button', { name: /KFOR/u });
    await new Promise((r) => setTimeout(r, 300));
    const asked = vi.mocked(popupBrowser.sendToTab).mock.calls.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(vi.mocked(popupBrowser.sendToTab).mock.calls.length).toBe(asked);
    expect(within(onPage()).getByText(/nog niet helemaal gelezen/u)).toBeTruthy();
  });

  it('says when the page mentions no mission', async () => {
    await renderPopup(fakePopupBrowser({ id: 7, url: 'https://nos.nl/sport' }, [read([])]));
    await within(onPage()).findByText('Geen missies gevonden op deze pagina.');
    expect(within(onPage()).queryByRole('button')).toBeNull();
  });

  it('reveals a mission in the tab and then closes the popup', async () => {
    const popupBrowser = fakePopupBrowser({ id: 7, url: 'https://www.tweedekamer.nl/kamerstukken/1' });
    let revealed: (value: unknown) => void = () => {};
    vi.mocked(popupBrowser.sendToTab).mockImplementation(async (_id, message) =>
      message.type === 'reveal' ? new Promise((resolve) => (revealed = resolve)) : read(PAGE),
    );
    await renderPopup(popupBrowser);
    fireEvent.click(await within(onPage()).findByRole('button', { name: /^UNIFIL/u }));
    expect(popupBrowser.sendToTab).toHaveBeenLastCalledWith(7, { type: 'reveal', id: 'unifil' });
    // The card opens first; only then does the popup close.
    expect(popupBrowser.close).not.toHaveBeenCalled();
    revealed(true);
    await waitFor(() => expect(popupBrowser.close).toHaveBeenCalledTimes(1));
  });

  it('closes the popup even when the tab does not answer the reveal', async () => {
    const popupBrowser = fakePopupBrowser({ id: 7, url: 'https://nos.nl/a' });
    await renderPopup(popupBrowser);
    const button = await within(onPage()).findByRole('button', { name: /^UNTSO/u });
    vi.mocked(popupBrowser.sendToTab).mockRejectedValue(NO_RECEIVER);
    fireEvent.click(button);
    await waitFor(() => expect(popupBrowser.close).toHaveBeenCalledTimes(1));
  });

  it('says Missiewijzer is not reading a page whose content script does not answer', async () => {
    // A tab opened before the extension was installed has no content script until it is reloaded.
    const popupBrowser = fakePopupBrowser({ id: 7, url: 'https://nos.nl/a' }, [NO_RECEIVER]);
    await renderPopup(popupBrowser);
    expect(within(onPage()).getByText('Pagina wordt gelezen…')).toBeTruthy();
    await within(onPage()).findByText('Missiewijzer leest deze pagina niet.');
    expect(vi.mocked(popupBrowser.sendToTab).mock.calls.length).toBeGreaterThan(1);
  });

  it('does not ask a page on a site that is switched off', async () => {
    const popupBrowser = fakePopupBrowser({ id: 7, url: 'https://nos.nl/a' });
    await renderPopup(popupBrowser, { disabledSites: ['nos.nl'] });
    await within(onPage()).findByText('Missiewijzer leest deze pagina niet.');
    expect(popupBrowser.sendToTab).not.toHaveBeenCalled();
  });

  it('leaves the section out where the popup cannot see the page at all', async () => {
    const popupBrowser = fakePopupBrowser({ id: 7, url: null }, [NO_RECEIVER]);
    await renderPopup(popupBrowser);
    await screen.findByText('Missiewijzer heeft geen toegang tot deze pagina.');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Op deze pagina' })).toBeNull());
    expect(screen.getByText(/Zet die site aan in de instellingen/u)).toBeTruthy();
  });

  it('lists the missions of its own demo page, without a site switch', async () => {
    await renderPopup(fakePopupBrowser({ id: 3, url: `${BASE}demo.html` }, [read([term('unifil', 'UNIFIL')])]));
    await within(onPage()).findByRole('button', { name: /^UNIFIL/u });
    expect(screen.queryByRole('checkbox', { name: /^Aan op/u })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Overal pauzeren' })).toBeTruthy();
  });

  it('hides the section while a search is typed', async () => {
    await renderPopup(fakePopupBrowser({ id: 7, url: 'https://nos.nl/a' }));
    await within(onPage()).findAllByRole('button');
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'KFOR' } });
    expect(screen.queryByRole('region', { name: 'Op deze pagina' })).toBeNull();
  });
});

describe('popup: a Kamerstuk as PDF', () => {
  it('offers the HTML version', async () => {
    const url = 'https://zoek.officielebekendmakingen.nl/kst-29521-493.pdf';
    await renderPopup(fakePopupBrowser({ id: 7, url }, [read([])]));
    expect(within(onPage()).getByText(/Dit is de pdf van Kamerstuk 29521, nr\. 493\./u)).toBeTruthy();
    const link = within(onPage()).getByRole('link', { name: /Open de HTML-versie/u });
    expect(link.getAttribute('href')).toBe('https://zoek.officielebekendmakingen.nl/kst-29521-493.html');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('offers it where the popup cannot read the PDF, too', async () => {
    const url = 'https://www.tweedekamer.nl/downloads/kst-21501-02-2930.pdf';
    await renderPopup(fakePopupBrowser({ id: 7, url }, [NO_RECEIVER]));
    const link = await within(onPage()).findByRole('link', { name: /Open de HTML-versie/u });
    expect(link.getAttribute('href')).toBe('https://zoek.officielebekendmakingen.nl/kst-21501-02-2930.html');
  });

  it('offers to open it in the reader, before the HTML version', async () => {
    const url = 'https://zoek.officielebekendmakingen.nl/kst-29521-493.pdf';
    await renderPopup(fakePopupBrowser({ id: 7, url }, [read([])]));
    const links = within(onPage()).getAllByRole('link');
    expect(links[0]?.textContent).toContain('Openen in de Missiewijzer-lezer');
    expect(links[0]?.getAttribute('href')).toBe(`${BASE}reader.html?url=${encodeURIComponent(url)}`);
    expect(links[0]?.getAttribute('target')).toBe('_blank');
  });

  it('offers the reader for a document download of the Tweede Kamer, which has no HTML version', async () => {
    const url = 'https://www.tweedekamer.nl/downloads/document?id=2025D12345';
    await renderPopup(fakePopupBrowser({ id: 7, url }, [NO_RECEIVER]));
    const link = await within(onPage()).findByRole('link', { name: /Openen in de Missiewijzer-lezer/u });
    expect(link.getAttribute('href')).toBe(`${BASE}reader.html?url=${encodeURIComponent(url)}`);
    expect(screen.queryByRole('link', { name: /HTML-versie/u })).toBeNull();
  });

  it('offers nothing on the HTML version', async () => {
    const url = 'https://zoek.officielebekendmakingen.nl/kst-29521-493.html';
    await renderPopup(fakePopupBrowser({ id: 7, url }, [read([])]));
    await within(onPage()).findByText('Geen missies gevonden op deze pagina.');
    expect(screen.queryByRole('link', { name: /HTML-versie/u })).toBeNull();
    expect(screen.queryByRole('link', { name: /Missiewijzer-lezer/u })).toBeNull();
  });
});

describe('popup: switches', () => {
  const siteSwitch = (site: string) => screen.getByRole('checkbox', { name: `Aan op ${site}` }) as HTMLInputElement;
  const pause = () => screen.getByRole('checkbox', { name: 'Overal pauzeren' }) as HTMLInputElement;
  const stored = (check: (s: Settings) => void) => waitFor(async () => check(await loadSettings()));

  it('shows the state of a default site and switches it off and on', async () => {
    const popupBrowser = fakePopupBrowser({ id: 7, url: 'https://www.nos.nl/artikel' });
    await renderPopup(popupBrowser, { disabledSites: ['nu.nl'] });
    await screen.findByText('Missiewijzer staat aan op nos.nl.');
    expect(siteSwitch('nos.nl').checked).toBe(true);
    await within(onPage()).findAllByRole('button');
    const asked = vi.mocked(popupBrowser.sendToTab).mock.calls.length;

    fireEvent.click(siteSwitch('nos.nl'));
    await stored((s) => expect(s.disabledSites).toEqual(['nu.nl', 'nos.nl']));
    await screen.findByText('Missiewijzer staat uit op nos.nl.');
    expect(siteSwitch('nos.nl').checked).toBe(false);
    // The content script stops with the setting: the popup does not ask a page it knows is off.
    await within(onPage()).findByText('Missiewijzer leest deze pagina niet.');
    expect(within(onPage()).queryByRole('button')).toBeNull();
    expect(vi.mocked(popupBrowser.sendToTab).mock.calls.length).toBe(asked);

    fireEvent.click(siteSwitch('nos.nl'));
    await stored((s) => expect(s.disabledSites).toEqual(['nu.nl']));
    await screen.findByText('Missiewijzer staat aan op nos.nl.');
    // It starts again: the popup asks the page again.
    await within(onPage()).findAllByRole('button');
    expect(vi.mocked(popupBrowser.sendToTab).mock.calls.length).toBeGreaterThan(asked);
  });

  it('pauses everywhere and says so', async () => {
    await renderPopup(fakePopupBrowser({ id: 7, url: 'https://nos.nl/a' }));
    await screen.findByText('Missiewijzer staat aan op nos.nl.');
    fireEvent.click(pause());
    await stored((s) => expect(s.paused).toBe(true));
    await screen.findByText('Missiewijzer is overal gepauzeerd.');
    expect(pause().checked).toBe(true);
    await within(onPage()).findByText('Missiewijzer leest deze pagina niet.');
    fireEvent.click(pause());
    await stored((s) => expect(s.paused).toBe(false));
    await screen.findByText('Missiewijzer staat aan op nos.nl.');
  });

  it('follows a change made elsewhere (the options page)', async () => {
    await renderPopup(fakePopupBrowser({ id: 7, url: 'https://nos.nl/a' }));
    await screen.findByText('Missiewijzer staat aan op nos.nl.');
    await updateSettings({ disabledSites: ['nos.nl'] });
    await screen.findByText('Missiewijzer staat uit op nos.nl.');
  });

  it('switches on a site outside the default list by asking its permission in the click', async () => {
    const permissions = fakePermissions(true);
    await renderPopup(fakePopupBrowser({ id: 7, url: 'https://www.example-blog.org/post' }, [NO_RECEIVER]));
    await screen.findByText('Missiewijzer staat uit op example-blog.org.');
    expect(screen.getByText(/example-blog\.org staat niet in de standaardlijst/u)).toBeTruthy();
    fireEvent.click(siteSwitch('example-blog.org'));
    // Synchronously, inside the click: the prompt needs the user's gesture.
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['*://*.example-blog.org/*'] });
    await stored((s) => expect(s.enabledSites).toEqual(['example-blog.org']));
    await screen.findByText(/example-blog\.org staat aan\. Herlaad/u);
    await screen.findByText('Missiewijzer staat aan op example-blog.org.');
  });

  it('leaves the site off when the user refuses the permission', async () => {
    const permissions = fakePermissions(false);
    await renderPopup(fakePopupBrowser({ id: 7, url: 'https://www.example-blog.org/post' }, [NO_RECEIVER]));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Aan op example-blog.org' }));
    await screen.findByText(/Geen toestemming gekregen voor example-blog\.org/u);
    expect(permissions.request).toHaveBeenCalledTimes(1);
    expect((await loadSettings()).enabledSites).toEqual([]);
    expect(siteSwitch('example-blog.org').checked).toBe(false);
  });

  it('switches such a site off and gives its permission back', async () => {
    const permissions = fakePermissions(true);
    permissions.granted.add('*://*.example-blog.org/*');
    await renderPopup(fakePopupBrowser({ id: 7, url: 'https://www.example-blog.org/x' }, [read([])]), {
      enabledSites: ['example-blog.org'],
    });
    await screen.findByText('Missiewijzer staat aan op example-blog.org.');
    fireEvent.click(siteSwitch('example-blog.org'));
    await stored((s) => expect(s.enabledSites).toEqual([]));
    await waitFor(() => expect(permissions.remove).toHaveBeenCalledWith({ origins: ['*://*.example-blog.org/*'] }));
    await screen.findByText('Missiewijzer staat uit op example-blog.org.');
  });

  it('has no site switch on a browser page', async () => {
    await renderPopup(fakePopupBrowser({ id: 7, url: 'chrome://newtab/' }, [NO_RECEIVER]));
    await screen.findByText('Missiewijzer werkt alleen op websites.');
    expect(screen.queryByRole('checkbox', { name: /^Aan op/u })).toBeNull();
  });
});

describe('popup: links, language and accessibility', () => {
  it('opens the options page and the demo page, then closes', async () => {
    const popupBrowser = fakePopupBrowser({ id: 7, url: 'https://nos.nl/a' });
    await renderPopup(popupBrowser);
    const links = screen.getByRole('navigation', { name: 'Meer' });
    const settings = within(links).getByRole('link', { name: 'Instellingen' });
    expect(settings.getAttribute('href')).toBe(`${BASE}options.html`);
    fireEvent.click(settings);
    expect(popupBrowser.openOptions).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(popupBrowser.close).toHaveBeenCalledTimes(1));
    const demo = within(links).getByRole('link', { name: 'Demo: zo werkt het' });
    expect(demo.getAttribute('href')).toBe(`${BASE}demo.html`);
    fireEvent.click(demo);
    expect(popupBrowser.openDemo).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(popupBrowser.close).toHaveBeenCalledTimes(2));
  });

  it('speaks the language of the settings, and follows a change', async () => {
    await renderPopup(fakePopupBrowser({ id: 7, url: 'https://nos.nl/a' }), { language: 'en' }, 'nl-NL');
    expect(screen.getByRole('combobox', { name: 'Search for a mission or abbreviation' })).toBeTruthy();
    await screen.findByRole('region', { name: 'On this page' });
    expect(screen.getByText('Missiewijzer is on for nos.nl.')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    await updateSettings({ language: 'nl' });
    await screen.findByRole('combobox', { name: 'Zoek een missie of afkorting' });
    await waitFor(() => expect(document.documentElement.lang).toBe('nl'));
  });

  it("follows the browser's language for auto", async () => {
    await renderPopup(fakePopupBrowser({ id: 7, url: 'https://nos.nl/a' }), { language: 'auto' }, 'en-GB');
    expect(screen.getByRole('combobox', { name: 'Search for a mission or abbreviation' })).toBeTruthy();
    expect((await loadSettings()).language).toBe(DEFAULT_SETTINGS.language);
  });

  it('has no axe violations with the page section, the PDF offer and the switches', async () => {
    const url = 'https://zoek.officielebekendmakingen.nl/kst-29521-493.pdf';
    await renderPopup(fakePopupBrowser({ id: 7, url }, [read(PAGE)]));
    await within(onPage()).findAllByRole('button');
    const result = await axe.run(document.body, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(' | ')}`)).toEqual([]);
  });
});
