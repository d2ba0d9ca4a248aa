import { describe, expect, it } from 'vitest';
import { kamerstukPdf, readablePdf } from '../../../lib/reader/pdf-address';

const html = (id: string) => `https://zoek.officielebekendmakingen.nl/${id}.html`;

describe('kamerstukPdf', () => {
  it.each([
    ['https://zoek.officielebekendmakingen.nl/kst-29521-493.pdf', '29521', '493', 'kst-29521-493'],
    ['http://zoek.officielebekendmakingen.nl/kst-29521-493.pdf', '29521', '493', 'kst-29521-493'],
    // The repository's own address: the folders name the dossier too; the file names the document.
    [
      'https://repository.overheid.nl/frbr/officielepublicaties/kst/29521/kst-29521-493/1/pdf/kst-29521-493.pdf',
      '29521',
      '493',
      'kst-29521-493',
    ],
    ['https://zoek.officielebekendmakingen.nl/kst-21501-02-2930.pdf', '21501-02', '2930', 'kst-21501-02-2930'],
    ['https://zoek.officielebekendmakingen.nl/kst-36200-X-12.pdf', '36200-X', '12', 'kst-36200-X-12'],
    ['https://zoek.officielebekendmakingen.nl/kst-29521-493.PDF', '29521', '493', 'kst-29521-493'],
    ['https://zoek.officielebekendmakingen.nl/kst-29521-493.pdf#page=3', '29521', '493', 'kst-29521-493'],
    ['https://www.example.org/downloads/kst-29521-493.pdf?download=1', '29521', '493', 'kst-29521-493'],
    ['file:///home/lezer/Downloads/kst-29521-493.pdf', '29521', '493', 'kst-29521-493'],
  ])('reads %s as Kamerstuk %s, nr. %s', (address, dossier, number, id) => {
    expect(kamerstukPdf(address)).toEqual({ dossier, number, htmlUrl: html(id) });
  });

  it.each([
    ['the HTML version itself', 'https://zoek.officielebekendmakingen.nl/kst-29521-493.html'],
    ['a PDF without a Kamerstuk id', 'https://www.tweedekamer.nl/downloads/document.pdf'],
    ['a dossier without a number', 'https://zoek.officielebekendmakingen.nl/kst-29521.pdf'],
    ['an id that is part of a longer word', 'https://www.example.org/mykst-29521-493.pdf'],
    ['a number that runs on into letters', 'https://www.example.org/kst-29521-493b.pdf'],
    ['an id only in the query', 'https://www.example.org/view.pdf.html?doc=kst-29521-493.pdf'],
    ['a browser page', 'chrome://settings/kst-29521-493.pdf'],
    ['no address at all', null],
    ['an empty address', ''],
    ['something that is no URL', 'kst-29521-493.pdf'],
  ])('offers nothing for %s', (_what, address) => {
    expect(kamerstukPdf(address)).toBeNull();
  });
});

describe('readablePdf', () => {
  it.each([
    'https://zoek.officielebekendmakingen.nl/kst-29521-493.pdf',
    'https://www.example.org/rapport.PDF',
    'https://www.tweedekamer.nl/downloads/document?id=2025D12345',
    'https://tweedekamer.nl/downloads/document?id=2025D12345&did=2025D12345',
  ])('offers the reader for %s', (address) => {
    expect(readablePdf(address)).toBe(new URL(address).href);
  });

  it.each([
    ['no address', undefined],
    ['not an address', 'kst-29521-493.pdf'],
    ['an HTML page', 'https://zoek.officielebekendmakingen.nl/kst-29521-493.html'],
    ['a local file (the reader cannot fetch it)', 'file:///home/lezer/kst-29521-493.pdf'],
    ['a download without id', 'https://www.tweedekamer.nl/downloads/document'],
    ['another site’s download', 'https://www.example.org/downloads/document?id=1'],
    ['another Tweede Kamer page', 'https://www.tweedekamer.nl/kamerstukken/document?id=2025D12345'],
    ['the extension’s own reader', 'chrome-extension://abc/reader.html?url=https%3A%2F%2Fx.nl%2Fa.pdf'],
  ])('not for %s', (_, address) => {
    expect(readablePdf(address)).toBeNull();
  });
});
