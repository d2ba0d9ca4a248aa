import { describe, expect, it } from 'vitest';
import { documents, missions } from '../../../data/dataset';
import { citation, citedDocs } from '../../../lib/format/citation';

function mission(id: string) {
  const m = missions.find((x) => x.id === id);
  if (!m) throw new Error(`${id} missing from the dataset`);
  return m;
}

describe('citation', () => {
  it('is one line with acronym, name, status and sources, newest first, in Dutch', () => {
    const text = citation(mission('unifil'), 'nl', documents);
    expect(text).not.toMatch(/[\n\r]/);
    expect(
      text.startsWith('UNIFIL (Interim-vredesmacht van de Verenigde Naties in Libanon), status: actief. Bronnen: '),
    ).toBe(true);
    expect(text).toContain('(4 apr 2025, Kamerstuk 29521, nr. 493)');
    expect(text.endsWith('— via Missiewijzer')).toBe(true);
    // JVOM 2025 (May 2025) before the letter of 4 April 2025, before JVOM 2023.
    const order = [
      'Jaarlijkse voortgangsrapportage overige missiebijdragen 2025',
      'Kamerbrief Internationale inzet',
      '2023',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('is in English for an English UI', () => {
    const text = citation(mission('unifil'), 'en', documents);
    expect(text.startsWith('UNIFIL (United Nations Interim Force in Lebanon), status: active. Sources: ')).toBe(true);
    expect(text).toContain('Parliamentary paper 29521, no. 493');
  });

  it('names a Kamerstuk number only where the dataset has one', () => {
    const text = citation(mission('minusma'), 'nl', documents);
    expect(text).toContain('status: beëindigd');
    expect(text).not.toContain('Kamerstuk 29521');
  });

  it('cites every document the facts quote, and only those', () => {
    for (const m of missions) {
      const text = citation(m, 'nl', documents);
      for (const d of documents) {
        expect(text.includes(d.title.nl), `${m.id}: ${d.doc}`).toBe(citedDocs(m).has(d.doc));
      }
    }
  });
});
