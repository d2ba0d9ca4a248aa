import { describe, expect, it } from 'vitest';
import { documents, missions } from '../../../data/dataset';
import { kamerstukLinks } from '../../../lib/format/kamerstuk-links';
import { kamerstukUrl } from '../../../lib/format/sources';

describe('Kamerstuk links', () => {
  it('build the address of officielebekendmakingen.nl', () => {
    expect(kamerstukUrl('29521', '493')).toBe('https://zoek.officielebekendmakingen.nl/kst-29521-493.html');
  });

  it('link only documents that the mission cites and that have a Kamerstuk number', () => {
    const withNumber = documents.filter((d) => d.kamerstuk !== null).map((d) => d.doc);
    expect(withNumber.length).toBeGreaterThan(0);
    for (const mission of missions) {
      for (const link of kamerstukLinks(mission, documents)) {
        expect(withNumber).toContain(link.document.doc);
        expect(link.url).toBe(kamerstukUrl(link.dossier, link.number));
      }
    }
    // The 2025 letter (Kamerstuk 29 521, nr. 493) is quoted for UNIFIL, never for MINUSMA.
    const unifil = missions.find((m) => m.id === 'unifil');
    const minusma = missions.find((m) => m.id === 'minusma');
    if (!unifil || !minusma) throw new Error('dataset changed');
    expect(kamerstukLinks(unifil, documents).map((l) => l.url)).toEqual([
      'https://zoek.officielebekendmakingen.nl/kst-29521-493.html',
    ]);
    expect(kamerstukLinks(minusma, documents)).toEqual([]);
  });
});
