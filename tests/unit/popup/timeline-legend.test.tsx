import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../../components/popup/Timeline';
import { documents, missions } from '../../../data/dataset';
import { MESSAGES, type UiLanguage } from '../../../lib/i18n/messages';
import { inLanguage } from '../../support/in-language';

const TODAY = new Date(2025, 8, 15);

afterEach(cleanup);

function mission(id: string) {
  const m = missions.find((x) => x.id === id);
  if (!m) throw new Error(`${id} missing from the dataset`);
  return m;
}

function renderTimeline(id: string, lang: UiLanguage = 'nl') {
  return render(
    inLanguage(lang, <Timeline mission={mission(id)} documents={documents} t={MESSAGES[lang]} today={TODAY} />),
  );
}

function legendItems(lang: UiLanguage = 'nl'): string[] {
  const list = screen.getByRole('list', { name: lang === 'nl' ? 'Legenda van de tijdlijn' : 'Timeline key' });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

/** The marks as classes, `mw-tl-bar is-open` and the like, found under `root`. */
function markClasses(root: Element): Set<string> {
  const marks = root.querySelectorAll(
    '.mw-tl-bar, .mw-tl-arrow, .mw-tl-line, .mw-tl-marker, .mw-tl-source, .mw-tl-connector, .mw-tl-today',
  );
  return new Set([...marks].map((m) => m.getAttribute('class') ?? ''));
}

describe('timeline legend', () => {
  it('explains UNIFIL’s marks in Dutch: framework bars, mandate ends, source dates and today', () => {
    renderTimeline('unifil');
    expect(screen.getByText('Elke rij is één bron; links staat de datum van die bron.')).toBeTruthy();
    expect(legendItems()).toEqual([
      'Nationaal kader: van de datum van de bron tot het einde van het kader',
      'Internationaal mandaat: van de datum van de bron tot het einde',
      'Datum van de bron',
      'Vandaag',
    ]);
  });

  it('explains an open framework and an indefinite mandate (GPOI)', () => {
    renderTimeline('gpoi');
    expect(legendItems()).toEqual([
      'Nationaal kader: van de datum van de bron tot het einde van het kader',
      'Nationaal kader zonder bekende einddatum',
      'Internationaal mandaat zonder einddatum (onbepaald)',
      'Datum van de bron',
      'Vandaag',
    ]);
  });

  it('explains a framework already over when its source appeared, in English (EUNAVFOR MED Irini)', () => {
    renderTimeline('eunavfor-med-irini', 'en');
    expect(screen.getByText('Each row is one source, with the date of that source on the left.')).toBeTruthy();
    expect(legendItems('en')).toEqual([
      'National framework already over when the source was published: its end, and a dotted line to the source',
      'International mandate: from the date of the source to its end',
      'Date of the source',
      'Today',
    ]);
  });

  it('keeps its samples out of the accessibility tree', () => {
    const { container } = renderTimeline('unifil');
    const samples = container.querySelectorAll('.mw-tl-legend svg');
    expect(samples.length).toBe(4);
    for (const svg of samples) expect(svg.getAttribute('aria-hidden')).toBe('true');
  });

  it.each(missions.map((m) => m.id))('%s: shows a sample of every mark drawn, and of no other', (id) => {
    const { container } = renderTimeline(id);
    const drawing = container.querySelector('svg.mw-tl');
    const legend = container.querySelector('.mw-tl-legend');
    if (!drawing) {
      expect(legend).toBeNull();
      return;
    }
    if (!legend) throw new Error('no legend');
    expect(markClasses(legend)).toEqual(markClasses(drawing));
  });
});
