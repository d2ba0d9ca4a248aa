/**
 * The mission card against the real dataset. Expected values are read from data/ and the seeds
 * (quoted in the comments), never copied from the card's output.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MissionCard } from '../../../components/card/MissionCard';
import { StemCandidates } from '../../../components/card/StemCandidates';
import { datasetNotes, documents, missions } from '../../../data/dataset';
import type { Mission, NationalFramework } from '../../../data/schema';
import type { UiLanguage } from '../../../lib/i18n/messages';
import { inLanguage } from '../../support/in-language';

const NOW = new Date(2026, 10, 23); // 23 November 2026
/** A day in the 2025 report's period (May 2024 to April 2025), before the 2025–2028 letter's plan begins. */
const IN_REPORT_PERIOD = new Date(2024, 11, 1);
const JVOM_2025_NL = 'Jaarlijkse voortgangsrapportage overige missiebijdragen 2025';
const ANSWERS_NL = 'Schriftelijk overleg over de Kamerbrief Internationale inzet 2025–2028: vragen en antwoorden';
const LETTER_URL = 'https://zoek.officielebekendmakingen.nl/kst-29521-493.html';

afterEach(cleanup);

function mission(id: string): Mission {
  const m = missions.find((x) => x.id === id);
  if (!m) throw new Error(`${id} missing from the dataset`);
  return m;
}

type Options = { lang?: UiLanguage; today?: Date; variant?: 'compact' | 'full'; headingLevel?: 2 | 3 };

function renderCard(m: Mission, { lang = 'nl', today = NOW, variant = 'compact', headingLevel }: Options = {}) {
  const { container } = render(
    inLanguage(
      lang,
      <MissionCard
        mission={m}
        documents={documents}
        notes={datasetNotes}
        today={today}
        variant={variant}
        headingLevel={headingLevel}
      />,
    ),
  );
  const card = container.querySelector('article');
  if (!card) throw new Error('no card rendered');
  return card as HTMLElement;
}

