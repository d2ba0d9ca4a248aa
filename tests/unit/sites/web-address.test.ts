import { describe, expect, it } from 'vitest';
import { parseWebAddress } from '../../../lib/sites/web-address';

describe('parseWebAddress', () => {
  it('parses http and https addresses', () => {
    expect(parseWebAddress('https://www.tweedekamer.nl/downloads/document?id=1')?.hostname).toBe('www.tweedekamer.nl');
    expect(parseWebAddress('http://nos.nl/')?.protocol).toBe('http:');
  });

  it('refuses what is empty, does not parse, or is of another protocol', () => {
    expect(parseWebAddress(null)).toBeNull();
    expect(parseWebAddress('')).toBeNull();
    expect(parseWebAddress('not an address')).toBeNull();
    expect(parseWebAddress('file:///home/a.pdf')).toBeNull();
    expect(parseWebAddress('chrome-extension://abc/popup.html')).toBeNull();
  });

  it('takes the protocols it is given', () => {
    expect(parseWebAddress('file:///home/a.pdf', ['http:', 'https:', 'file:'])?.pathname).toBe('/home/a.pdf');
  });
});
