import { describe, expect, it } from 'vitest';
import {
  hasPdfHeader,
  looksScanned,
  pdfAddressOf,
  problemOfFile,
  problemOfOpenError,
  problemOfResponse,
  readerAddress,
} from '../../../lib/reader/pdf-source';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('pdfAddressOf', () => {
  it.each([
    [
      '?url=https%3A%2F%2Fzoek.officielebekendmakingen.nl%2Fkst-29521-493.pdf',
      'https://zoek.officielebekendmakingen.nl/kst-29521-493.pdf',
    ],
    [
      '?url=https%3A%2F%2Fwww.tweedekamer.nl%2Fdownloads%2Fdocument%3Fid%3D2025D12345',
      'https://www.tweedekamer.nl/downloads/document?id=2025D12345',
    ],
    ['?url=http://example.org/a.pdf', 'http://example.org/a.pdf'],
  ])('reads %s', (search, address) => {
    expect(pdfAddressOf(search)).toBe(address);
  });

  it.each([
    ['no parameter', ''],
    ['an empty one', '?url='],
    ['not an address', '?url=kst-29521-493.pdf'],
    ['a file', '?url=file%3A%2F%2F%2Fhome%2Fa.pdf'],
    ['script', '?url=javascript%3Aalert(1)'],
    ['data', '?url=data%3Aapplication%2Fpdf%2C%25PDF-'],
  ])('refuses %s', (_, search) => {
    expect(pdfAddressOf(search)).toBeNull();
  });

  it('reads the unencoded address after # that the redirect writes', () => {
    const pdf = 'https://www.tweedekamer.nl/downloads/document?id=2025D12345&did=2025D12345';
    expect(pdfAddressOf('', `#${pdf}`)).toBe(pdf);
    expect(pdfAddressOf('', '#')).toBeNull();
    expect(pdfAddressOf('', '#javascript:alert(1)')).toBeNull();
    // The query wins: `?url=` is what the popup, the menu and a reload name.
    expect(pdfAddressOf('?url=https%3A%2F%2Fnos.nl%2Fa.pdf', `#${pdf}`)).toBe('https://nos.nl/a.pdf');
  });

  it('round-trips with readerAddress', () => {
    const pdf = 'https://www.tweedekamer.nl/downloads/document?id=2025D12345&did=2025D12345';
    const address = readerAddress('chrome-extension://abc/reader.html', pdf);
    expect(address.startsWith('chrome-extension://abc/reader.html?url=')).toBe(true);
    expect(pdfAddressOf(new URL(address).search)).toBe(pdf);
  });
});

describe('hasPdfHeader', () => {
  it('finds %PDF- at the start', () => expect(hasPdfHeader(bytes('%PDF-1.7\n…'))).toBe(true));
  it('finds it after a little junk', () => expect(hasPdfHeader(bytes(`\uFEFF\r\n  %PDF-1.4`))).toBe(true));
  it('does not look past the first kilobyte', () =>
    expect(hasPdfHeader(bytes(`${' '.repeat(1100)}%PDF-1.4`))).toBe(false));
  it.each([
    ['HTML', '<!doctype html><p>Geen pdf</p>'],
    ['a partial header', '%PDF'],
    ['nothing', ''],
    ['a near miss', '%PDX-1.4'],
  ])('refuses %s', (_, text) => expect(hasPdfHeader(bytes(text))).toBe(false));
});

describe('problemOfResponse', () => {
  it('a failed response is a failed fetch, whatever its body', () =>
    expect(problemOfResponse(false, bytes('%PDF-1.7'))).toBe('fetch-failed'));
  it('no bytes is an empty PDF', () => expect(problemOfResponse(true, new Uint8Array())).toBe('empty'));
  it('other bytes are not a PDF', () => expect(problemOfResponse(true, bytes('<html>'))).toBe('not-pdf'));
  it('a PDF header passes', () => expect(problemOfResponse(true, bytes('%PDF-1.7'))).toBeNull());
});

describe('problemOfOpenError', () => {
  it('a password is an encrypted PDF', () =>
    expect(problemOfOpenError(Object.assign(new Error('No password given'), { name: 'PasswordException' }))).toBe(
      'encrypted',
    ));
  it.each([
    ['an invalid PDF', Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' })],
    ['any other error', new TypeError('x')],
    ['a thrown string', 'oops'],
    ['nothing', undefined],
  ])('%s is a damaged PDF', (_, error) => expect(problemOfOpenError(error)).toBe('corrupt'));
});

describe('looksScanned', () => {
  it('pages without text are a scan', () => expect(looksScanned(0, 3)).toBe(true));
  it('a page number or two is still a scan', () => expect(looksScanned(12, 2)).toBe(true));
  it('a page of text is not', () => expect(looksScanned(1800, 1)).toBe(false));
  it('a short one-page letter is not', () => expect(looksScanned(200, 1)).toBe(false));
  it('no pages is not a scan (it is empty)', () => expect(looksScanned(0, 0)).toBe(false));
});

describe('problemOfFile', () => {
  it('takes a file with a PDF header', () => expect(problemOfFile(bytes('%PDF-1.7\n'))).toBeNull());
  it('says an empty file is empty', () => expect(problemOfFile(new Uint8Array())).toBe('empty'));
  it('says another file is no PDF', () => {
    expect(problemOfFile(bytes('<!doctype html><p>Geen pdf</p>'))).toBe('file-not-pdf');
    expect(problemOfFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe('file-not-pdf');
  });
});
