import { describe, expect, it } from 'vitest';
import { documents, missions } from '../../../data/dataset';
import type { Mission } from '../../../data/schema';
import { citation, citedDocs } from '../../../lib/format/citation';
import { fakeMission } from '../search/fixtures';

function mission(id: string) {
  const m = missions.find((x) => x.id === id);
  if (!m) throw new Error(`${id} missing from the dataset`);
  return m;
}

// Titles and dates as data/sources.json gives them; the Kamerstuk number only for the letter (000).
const JVOM_2025_NL = 'Jaarlijkse voortgangsrapportage overige missiebijdragen 2025 (mei 2025)';
const JVOM_2025_EN = 'Annual progress report on other mission contributions 2025 (May 2025)';
const LETTER_EN =
  'Letter to Parliament on the international deployment of Dutch military personnel, civilian experts and police officers 2025–2028 (4 April 2025, Parliamentary paper 29521, no. 493)';

describe('citation', () => {
  it('gives KFOR’s facts, each with its Kamerstuk, as a Dutch note naming the product', () => {
    // data/missions/europe.json, KFOR: status, and the newest framework, legal basis and mandate
    // end, all from the JVOM 2025 (Bijlage 1 and 2).
    expect(citation(mission('kfor'), 'nl', documents)).toBe(
      [
        'KFOR – Kosovo Force (NAVO-missie in Kosovo)',
        `- Nederlandse bijdrage: actief. Bron: ${JVOM_2025_NL}`,
        `- Nationaal kader: militair 1, civiel/politie geen, totaal 1, t/m 30 april 2026. Bron: ${JVOM_2025_NL}`,
        `- Rechtsbasis: VNVR-resolutie 1244. Bron: ${JVOM_2025_NL}`,
        `- Einde internationaal mandaat: onbepaald. Bron: ${JVOM_2025_NL}`,
        '— via Missiewijzer',
      ].join('\n'),
    );
  });

  it('gives UNIFIL’s facts as plain English text, without the product name', () => {
    // UNIFIL's status is quoted from the JVOM 2025 and the letter of 4 April 2025; the rest from
    // the JVOM 2025's text (resolution 2749, mandate to 31 August 2025).
    expect(citation(mission('unifil'), 'en', documents, 'plain')).toBe(
      [
        'UNIFIL – United Nations Interim Force in Lebanon',
        `Dutch contribution: active. Sources: ${JVOM_2025_EN}; ${LETTER_EN}`,
        `National framework: military 1, civilian/police none, total 1, until 30 June 2028. Source: ${JVOM_2025_EN}`,
        `Legal basis: VNVR-resolutie 2749. Source: ${JVOM_2025_EN}`,
        `End of international mandate: 31 August 2025. Source: ${JVOM_2025_EN}`,
      ].join('\n'),
    );
  });

  it('writes a qualifier, a per-year framework and a count not stated as the card does, and leaves out facts without a value', () => {
    const ref = { doc: '000_da575aca147779fa.txt' as const, quote: 'een voorbeeld van een citaat' };
    const crafted: Mission = {
      ...fakeMission({ id: 'crafted', acronym: 'XYZ', name: 'Testmissie', status: 'planned' }),
      statusSources: [ref, ref],
      nationalFramework: [
        {
          value: {
            military: 15,
            civilPolice: null,
            total: null,
            qualifier: 'circa',
            perYear: true,
            note: null,
            until: 'ongoing',
          },
          asOf: '2025-04-04',
          sources: [ref],
        },
      ],
    };
    const letter =
      'Kamerbrief Internationale inzet van Nederlandse militairen, civiele experts en politiefunctionarissen 2025–2028 (4 april 2025, Kamerstuk 29521, nr. 493)';
    expect(citation(crafted, 'nl', documents, 'plain')).toBe(
      [
        'XYZ – Testmissie',
        `Nederlandse bijdrage: gepland. Bron: ${letter}`,
        `Nationaal kader: militair circa 15, per jaar, doorlopend. Bron: ${letter}`,
      ].join('\n'),
    );
  });

  it('names a Kamerstuk number only where the dataset has one', () => {
    const text = citation(mission('minusma'), 'nl', documents);
    expect(text).toContain('Nederlandse bijdrage: beëindigd.');
    expect(text).not.toContain('Kamerstuk 29521');
  });

  it('cites only documents the facts quote, and never says where the texts are kept', () => {
    for (const m of missions) {
      for (const style of ['note', 'plain'] as const) {
        const text = citation(m, 'nl', documents, style);
        for (const d of documents) {
          if (text.includes(d.title.nl)) expect(citedDocs(m).has(d.doc), `${m.id}: ${d.doc}`).toBe(true);
        }
        expect(text).not.toMatch(/seed|\.txt/i);
        expect(text.includes('Missiewijzer')).toBe(style === 'note');
      }
    }
  });
});
