/**
 * Kamerstuk references as the five Kamerstukken write them (sentences copied from seeds/), and
 * what looks like one but is not: amounts, dates, page numbers, a dossier without a number.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findKamerstukReferences } from '../../../lib/matcher/kamerstuk-references';

const refs = (text: string) =>
  findKamerstukReferences(text).map(({ text: written, dossier, number, year }) => ({ written, dossier, number, year }));

describe('findKamerstukReferences: forms in the Kamerstukken', () => {
  it('finds "Kamerstuk 29521, nr. 492" with its offsets', () => {
    const text = '22 oktober 2024 (Kamerstuk 29521, nr. 492) informeert het kabinet';
    const [ref] = findKamerstukReferences(text);
    expect(ref).toEqual({
      start: 17,
      end: 41,
      text: 'Kamerstuk 29521, nr. 492',
      dossier: '29521',
      number: '492',
      year: null,
    });
    expect(text.slice(ref?.start, ref?.end)).toBe('Kamerstuk 29521, nr. 492');
  });

  it('joins a dossier written with a space: "Kamerstuk 29 521, nr. 471"', () => {
    expect(
      refs(
        'onder leiding van een Nederlandse commandant (Kamerstuk 29 521, nr. 471, d.d. 8 maart 2024 en Kamerstuk 29 521, nr. 478, dd. 5 april 2024)',
      ),
    ).toEqual([
      { written: 'Kamerstuk 29 521, nr. 471', dossier: '29521', number: '471', year: null },
      { written: 'Kamerstuk 29 521, nr. 478', dossier: '29521', number: '478', year: null },
    ]);
  });

  it('reads the forms without a comma or without a space after "nr."', () => {
    expect(refs('aan de EU-geleide vredesmissie EUFOR Althea (Kamerstuk 29 521 nr. 494, d.d. 25 april')).toEqual([
      { written: 'Kamerstuk 29 521 nr. 494', dossier: '29521', number: '494', year: null },
    ]);
    expect(refs('betreffende artikel 100-brief (Kamerstuk 29521 nr. 494, d.d. 25 april jl.).')[0]?.dossier).toBe(
      '29521',
    );
    expect(refs('De inzet van taakgroep Takuba in Mali is in 2022 beëindigd (Kamerstuk 29 521 nr.440).')).toEqual([
      { written: 'Kamerstuk 29 521 nr.440', dossier: '29521', number: '440', year: null },
    ]);
  });

  it('keeps a sub-dossier: "Kamerstuk 21501-02, nr. 2615" and "Kamerstuk 21 501-02, nr. 3003"', () => {
    expect(refs('partnerschapsmissie (EUMPM) opgezet (Kamerstuk 21501-02, nr. 2615, d.d. 24')).toEqual([
      { written: 'Kamerstuk 21501-02, nr. 2615', dossier: '21501-02', number: '2615', year: null },
    ]);
    expect(refs('Deze bijdrage is in december 2024 met zes maanden verlengd (Kamerstuk 21 501-02, nr. 3003).')).toEqual(
      [{ written: 'Kamerstuk 21 501-02, nr. 3003', dossier: '21501-02', number: '3003', year: null }],
    );
  });

  it('keeps a budget chapter, also over a line break: "Kamerstuk 35 \\n925 X, nr. 59"', () => {
    expect(refs('de hoofdlijnen-brief Defensie d.d. 11 februari 2022 (Kamerstuk 35 \n\n925 X, nr. 59), de')).toEqual([
      { written: 'Kamerstuk 35 \n\n925 X, nr. 59', dossier: '35925-X', number: '59', year: null },
    ]);
  });

  it('reads a number on the next line: "(Kamerstuk \\n29521, nr. 493)"', () => {
    expect(
      refs('politiefunctionarissen 2025 – 2028 (Kamerstuk \n29521, nr. 493).').map((r) => [r.dossier, r.number]),
    ).toEqual([['29521', '493']]);
  });

  it('finds a bare reference in brackets: "(36 471 nr. 96, d.d. 13 september 2024)"', () => {
    expect(refs('Regeerprogramma (36 471 nr. 96, d.d. 13 september 2024) uit dat')).toEqual([
      { written: '36 471 nr. 96', dossier: '36471', number: '96', year: null },
    ]);
    expect(refs('zoals eerder gemeld (29 521, nr. 493).')).toEqual([
      { written: '29 521, nr. 493', dossier: '29521', number: '493', year: null },
    ]);
  });

  it('reads "Kamerstuk nr. 36 180 nr. 133" and "Kamerstukken II 2024/25, 29 521, nr. 492" with its year', () => {
    expect(refs('3 Beleidsbrief Ontwikkelingshulp (Kamerstuk nr. 36 180 nr. 133, d.d. 20')).toEqual([
      { written: 'Kamerstuk nr. 36 180 nr. 133', dossier: '36180', number: '133', year: null },
    ]);
    expect(refs('Zie Kamerstukken II 2024/25, 29 521, nr. 492.')).toEqual([
      { written: 'Kamerstukken II 2024/25, 29 521, nr. 492', dossier: '29521', number: '492', year: '2024/25' },
    ]);
  });
});

describe('findKamerstukReferences: what is not a reference', () => {
  it.each([
    ['an amount without "nr."', 'Het kabinet stelt 29 521 euro beschikbaar.'],
    ['a dossier without a number', 'Zie ook de brief over de Toekomst van de krijgsmacht (Kamerstuk 33 763).'],
    [
      'a document number of another kind',
      'aanvullende militaire bijdrage zal leveren aan EUFOR Althea (Kamerstuk 2023F14522).',
    ],
    ['a Kamerstuk number joined by a hyphen', 'gevechtshelikopters (Kamerstuk 29521-446, d.d. 17 juni 2022).'],
    [
      'a dossier named as such',
      'Zoals in het RBZ verslag van 11 april (Kamerstuknummer: 21501-02) aan de Kamer is gemeld',
    ],
    ['a page number', 'Zie blz. 29, nr. 3 van de bijlage.'],
    ['a date and a number', 'Op 13 september 2024, nr. 5 van de agenda.'],
    ['a year and a number', 'de brief van 2024 nr. 12'],
    ['several dossiers for one number', 'Kamerbrief van 9 september 2016 (Kamerstukken 33 694 en 29 521, nr. 9).'],
    ['several numbers', 'zie onder andere Kamerstuk 27 925, nrs. 611 en 612).'],
    ['a number with more digits', 'een totaal van 1 29 521 nr. 4'],
    ['text without "nr"', 'UNIFIL draagt bij aan de stabiliteit in Zuid-Libanon.'],
  ])('%s', (_, text) => {
    expect(findKamerstukReferences(text)).toEqual([]);
  });
});

describe('findKamerstukReferences over the five Kamerstukken', () => {
  // Read by hand from the seeds: every reference with a dossier and one number.
  const expected: Record<string, string[]> = {
    '000_da575aca147779fa.txt': ['29521/492', '36471/96', '36471/96', '36180/133', '36180/133'],
    '001_538d6e1628be61ba.txt': [
      '36471/96',
      '29521/493',
      '29521/493',
      '21501-02/3003',
      '29521/471',
      '29521/478',
      '21501-02/3003',
      '29521/493',
      '21501-02/2648',
    ],
    '004_f473ee7f7c9a3f46.txt': [
      '33694/1',
      '33694/6',
      '27925/612',
      '27925/611',
      '29521/343',
      '29521/335',
      '28676/252',
      '33763/1',
      '33763/133',
      '27925/570',
      '27925/611',
    ],
  };
  it.each(Object.entries(expected))('%s', (file, list) => {
    const text = readFileSync(`seeds/${file}`, 'utf8');
    const found = findKamerstukReferences(text);
    expect(found.map((r) => `${r.dossier}/${r.number}`)).toEqual(list);
    for (const r of found) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});
