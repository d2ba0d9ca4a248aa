import { describe, expect, it } from 'vitest';
import { documents, missions } from '../../../data/dataset';
import { describeSource, groupByDocument, kamerstukUrl } from '../../../lib/format/sources';

const LETTER = '000_da575aca147779fa.txt';
const JVOM_2025 = '001_538d6e1628be61ba.txt';

describe('describeSource', () => {
  it('names the letter of 4 April 2025 with Kamerstuk 29521, nr. 493 and links it', () => {
    // 002 (inleiding): "brief van 4 april 2025 … (Kamerstuk 29521, nr. 493)".
    const s = describeSource(LETTER, documents, 'nl');
    expect(s.title).toMatch(/^Kamerbrief Internationale inzet/);
    expect(s.date).toBe('4 april 2025');
    expect(s.kamerstuk).toEqual({
      label: 'Kamerstuk 29521, nr. 493',
      url: 'https://zoek.officielebekendmakingen.nl/kst-29521-493.html',
    });
    expect(describeSource(LETTER, documents, 'en').kamerstuk?.label).toBe('Parliamentary paper 29521, no. 493');
    expect(describeSource(LETTER, documents, 'en').date).toBe('4 April 2025');
  });

  it('gives no number and no link where sources.json has none', () => {
    const s = describeSource(JVOM_2025, documents, 'nl');
    expect(s.title).toBe('Jaarlijkse voortgangsrapportage overige missiebijdragen 2025');
    expect(s.date).toBe('mei 2025');
    expect(s.kamerstuk).toBeNull();
    for (const d of documents) {
      expect(describeSource(d.doc, documents, 'nl').kamerstuk === null, d.doc).toBe(d.kamerstuk === null);
    }
  });

  it('says where the date of an undated document comes from', () => {
    expect(describeSource('004_f473ee7f7c9a3f46.txt', documents, 'nl')).toMatchObject({
      date: '2017',
      dateNote: 'Najaar 2017; de tekst noemt geen eigen datum.',
    });
  });

  it('falls back to the file name for a document it does not know', () => {
    expect(describeSource(LETTER, [], 'nl')).toEqual({
      doc: LETTER,
      title: LETTER,
      date: null,
      dateNote: null,
      kamerstuk: null,
    });
  });

  it('builds the officielebekendmakingen address from dossier and number', () => {
    expect(kamerstukUrl('29521', '493')).toBe('https://zoek.officielebekendmakingen.nl/kst-29521-493.html');
  });
});

describe('groupByDocument', () => {
  it("groups a fact's quotes per document, in the order given", () => {
    // UNIFIL's framework in the 2025 report: Bijlage 2's row, Bijlage 1, and Bijlage 2's period, all one document.
    const unifil = missions.find((m) => m.id === 'unifil');
    const sources = unifil?.nationalFramework[0]?.sources ?? [];
    const groups = groupByDocument(sources);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.doc).toBe(JVOM_2025);
    expect(groups[0]?.refs.map((r) => r.where)).toEqual(['Bijlage 2', 'Bijlage 1', 'Bijlage 2']);

    const mixed = groupByDocument([
      { doc: JVOM_2025, quote: 'eerste citaat uit 001' },
      { doc: LETTER, quote: 'een citaat uit 000' },
      { doc: JVOM_2025, quote: 'tweede citaat uit 001' },
    ]);
    expect(mixed.map((g) => [g.doc, g.refs.length])).toEqual([
      [JVOM_2025, 2],
      [LETTER, 1],
    ]);
  });
});
