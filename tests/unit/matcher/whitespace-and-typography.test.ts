import { describe, expect, it } from 'vitest';
import { fixtureMatcher, pairs } from './helpers';

const find = fixtureMatcher();

describe('whitespace, soft hyphens and typographic variants', () => {
  it.each([
    ['no-break space', 'EUNAVFOR\u00A0Atalanta'],
    ['narrow no-break space', 'EUNAVFOR\u202FAtalanta'],
    ['line break', 'EUNAVFOR\nAtalanta'],
    ['CRLF', 'EUNAVFOR\r\nAtalanta'],
    ['tab', 'EUNAVFOR\tAtalanta'],
    ['run of spaces', 'EUNAVFOR    Atalanta'],
    ['spaces and a soft hyphen', 'EUNAVFOR \u00AD Atalanta'],
    ['soft hyphen inside a word', 'EUNAV\u00ADFOR Atalanta'],
    ['zero-width space inside a word', 'EUNAV\u200BFOR Atalanta'],
    ['soft hyphens everywhere', 'E\u00ADU\u00ADNAVFOR At\u00ADa\u00ADlanta'],
  ])('matches across a %s', (_, text) => {
    expect(pairs(find(text))).toEqual([[text, 'atalanta']]);
  });

  it('matches a full name broken over lines', () => {
    const text = 'de European Union\nTraining Mission in Mali werkt';
    expect(find(text)).toMatchObject([{ text: 'European Union\nTraining Mission in Mali', id: 'eutm-mali' }]);
  });

  it('does not match across a character that is no space', () => {
    // The name next to the stem still tells which EUNAVFOR it is, but is no part of the match: it is
    // a match of its own (the stem in its sentence is its context).
    for (const text of ['EUNAVFOR-Atalanta', 'EUNAVFOR/Atalanta']) {
      expect(find(text)).toMatchObject([
        { text: 'EUNAVFOR', id: 'atalanta' },
        { text: 'Atalanta', id: 'atalanta' },
      ]);
    }
  });

  it('keeps a soft hyphen inside the match text, so offsets stay exact', () => {
    const text = 'de EUNAV\u00ADFOR Atalanta';
    const [match] = find(text);
    expect(match).toMatchObject({ start: 3, end: text.length, text: 'EUNAV\u00ADFOR Atalanta' });
  });

  it('matches an alias typed with a typographic apostrophe in text with an ASCII one, and back', () => {
    // The alias is 'Ocean’s Shield' (U+2019).
    expect(pairs(find("Ocean's Shield"))).toEqual([["Ocean's Shield", 'ocean-shield']]);
    expect(pairs(find('Ocean’s Shield'))).toEqual([['Ocean’s Shield', 'ocean-shield']]);
    expect(pairs(find('Ocean\u02BCs Shield'))).toEqual([['Ocean\u02BCs Shield', 'ocean-shield']]);
  });

  it('matches an alias with a hyphen written with a typographic hyphen or en dash', () => {
    const rest = 'led Maritime Awareness in the Strait of Hormuz';
    for (const dash of ['-', '\u2010', '\u2011', '\u2013', '\u2212']) {
      expect(find(`European${dash}${rest}`)).toMatchObject([{ id: 'emasoh' }]);
    }
  });

  it('does not read an em dash or a space as a hyphen', () => {
    const rest = 'led Maritime Awareness in the Strait of Hormuz';
    expect(find(`European\u2014${rest}`)).toEqual([]);
    expect(find(`European ${rest}`)).toEqual([]);
  });
});