/** The value (<dd>) of the fact whose term (<dt>) reads `label`. */
function fact(card: HTMLElement, label: string): HTMLElement {
  const term = within(card).getByText(label, { selector: 'dt' });
  const value = term.nextElementSibling;
  if (!(value instanceof HTMLElement) || value.tagName !== 'DD') throw new Error(`no <dd> after ${label}`);
  return value;
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

/** Opens the source panel of every value in a fact row (its marker: "bron", "bronnen verschillen"…). */
function openSources(row: HTMLElement): HTMLElement {
  for (const marker of row.querySelectorAll<HTMLElement>('.mw-source-marker')) fireEvent.click(marker);
  return row;
}

const AGED_NL = 'Gegevens van mei 2025; kijk voor de actuele stand in nieuwere Kamerstukken.';

describe('MissionCard: what every card shows', () => {
  it('names the mission, its organisation and region, and the date it is as of', () => {
    const card = renderCard(mission('unifil'));
    const heading = within(card).getByRole('heading', { level: 2 });
    expect(text(heading)).toBe('UNIFIL Interim-vredesmacht van de Verenigde Naties in Libanon');
    expect(within(card).getByText('VN · Midden-Oosten')).toBeTruthy();
    // The newest document behind UNIFIL's facts is the 2025 progress report (May 2025), more than a
    // year before 23 November 2026: the card's top line says so.
    expect(within(card).getByText(AGED_NL)).toBeTruthy();
    expect(within(card).getByText(mission('unifil').summary.nl)).toBeTruthy();
    expect(text(card)).not.toContain(mission('unifil').dutchContribution.nl);
  });

  it('names only the organisation where the Kamerstukken place the mission in no region', () => {
    // EUMAM is named in passing, with no place: its card claims no region.
    expect(mission('eumam').region).toBeNull();
    const card = renderCard(mission('eumam'));
    expect(text(card.querySelector('.mw-card-meta') as HTMLElement)).toBe('EU');
  });

  it('leads with the key facts, in this order, before the summary and the rest', () => {
    const card = renderCard(mission('unifil'));
    const [key, more] = [...card.querySelectorAll('dl.mw-facts')];
    if (!key || !more) throw new Error('two fact lists expected');
    expect([...key.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'NL-bijdrage',
      'Nationaal kader',
      'Rechtsbasis',
      'Einde mandaat',
    ]);
    expect([...more.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Ingezet']);
    const summary = card.querySelector('.mw-card-summary') as Element;
    expect(key.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(summary.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('gives each key fact the date it is as of, and a marker for its source', () => {
    const key = renderCard(mission('unifil'), { today: new Date(2025, 5, 1) }).querySelector('dl.mw-key-facts');
    const rows = [...(key as Element).querySelectorAll('.mw-fact')];
    // Status, legal basis and mandate end of UNIFIL come from the May 2025 report; the framework in
    // force in June 2025 is the letter's plan for 2025 to June 2028 (the report's runs to April 2025).
    expect(rows.map((r) => r.querySelector('.mw-fact-asof')?.textContent)).toEqual([
      'stand per mei 2025',
      'stand per 4 april 2025',
      'stand per mei 2025',
      'stand per mei 2025',
    ]);
    for (const row of rows) expect(row.querySelector('.mw-source-marker')).toBeTruthy();
  });

  it('shows the summary in two lines with "Meer" to read it whole', () => {
    const card = renderCard(mission('unifil'));
    const summary = card.querySelector('.mw-card-summary') as HTMLElement;
    expect(summary.textContent).toBe(mission('unifil').summary.nl);
    expect(summary.classList.contains('is-clamped')).toBe(true);
    const more = within(card).getByRole('button', { name: 'Meer' });
    expect(more.getAttribute('aria-controls')).toBe(summary.id);
    fireEvent.click(more);
    expect(summary.classList.contains('is-clamped')).toBe(false);
    expect(within(card).getByRole('button', { name: 'Minder' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('puts the facts before what the summary rests on, in the compact card', () => {
    const card = renderCard(mission('unifil'));
    const facts = card.querySelector('dl.mw-facts') as Element;
    const basis = within(card).getByText(/Samenvatting gebaseerd op/u);
    // The summary's sources follow the facts in document order.
    expect(facts.compareDocumentPosition(basis) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // UNIFIL's summary rests on the 2025 report, among others.
    expect(text(basis.parentElement as Element)).toContain(JVOM_2025_NL);
  });
  it('shows the framework in force today: the letter’s one person until June 2028, not the report’s past period', () => {
    // 000: "United Nations Interim Force in Lebanon (UNIFIL) met €én persoon"; "De nationale kaders van
    // de bijdragen lopen tot en met juni 2028"; the plan is for "de periode 2025 tot en met juni 2028".
    const framework = fact(renderCard(mission('unifil')), 'Nationaal kader');
    expect(text(framework)).toContain('Totaal 1');
    expect(text(framework)).toContain('Militair niet vermeld');
    expect(text(framework)).toContain('t/m juni 2028');
    expect(text(framework)).toContain('stand per 4 april 2025');
    expect(text(framework)).not.toContain('bronnen verschillen');
  });

  it('shows the national framework of the 2025 report during its period: 1 military until 30 June 2028', () => {
    // 001 Bijlage 2 "UNIFIL 1 2 2" (framework 1, deployed 2, civil/police cells empty); Bijlage 1 "… 30 juni 2028".
    const framework = fact(renderCard(mission('unifil'), { today: IN_REPORT_PERIOD }), 'Nationaal kader');
    expect(text(framework)).toContain('Militair 1');
    expect(text(framework)).toContain('Totaal 1');
    expect(text(framework)).toContain('Civiel/politie geen');
    expect(text(framework)).toContain('t/m 30 juni 2028');
    expect(text(framework)).not.toContain('liep');
    expect(text(framework)).not.toContain('bronnen verschillen');
    expect(text(openSources(framework))).toContain(`Bron: ${JVOM_2025_NL}, mei 2025`);
  });

  it('shows who was deployed in the newest period, with the note on rotations', () => {
    const deployed = fact(renderCard(mission('unifil')), 'Ingezet');
    expect(text(deployed)).toContain('Militair 2');
    expect(text(deployed)).toContain('Totaal 2');
    expect(text(deployed)).toContain('in de periode mei 2024 t/m april 2025');
    expect(text(deployed)).toContain(datasetNotes.frameworkVersusDeployed.text.nl);
  });

  it('shows the source and its quotes in one step from the marker, verbatim and marked as Dutch', () => {
    const framework = fact(renderCard(mission('unifil'), { today: IN_REPORT_PERIOD }), 'Nationaal kader');
    expect(text(framework)).not.toContain('UNIFIL 1 2 2');
    expect(text(framework)).not.toContain(JVOM_2025_NL);
    const marker = within(framework).getByRole('button', { name: 'bron (Nationaal kader)' });
    expect(marker.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(marker);
    expect(marker.getAttribute('aria-expanded')).toBe('true');
    expect(text(framework)).toContain(JVOM_2025_NL);
    const toggle = within(framework).getByRole('button', { name: /3 citaten/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const quotes = framework.querySelectorAll('blockquote');
    expect([...quotes].map((q) => q.textContent)).toEqual([
      'UNIFIL 1 2 2',
      'UNIFIL VNVR-resolutie 2695 31 augustus 2024 30 juni 2028',
      'In de periode mei 2024 t/m april 2025 zijn er 3375 militairen en 18 civiele- en politiefunctionarissen uitgezonden.',
    ]);
    expect([...quotes].every((q) => q.getAttribute('lang') === 'nl')).toBe(true);
    expect(text(framework)).toContain('Bijlage 2');
    fireEvent.click(toggle);
    expect(framework.querySelectorAll('blockquote')).toHaveLength(0);
  });

  it('links a Kamerstuk only where sources.json has its number (the letter of 4 April 2025)', () => {
    const card = renderCard(mission('unifil'));
    // The status is also sourced from the letter: "… (UNIFIL) met €én persoon".
    const status = openSources(fact(card, 'NL-bijdrage'));
    const link = within(status).getByRole('link', { name: /Kamerstuk 29521, nr\. 493/ });
    expect(link.getAttribute('href')).toBe(LETTER_URL);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text(status)).toContain('4 april 2025');
    for (const row of card.querySelectorAll<HTMLElement>('.mw-fact')) openSources(row);
    const hrefs = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(new Set(hrefs)).toEqual(new Set([LETTER_URL]));
  });
});

describe('MissionCard: disagreeing sources', () => {
  it('shows both the text and the table of the 2025 report on UNIFIL', () => {
    // 001 § 2.3.1: "verlengd tot 31 augustus 2025 (VNVR-resolutie 2749)";
    // 001 Bijlage 1: "UNIFIL VNVR-resolutie 2695 31 augustus 2024 30 juni 2028".
    const card = renderCard(mission('unifil'));
    const legal = fact(card, 'Rechtsbasis');
    // At a glance: the newest value, flagged; the marker opens both, each with its source.
    expect(legal.querySelectorAll('.mw-legal')).toHaveLength(1);
    fireEvent.click(within(legal).getByRole('button', { name: 'bronnen verschillen (Rechtsbasis)' }));
    expect(text(legal)).toContain('De bronnen verschillen:');
    const items = within(legal)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('mw-disagree-item'));
    expect(items.map((li) => li.querySelector('.mw-legal')?.textContent)).toEqual([
      'VNVR-resolutie 2749',
      'VNVR-resolutie 2695',
    ]);
    for (const item of items) expect(text(item)).toContain(`Bron: ${JVOM_2025_NL}, mei 2025`);

    const end = openSources(fact(card, 'Einde mandaat'));
    expect(text(end)).toContain('De bronnen verschillen:');
    expect(text(end)).toContain('31 augustus 2025');
    expect(text(end)).toContain('31 augustus 2024');
  });

  it('says each end that has passed as a fact of its source’s time, relative to the injected today', () => {
    const passed = (today: Date) =>
      [
        ...openSources(fact(renderCard(mission('unifil'), { today }), 'Einde mandaat')).querySelectorAll('.is-passed'),
      ].map((el) => el.textContent);
    expect(passed(NOW)).toEqual([
      'liep tot 31 augustus 2025 volgens de bron van mei 2025', // at a glance
      'liep tot 31 augustus 2025 volgens de bron van mei 2025', // both sides, in the source panel
      'liep tot 31 augustus 2024 volgens de bron van mei 2025',
    ]);
    cleanup();
    expect(passed(new Date(2025, 5, 1))).toEqual(['liep tot 31 augustus 2024 volgens de bron van mei 2025']);
    cleanup();
    expect(passed(new Date(2024, 5, 1))).toEqual([]);
  });
});

describe('MissionCard: a date that has passed', () => {
  it("marks Atalanta's mandate end (31 December 2024) as passed on 23 November 2026", () => {
    // 001 Bijlage 1: "EUNAVFOR Atalanta (oostkust Afrika) VNVR-resolutie 2383 31 december 2024 30 juni 2028".
    const end = fact(renderCard(mission('eunavfor-atalanta')), 'Einde mandaat');
    expect(text(end)).toContain('liep tot 31 december 2024 volgens de bron van mei 2025');
    // The value names its source's date already: no second "stand per".
    expect(end.querySelector('.mw-fact-asof')).toBeNull();
    // Two sources give the same date: no disagreement.
    expect(text(openSources(end))).not.toContain('De bronnen verschillen');
  });

  it('does not mark it passed on 1 June 2024', () => {
    const end = fact(renderCard(mission('eunavfor-atalanta'), { today: new Date(2024, 5, 1) }), 'Einde mandaat');
    expect(text(end)).toContain('31 december 2024');
    expect(text(end)).not.toContain('liep');
  });
});

describe('MissionCard: an ended mission (EMASoH)', () => {
  it('says the Dutch contribution ended and the framework ran until 31 December 2024', () => {
    // 001 § 2.3.4: "Per 31 december 2024 is de Nederlandse bijdrage en het nationaal kader voor EMASoH beëindigd."
    // 001 Bijlage 2: "EMASOH (t/m juni 2024) 8 6 6".
    const emasoh = mission('emasoh');
    const card = renderCard(emasoh);
    const status = fact(card, 'NL-bijdrage');
    expect(within(status).getByText('beëindigd')).toBeTruthy();
    // The status note waits behind the marker, which says there is one.
    expect(text(status)).not.toContain(emasoh.statusNote?.nl as string);
    expect(within(status).getByRole('button', { name: 'bron en toelichting (Nederlandse bijdrage)' })).toBeTruthy();
    expect(text(openSources(status))).toContain(emasoh.statusNote?.nl as string);

    const framework = fact(card, 'Nationaal kader');
    expect(text(framework)).toContain('Militair 8');
    expect(text(framework)).toContain('liep t/m 31 december 2024 volgens de bron van mei 2025');
    // The 2023 entry's note concerns the 2023 table versus text, not the 2025 value.
    expect(text(openSources(framework))).not.toContain('De bronnen verschillen');

    const deployed = fact(card, 'Ingezet');
    expect(text(deployed)).toContain('Militair 6');
  });
});

describe('MissionCard: planned missions with few facts', () => {
  it('NSATU: planned, every fact unknown, as of the written answers (2025)', () => {
    // 002 antwoord 11: "zal Nederland in 2025 met de inzet van luchtverdedigingscapaciteit bijdragen aan … (NSATU)".
    const card = renderCard(mission('nsatu'));
    expect(within(fact(card, 'NL-bijdrage')).getByText('gepland')).toBeTruthy();
    for (const label of ['Nationaal kader', 'Ingezet', 'Rechtsbasis', 'Einde mandaat']) {
      expect(text(fact(card, label)).trim(), label).toBe('niet vermeld');
    }
    // "2025" runs to 31 December 2025: on 23 November 2026 that is less than a year ago.
    expect(within(card).getByText('Stand per 2025')).toBeTruthy();
    expect(text(card)).not.toContain(datasetNotes.frameworkVersusDeployed.text.nl);
    expect(text(openSources(fact(card, 'NL-bijdrage')))).toContain(`Bron: ${ANSWERS_NL}, 2025`);
  });

  it('EUBAM Rafah: planned, from the letter of 4 April 2025', () => {
    const card = renderCard(mission('eubam-rafah'), { lang: 'en' });
    expect(within(fact(card, 'NL contribution')).getByText('planned')).toBeTruthy();
    expect(
      within(card).getByText('Data as of 4 April 2025; for the current state, see newer parliamentary papers.'),
    ).toBeTruthy();
    expect(text(fact(card, 'National framework')).trim()).toBe('not stated');
    for (const row of card.querySelectorAll<HTMLElement>('.mw-fact')) openSources(row);
    expect(within(card).getAllByRole('link', { name: /Parliamentary paper 29521, no\. 493/ }).length).toBeGreaterThan(
      0,
    );
  });
});

describe('MissionCard: a corrected value (EUNAVFOR Aspides)', () => {
  it('shows the corrected framework in force today, next to the mistake it corrects', () => {
    // 002 antwoord 11: circa 10 "tot en met eind juni 2028", correcting the letter's "eind mei 2025".
    const framework = openSources(fact(renderCard(mission('eunavfor-aspides')), 'Nationaal kader'));
    expect(text(framework)).toContain('Totaal circa 10');
    expect(text(framework)).toContain('t/m juni 2028');
    expect(text(framework)).toContain('De bronnen verschillen:');
    expect(text(framework)).toContain('t/m mei 2025');
  });

  it('shows the 2025 report’s framework during its period: 5 military and 1 civilian until 30 June 2028', () => {
    // 001 Bijlage 2: "EUNAVFOR Aspides 5 1 6 1 7"; Bijlage 1: "… 28 februari 2026 30 juni 2028".
    const framework = fact(renderCard(mission('eunavfor-aspides'), { today: IN_REPORT_PERIOD }), 'Nationaal kader');
    expect(text(framework)).toContain('Militair 5');
    expect(text(framework)).toContain('Civiel/politie 1');
    expect(text(framework)).toContain('Totaal 6');
    expect(text(framework)).toContain('t/m 30 juni 2028');
    expect(text(framework)).not.toContain('t/m mei 2025');
  });

  it('keeps the corrected value in the history, with the correction and both sources', () => {
    // 002 antwoord 11: "Per abuis is in de Kamerbrief … opgenomen dat het nationaal kader voor Aspides van
    // circa 10 functionarissen verlengd wordt tot en met eind mei 2025. Dit moet zijn tot en met eind juni 2028".
    const aspides = mission('eunavfor-aspides');
    const card = renderCard(aspides, { variant: 'full' });
    const section = within(card).getByRole('heading', { name: 'Nationaal kader', level: 4 }).closest('section');
    if (!section) throw new Error('no history section for the framework');
    const entries = within(section)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('mw-history-entry'));
    expect(entries).toHaveLength(3);
    const [table, answers, letter] = entries.map(text);

    expect(table).toContain('Totaal 6');
    expect(answers).toContain('Totaal circa 10');
    expect(answers).toContain('t/m juni 2028');
    expect(answers).toContain(ANSWERS_NL);
    expect(answers).toContain(aspides.nationalFramework[1]?.note?.nl as string);

    expect(letter).toContain('Totaal circa 10');
    expect(letter).toContain('liep t/m mei 2025 volgens de bron van 4 april 2025');
    expect(letter).toContain('Kamerstuk 29521, nr. 493');
    expect(letter).toContain(aspides.nationalFramework[2]?.note?.nl as string);
  });

  it("shows the 2025 report's table and text on the mandate end (28 February versus 1 February 2026)", () => {
    // 001 Bijlage 1: "… 28 februari 2026 …"; § 2.3.5: "verlengd tot 1 februari 2026".
    const end = openSources(fact(renderCard(mission('eunavfor-aspides')), 'Einde mandaat'));
    expect(text(end)).toContain('De bronnen verschillen:');
    expect(text(end)).toContain('28 februari 2026');
    expect(text(end)).toContain('1 februari 2026');
  });
});

describe('MissionCard: unknown values', () => {
  it('says unknown for a mission without legal basis (EUCAP Sahel Mali)', () => {
    const card = renderCard(mission('eucap-sahel-mali'));
    expect(text(fact(card, 'Rechtsbasis')).trim()).toBe('niet vermeld');
    expect(text(fact(card, 'Einde mandaat')).trim()).toBe('niet vermeld');
    // 000: "EUCAP Sahel Mali (circa zeven personen)"; "De nationale kaders … lopen tot en met juni 2028".
    const framework = fact(card, 'Nationaal kader');
    expect(text(framework)).toContain('Totaal circa 7');
    expect(text(framework)).toContain('Militair niet vermeld');
    expect(text(framework)).toContain('t/m juni 2028');
  });

  it('says "not stated" in English', () => {
    const card = renderCard(mission('eucap-sahel-mali'), { lang: 'en' });
    expect(text(fact(card, 'Legal basis')).trim()).toBe('not stated');
  });

  it('says so for every unknown part of a framework (crafted)', () => {
    const value: NationalFramework = {
      military: null,
      civilPolice: null,
      total: 15,
      qualifier: 'max',
      perYear: true,
      note: { nl: 'Een toelichting.', en: 'A note.' },
      until: null,
    };
    const crafted: Mission = {
      ...mission('unifil'),
      id: 'crafted',
      nationalFramework: [
        { value, asOf: '2025-05', sources: [{ doc: '001_538d6e1628be61ba.txt', quote: 'een citaat' }] },
      ],
      deployed: [],
    };
    const card = renderCard(crafted);
    const framework = text(fact(card, 'Nationaal kader'));
    expect(framework).toContain('Militair niet vermeld');
    expect(framework).toContain('Civiel/politie niet vermeld');
    expect(framework).toContain('Totaal maximaal 15');
    expect(framework).toContain('per jaar');
    expect(framework).toContain('einddatum niet vermeld');
    expect(framework).not.toContain('Een toelichting.');
    expect(text(openSources(fact(card, 'Nationaal kader')))).toContain('Een toelichting.');
    expect(text(fact(card, 'Ingezet')).trim()).toBe('niet vermeld');
  });

  it('says "doorlopend" and "onbepaald" where Bijlage 1 says "Onbepaald" (CMF)', () => {
    // 001 Bijlage 1: "CMF UNCLOS Onbepaald Onbepaald" (mandate and framework without end);
    // 000 gives "circa vijf staffunctionarissen" until June 2028, and the 2025 entry's note says so.
    const card = renderCard(mission('cmf'), { today: IN_REPORT_PERIOD });
    expect(text(fact(card, 'Einde mandaat'))).toContain('onbepaald');
    expect(text(fact(card, 'Einde mandaat'))).not.toContain('liep');
    const framework = openSources(fact(card, 'Nationaal kader'));
    expect(text(framework)).toContain('De bronnen verschillen:');
    expect(text(framework)).toContain('doorlopend');
    expect(text(framework)).toContain('Totaal circa 5');
    expect(text(framework)).toContain('t/m juni 2028');
  });
});

describe('MissionCard: English', () => {
  it('has every label and value in English, quotes still marked Dutch', () => {
    const unifil = mission('unifil');
    const card = renderCard(unifil, { lang: 'en' });
    expect(card.getAttribute('lang')).toBe('en');
    expect(text(within(card).getByRole('heading', { level: 2 }))).toBe(
      'UNIFIL United Nations Interim Force in Lebanon',
    );
    expect(within(card).getByText('UN · Middle East')).toBeTruthy();
    expect(
      within(card).getByText('Data as of May 2025; for the current state, see newer parliamentary papers.'),
    ).toBeTruthy();
    expect(within(card).getByText(unifil.summary.en)).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'More' })).toBeTruthy();

    // In force in November 2026: the letter's plan (000), one person until June 2028.
    const framework = openSources(fact(card, 'National framework'));
    expect(text(framework)).toContain('Total 1');
    expect(text(framework)).toContain('Civilian/police not stated');
    expect(text(framework)).toContain('until June 2028');
    expect(text(framework)).toContain('Source: Letter to Parliament');

    expect(text(fact(card, 'Deployed'))).toContain('in the period May 2024 to April 2025');
    expect(text(fact(card, 'Deployed'))).toContain(datasetNotes.frameworkVersusDeployed.text.en);

    const legal = openSources(fact(card, 'Legal basis'));
    expect(text(legal)).toContain('The sources disagree:');
    expect(legal.querySelector('.mw-legal')?.getAttribute('lang')).toBe('nl');

    const end = openSources(fact(card, 'Mandate ends'));
    expect(text(end)).toContain('ran until 31 August 2025 according to the source of May 2025');
    expect(text(end)).toContain('ran until 31 August 2024 according to the source of May 2025');
    expect(within(end).getAllByRole('button', { name: 'Quote (in Dutch)' }).length).toBeGreaterThan(0);
  });
});

describe('MissionCard: a mission named without a Dutch contribution (ATMIS)', () => {
  // 001 § 2.4.2: Atalanta protects "bevoorradingsschepen voor de Afrikaanse Unie transitiemissie in
  // Somalië (ATMIS)"; no Kamerstuk names a Dutch contribution to it.
  it('says so in its badge and in a plain sentence inside the key block, with no framework or numbers', () => {
    const card = renderCard(mission('atmis'));
    expect(text(fact(card, 'NL-bijdrage'))).toContain('geen Nederlandse bijdrage genoemd');
    const key = card.querySelector('.mw-key-facts') as Element;
    const sentence = within(card).getByText('De Kamerstukken noemen geen Nederlandse bijdrage aan ATMIS.');
    const keyEnd = card.querySelector('[data-key-end]') as Element;
    expect(key.compareDocumentPosition(sentence) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(sentence.compareDocumentPosition(keyEnd) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(card).queryByText('Nationaal kader', { selector: 'dt' })).toBeNull();
    expect(within(card).queryByText('Ingezet', { selector: 'dt' })).toBeNull();
  });

  it('then gives what the Kamerstukken do say, with their quotes', () => {
    const card = renderCard(mission('atmis'));
    expect(within(card).getByText(mission('atmis').summary.nl)).toBeTruthy();
    const basis = within(card).getByText(/Samenvatting gebaseerd op/u).parentElement as HTMLElement;
    for (const toggle of within(basis).getAllByRole('button', { name: /citaat|citaten/iu })) fireEvent.click(toggle);
    expect(text(basis)).toContain('Afrikaanse Unie transitiemissie in Somalië (ATMIS)');
  });

  it('speaks English, and leaves the contribution and history sections out of the full card', () => {
    const card = renderCard(mission('atmis'), { lang: 'en', variant: 'full' });
    expect(text(card)).toContain('no Dutch contribution named');
    expect(text(card)).toContain('The Kamerstukken name no Dutch contribution to ATMIS.');
    expect(within(card).queryByRole('heading', { name: 'What the Netherlands contributes' })).toBeNull();
    expect(card.querySelector('.mw-history-section')).toBeNull();
  });
});

describe('MissionCard: full variant', () => {
  it('keeps both frameworks in the history, each with the period it applies to', () => {
    // 001 Bijlage 2: "In de periode mei 2024 t/m april 2025"; 000: "voor de periode 2025 tot en met juni 2028".
    const card = renderCard(mission('untso'), { variant: 'full' });
    const history = within(card).getByRole('heading', { level: 4, name: 'Nationaal kader' }).closest('section');
    if (!history) throw new Error('no framework history');
    const periods = [...history.querySelectorAll('.mw-history-entry')].map(
      (li) => li.querySelector('.mw-period')?.textContent ?? null,
    );
    expect(periods.slice(0, 2)).toEqual(['geldt voor mei 2024 t/m april 2025', 'geldt voor 2025 t/m juni 2028']);
  });

  it("adds the area, the Dutch contribution and every field's history under real headings", () => {
    const unifil = mission('unifil');
    const card = renderCard(unifil, { variant: 'full' });
    expect(text(fact(card, 'Gebied'))).toBe(unifil.location.nl);
    expect(within(card).getByRole('heading', { level: 3, name: 'Wat Nederland bijdraagt' })).toBeTruthy();
    expect(within(card).getByText(unifil.dutchContribution.nl)).toBeTruthy();
    expect(within(card).getByRole('heading', { level: 3, name: 'Verloop per bron' })).toBeTruthy();
    const fields = within(card)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(fields).toEqual(['Nationaal kader', 'Ingezet', 'Rechtsbasis', 'Einde internationaal mandaat']);

    // Every value of every history appears, newest first: UNIFIL has 4 legal bases, 2023 ones last.
    const legal = within(card).getByRole('heading', { level: 4, name: 'Rechtsbasis' }).closest('section');
    if (!legal) throw new Error('no legal basis history');
    expect([...legal.querySelectorAll('.mw-legal')].map((el) => el.textContent)).toEqual(
      unifil.legalBasis.map((e) => e.value),
    );
    expect([...legal.querySelectorAll('.mw-history-date')].map((el) => el.textContent)).toEqual([
      'mei 2025',
      'mei 2025',
      'mei 2023',
      'mei 2023',
    ]);
  });

  it('cites the rotations note in the full variant only', () => {
    const where = datasetNotes.frameworkVersusDeployed.sources[0]?.where as string; // "voetnoot 4"
    const compact = fact(renderCard(mission('unifil')), 'Ingezet');
    expect(within(compact).getAllByRole('button')).toHaveLength(1);
    cleanup();
    const full = fact(renderCard(mission('unifil'), { variant: 'full' }), 'Ingezet');
    const toggles = within(full).getAllByRole('button');
    expect(toggles).toHaveLength(2);
    for (const t of toggles) fireEvent.click(t);
    expect(text(full)).toContain(where);
  });

  it('starts one level lower when the host asks for it', () => {
    const card = renderCard(mission('unifil'), { variant: 'full', headingLevel: 3 });
    expect(within(card).getAllByRole('heading', { level: 3 })).toHaveLength(1);
    expect(within(card).getByRole('heading', { level: 4, name: 'Verloop per bron' })).toBeTruthy();
    expect(within(card).getAllByRole('heading', { level: 5 }).length).toBe(4);
  });
});

describe('MissionCard: every mission', () => {
  it('renders every mission in both languages and variants, with a date and a status', () => {
    for (const m of missions) {
      for (const lang of ['nl', 'en'] as const) {
        for (const variant of ['compact', 'full'] as const) {
          const card = renderCard(m, { lang, variant });
          expect(card.querySelector('.mw-card-asof, .mw-card-age')?.textContent, m.id).toMatch(
            lang === 'nl' ? /^(Stand per|Gegevens van) \S/ : /^(As of|Data as of) \S/,
          );
          expect(card.querySelector('.mw-badge')?.textContent, m.id).toBeTruthy();
          expect(text(card), m.id).not.toMatch(/undefined|null|NaN|\[object/);
          cleanup();
        }
      }
    }
  }, 60_000); // 200 renders in happy-dom: slow on a busy two-core machine, not a timing claim
});

describe('accessibility', () => {
  /** axe's structural rules (roles, names, lists, headings); colours cannot be checked in happy-dom. */
  async function violations() {
    const result = await axe.run(document.body, {
      resultTypes: ['violations'],
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('has no axe violations in the compact and full cards, quotes open', async () => {
    for (const variant of ['compact', 'full'] as const) {
      const card = renderCard(mission('eunavfor-aspides'), { variant });
      for (const toggle of within(card).getAllByRole('button')) fireEvent.click(toggle);
      expect(await violations(), variant).toEqual([]);
      cleanup();
    }
  });

  it('has no axe violations in the stem chooser', async () => {
    render(inLanguage('nl', <StemCandidates stem="EUBAM" missions={missions.slice(0, 3)} onChoose={() => {}} />));
    expect(await violations()).toEqual([]);
  });
});

describe('StemCandidates', () => {
  // The alias "EUBAM" is marked as shared by EUBAM Moldavië, Rafah and Libya.
  const ids = ['eubam-moldova', 'eubam-rafah', 'eubam-libya'];
  const candidates = missions.filter((m) => m.aliases.some((a) => a.text === 'EUBAM' && a.sharedBy));

  it('lists every mission the stem may stand for as a button, and reports the choice', () => {
    expect(candidates.map((m) => m.id).sort()).toEqual([...ids].sort());
    const onChoose = vi.fn();
    render(inLanguage('nl', <StemCandidates stem="EUBAM" missions={candidates} onChoose={onChoose} />));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('EUBAM kan op meerdere missies slaan:');
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(3);
    const rafah = screen.getByRole('button', { name: /EUBAM Rafah EU-grensbijstandsmissie in Rafah/ });
    expect(text(rafah)).toContain('gepland');
    fireEvent.click(rafah);
    expect(onChoose).toHaveBeenCalledWith('eubam-rafah');
    expect(buttons.every((b) => b.getAttribute('type') === 'button')).toBe(true);
  });

  it('speaks English', () => {
    render(inLanguage('en', <StemCandidates stem="EUBAM" missions={candidates} onChoose={() => {}} />));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('EUBAM may refer to several missions:');
    expect(screen.getByRole('button', { name: /European Union Border Assistance Mission in Libya/ })).toBeTruthy();
  });
});
