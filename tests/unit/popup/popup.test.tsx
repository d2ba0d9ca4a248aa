import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp';
import { missions } from '../../../data/dataset';
import type { UiLanguage } from '../../../lib/i18n/messages';
import { inLanguage } from '../../support/in-language';

const TODAY = new Date(2025, 8, 15);

function renderPopup(lang: UiLanguage = 'nl') {
  render(inLanguage(lang, <PopupApp today={TODAY} />));
  return screen.getByRole('combobox') as HTMLInputElement;
}

function type(input: HTMLInputElement, value: string) {
  fireEvent.input(input, { target: { value } });
}

function key(target: Element, name: string) {
  fireEvent.keyDown(target, { key: name });
}

function options(): HTMLElement[] {
  return within(screen.getByRole('listbox')).getAllByRole('option');
}

function selected(): HTMLElement[] {
  return options().filter((o) => o.getAttribute('aria-selected') === 'true');
}

let writeText: ReturnType<typeof vi.fn>;

beforeEach(() => {
  writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup: search', () => {
  it('opens with the focus in a labelled combobox, a hint and the active missions', () => {
    const input = renderPopup();
    expect(document.activeElement).toBe(input);
    expect(screen.getByRole('combobox', { name: 'Zoek een missie of afkorting' })).toBe(input);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox', { name: 'Actieve missies' });
    expect(input.getAttribute('aria-controls')).toBe(list.id);
    expect(screen.getByText(/Pijltjes kiezen een missie/)).toBeTruthy();
    const active = missions.filter((m) => m.status === 'active');
    expect(options()).toHaveLength(active.length);
    expect(options().every((o) => within(o).queryByText('actief') !== null)).toBe(true);
    expect(selected()).toEqual([]);
  });

  it('shows results with acronym, Dutch name, status and region', () => {
    const input = renderPopup();
    type(input, 'unifl');
    expect(screen.getByRole('listbox', { name: 'Zoekresultaten' })).toBeTruthy();
    const [first] = options();
    if (!first) throw new Error('no results');
    expect(within(first).getByText('UNIFIL')).toBeTruthy();
    expect(within(first).getByText('Interim-vredesmacht van de Verenigde Naties in Libanon')).toBeTruthy();
    expect(within(first).getByText('actief')).toBeTruthy();
    expect(within(first).getByText('Midden-Oosten')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/resulta(at|ten)$/);
  });

  it('shows no region for a mission the Kamerstukken place nowhere', () => {
    const input = renderPopup();
    type(input, 'EUMAM');
    const eumam = options().find((o) => within(o).queryByText('EUMAM'));
    if (!eumam) throw new Error('EUMAM not found');
    expect(eumam.querySelector('.mw-option-region')).toBeNull();
  });

  it('shows ended missions with their status and glossary terms as abbreviations', () => {
    const input = renderPopup();
    type(input, 'Mali');
    const eutm = options().find((o) => within(o).queryByText('EUTM Mali'));
    expect(eutm && within(eutm).getByText('beëindigd')).toBeTruthy();
    type(input, 'POLAD');
    const [polad] = options();
    expect(polad && within(polad).getByText('Afkorting')).toBeTruthy();
    expect(polad && within(polad).getByText('politiek adviseur')).toBeTruthy();
  });

  it('moves through the results with the arrow keys, Home and End', () => {
    const input = renderPopup();
    type(input, 'Libanon');
    const all = options();
    expect(all.length).toBeGreaterThan(2);

    key(input, 'ArrowDown');
    expect(selected()).toEqual([all[0]]);
    expect(input.getAttribute('aria-activedescendant')).toBe(all[0]?.id);
    key(input, 'ArrowDown');
    expect(selected()).toEqual([all[1]]);
    expect(input.getAttribute('aria-activedescendant')).toBe(all[1]?.id);
    key(input, 'ArrowUp');
    expect(selected()).toEqual([all[0]]);
    key(input, 'End');
    expect(selected()).toEqual([all[all.length - 1]]);
    key(input, 'ArrowDown');
    expect(selected()).toEqual([all[all.length - 1]]);
    key(input, 'Home');
    expect(selected()).toEqual([all[0]]);
    expect(document.activeElement).toBe(input);
  });

  it('starts again from the top when the query changes', () => {
    const input = renderPopup();
    type(input, 'Libanon');
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    type(input, 'Libanon ');
    expect(selected()).toEqual([]);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('clears the query with Escape', () => {
    const input = renderPopup();
    type(input, 'unifil');
    key(input, 'ArrowDown');
    key(input, 'Escape');
    expect(input.value).toBe('');
    expect(screen.getByRole('listbox', { name: 'Actieve missies' })).toBeTruthy();
    expect(selected()).toEqual([]);
  });

  it('says when nothing is found and suggests the closest acronyms', () => {
    const input = renderPopup();
    type(input, 'untsoo xx');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-controls')).toBe(false);
    expect(screen.getByText('Niets gevonden voor „untsoo xx”.')).toBeTruthy();
    expect(screen.getByText('Bedoelde je:')).toBeTruthy();
    const suggestion = screen.getByRole('button', { name: 'UNTSO' });
    fireEvent.click(suggestion);
    expect(input.value).toBe('UNTSO');
    expect(options()[0]?.textContent).toContain('UNTSO');
    expect(document.activeElement).toBe(input);
  });

  it('offers no far-fetched suggestions', () => {
    const input = renderPopup();
    type(input, 'qxzwvq');
    expect(screen.getByText('Niets gevonden voor „qxzwvq”.')).toBeTruthy();
    expect(screen.queryByText('Bedoelde je:')).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});

describe('popup: details', () => {
  it('opens the active result with Enter and shows the mission', () => {
    const input = renderPopup();
    type(input, 'Libanon');
    key(input, 'ArrowDown');
    key(input, 'Enter');
    const detail = screen.getByRole('region', { name: 'Details van UNIFIL' });
    expect(document.activeElement).toBe(detail);
    expect(within(detail).getAllByText(/UNIFIL/).length).toBeGreaterThan(0);
    expect(
      within(detail).getAllByText(/Interim-vredesmacht van de Verenigde Naties in Libanon/).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('says "Zie ook" with the missions named together with this one, each opening its details', () => {
    // UNTSO "werkt de missie nauw samen met UNIFIL en UNDOF" (001, 002, 003).
    const input = renderPopup();
    type(input, 'UNIFIL');
    key(input, 'Enter');
    const related = screen.getByRole('navigation', { name: 'Zie ook' });
    const buttons = within(related).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['UNTSO', 'UNDOF']);
    fireEvent.click(buttons[1] as HTMLElement);
    const detail = screen.getByRole('region', { name: 'Details van UNDOF' });
    expect(document.activeElement).toBe(detail);
    expect(
      within(screen.getByRole('navigation', { name: 'Zie ook' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['UNTSO', 'UNIFIL']);
  });

  it('has no "Zie ook" for a mission no Kamerstuk names with another', () => {
    const input = renderPopup('en');
    type(input, 'SOLE');
    key(input, 'Enter');
    expect(screen.getByRole('region', { name: 'Details of SOLE' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'See also' })).toBeNull();
  });

  it('opens the first result with Enter when none is active', () => {
    const input = renderPopup();
    type(input, 'atalnta');
    key(input, 'Enter');
    expect(screen.getByRole('region', { name: 'Details van EUNAVFOR Atalanta' })).toBeTruthy();
  });

  it('opens a result on click', () => {
    const input = renderPopup();
    type(input, 'Sarajevo');
    const [first] = options();
    if (!first) throw new Error('no results');
    fireEvent.click(first);
    expect(screen.getByRole('region', { name: 'Details van EUFOR Althea' })).toBeTruthy();
  });

  it('goes back to the search as it was with Escape, focus in the field', () => {
    const input = renderPopup();
    type(input, 'Libanon');
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    key(input, 'Enter');
    const detail = screen.getByRole('region', { name: /^Details van / });
    key(detail, 'Escape');
    expect(screen.queryByRole('region', { name: /^Details van/ })).toBeNull();
    const again = screen.getByRole('combobox') as HTMLInputElement;
    expect(again.value).toBe('Libanon');
    expect(document.activeElement).toBe(again);
    expect(selected()).toHaveLength(1);
    expect(options().indexOf(selected()[0] as HTMLElement)).toBe(1);
  });

  it('goes back with the back button', () => {
    const input = renderPopup();
    type(input, 'KFOR');
    key(input, 'Enter');
    fireEvent.click(screen.getByRole('button', { name: /Terug naar zoeken/ }));
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('KFOR');
  });

  it('draws a timeline of framework and mandate end, with today marked', () => {
    const input = renderPopup();
    type(input, 'UNIFIL');
    key(input, 'Enter');
    const svg = screen.getByRole('img', { name: 'Tijdlijn van UNIFIL: nationaal kader en einde mandaat per bron' });
    expect(within(svg as unknown as HTMLElement).getByText('vandaag')).toBeTruthy();
    expect(within(svg as unknown as HTMLElement).getByText('Nationaal kader')).toBeTruthy();
    expect(within(svg as unknown as HTMLElement).getByText('Einde mandaat')).toBeTruthy();
  });

  it('draws no timeline for a mission without framework or mandate end', () => {
    const input = renderPopup();
    type(input, 'UNMISS');
    key(input, 'Enter');
    expect(screen.getByRole('region', { name: 'Details van UNMISS' })).toBeTruthy();
    expect(screen.queryByRole('img', { name: /Tijdlijn/ })).toBeNull();
  });

  it('copies the facts with their sources to the clipboard, as a note and as plain text', async () => {
    const input = renderPopup();
    type(input, 'UNIFIL');
    key(input, 'Enter');
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer bronvermelding' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const note = writeText.mock.calls[0]?.[0] as string;
    expect(note.split('\n')[0]).toBe('UNIFIL – Interim-vredesmacht van de Verenigde Naties in Libanon');
    expect(note).toContain('- Rechtsbasis: VNVR-resolutie 2749. Bron: Jaarlijkse voortgangsrapportage');
    expect(note.endsWith('— via Missiewijzer')).toBe(true);
    await screen.findByText('Bronvermelding gekopieerd.');

    fireEvent.click(screen.getByRole('button', { name: 'Kopieer als platte tekst' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    const plain = writeText.mock.calls[1]?.[0] as string;
    expect(plain).toContain('\nRechtsbasis: VNVR-resolutie 2749. Bron: Jaarlijkse voortgangsrapportage');
    expect(plain).not.toContain('Missiewijzer');
    await screen.findByText('Platte tekst gekopieerd.');
  });

  it('says so when the clipboard refuses', async () => {
    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    const input = renderPopup();
    type(input, 'UNIFIL');
    key(input, 'Enter');
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer bronvermelding' }));
    await screen.findByText('Kopiëren is niet gelukt.');
  });

  it('links the Kamerstuk only where its number is known', () => {
    const input = renderPopup();
    type(input, 'UNIFIL');
    key(input, 'Enter');
    const link = screen.getByRole('link', { name: 'Kamerstuk 29521, nr. 493' });
    expect(link.getAttribute('href')).toBe('https://zoek.officielebekendmakingen.nl/kst-29521-493.html');
    expect(link.getAttribute('rel')).toContain('noopener');
    key(screen.getByRole('region', { name: 'Details van UNIFIL' }), 'Escape');

    const again = screen.getByRole('combobox') as HTMLInputElement;
    type(again, 'MINUSMA');
    key(again, 'Enter');
    expect(screen.getByRole('region', { name: 'Details van MINUSMA' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /^Kamerstuk/ })).toBeNull();
    expect(screen.queryByText('Kamerstukken online')).toBeNull();
  });

  it('leads a search for a concept with what it means, and opens it with its sources', () => {
    const input = renderPopup();
    type(input, 'kader');
    const [first] = options();
    if (!first) throw new Error('no results');
    expect(within(first).getByText('Nationaal kader')).toBeTruthy();
    expect(within(first).getByText('Begrip')).toBeTruthy();
    // The first sentence of the explanation in data/terms.json.
    expect(
      within(first).getByText(
        'Wat het kabinet vaststelt voor een Nederlandse bijdrage aan een missie of operatie: aard, omvang en duur van de deelname, en waar van toepassing welke nationale ‘caveats’ gelden bij de uitvoering van het mandaat.',
      ),
    ).toBeTruthy();
    key(input, 'Enter');
    const detail = screen.getByRole('region', { name: 'Details van Nationaal kader' });
    expect(within(detail).getByRole('heading', { name: 'Nationaal kader' })).toBeTruthy();
    expect(within(detail).getByText(/^Jaarlijkse voortgangsrapportage overige missiebijdragen 2025/)).toBeTruthy();
    expect(within(detail).getByText(/Kamerstuk 29521, nr\. 493/)).toBeTruthy();
    expect(within(detail).getByText('Het kabinet stelt een nationaal kader vast')).toBeTruthy();
  });

  it('shows a concept in English with its Dutch term', () => {
    const input = renderPopup('en');
    type(input, 'legal basis');
    key(input, 'Enter');
    const detail = screen.getByRole('region', { name: 'Details of Legal basis' });
    expect(within(detail).getByText('Concept')).toBeTruthy();
    expect(within(detail).getByText('rechtsbasis').getAttribute('lang')).toBe('nl');
  });

  it('opens a glossary term in its own small view', () => {
    const input = renderPopup();
    type(input, 'POLAD');
    key(input, 'Enter');
    const detail = screen.getByRole('region', { name: 'Details van POLAD' });
    expect(within(detail).getByText('politiek adviseur')).toBeTruthy();
    expect(within(detail).getByText('Politiek adviseur in de staf van een missie of operatie.')).toBeTruthy();
    key(detail, 'Escape');
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('POLAD');
  });
});

describe('popup: English', () => {
  it('shows the interface and the results in English', () => {
    const input = renderPopup('en');
    expect(screen.getByRole('combobox', { name: 'Search for a mission or abbreviation' })).toBe(input);
    expect(screen.getByRole('listbox', { name: 'Active missions' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    type(input, 'Lebanon');
    const [first] = options();
    if (!first) throw new Error('no results');
    expect(within(first).getByText('United Nations Interim Force in Lebanon')).toBeTruthy();
    expect(within(first).getByText('active')).toBeTruthy();
    expect(within(first).getByText('Middle East')).toBeTruthy();
  });

  it('shows details, the back button and the copy button in English', async () => {
    const input = renderPopup('en');
    type(input, 'UNTSO');
    key(input, 'Enter');
    expect(screen.getByRole('region', { name: 'Details of UNTSO' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Back to search/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Timeline of UNTSO/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    await screen.findByText('Citation copied.');
    expect(screen.getByRole('link', { name: 'Parliamentary paper 29521, no. 493' })).toBeTruthy();
  });

  it('says so in English when nothing is found', () => {
    const input = renderPopup('en');
    type(input, 'untsoo xx');
    expect(screen.getByText('Nothing found for “untsoo xx”.')).toBeTruthy();
    expect(screen.getByText('Did you mean:')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'UNTSO' })).toBeTruthy();
  });
});

describe('popup: accessibility', () => {
  /** axe's structural rules (ARIA roles, names, references); colours cannot be checked in happy-dom. */
  async function violations(): Promise<string[]> {
    const result = await axe.run(document.body, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(' | ')}`);
  }

  it('has no axe violations in the list, the results, no results and the details', async () => {
    const input = renderPopup();
    expect(await violations()).toEqual([]);
    type(input, 'unifil');
    key(input, 'ArrowDown');
    expect(await violations()).toEqual([]);
    type(input, 'untsoo xx');
    expect(await violations()).toEqual([]);
    type(input, 'UNIFIL');
    key(input, 'Enter');
    expect(await violations()).toEqual([]);
  });
});
