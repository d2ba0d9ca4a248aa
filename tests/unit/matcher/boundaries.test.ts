import { describe, expect, it } from 'vitest';
import { fixtureMatcher, pairs } from './helpers';

const find = fixtureMatcher();
const texts = (text: string) => find(text).map((m) => m.text);

describe('word boundaries', () => {
  it('matches a standalone acronym, at the edges of the text and inside punctuation', () => {
    expect(texts('UNIFIL')).toEqual(['UNIFIL']);
    expect(texts('De missie (UNIFIL) en "KFOR".')).toEqual(['UNIFIL', 'KFOR']);
    expect(texts('UNIFIL/KFOR')).toEqual(['UNIFIL', 'KFOR']);
  });

  it('never matches inside another word', () => {
    expect(texts('PEUTM')).toEqual([]);
    expect(texts('XUNIFIL')).toEqual([]);
    expect(texts('UNIFILX')).toEqual([]);
    expect(texts('KFORCE')).toEqual([]);
  });

  it('treats digits as part of a word', () => {
    expect(texts('UNIFIL2 2UNIFIL KFOR1')).toEqual([]);
  });

  it('treats any Unicode letter as part of a word', () => {
    expect(texts('éUNIFIL UNIFILé ΩKFOR KFORж')).toEqual([]);
    // A combining mark continues the word it follows.
    expect(texts('KFOR\u0301')).toEqual([]);
    // An astral letter (mathematical bold A) is a letter; an emoji is not.
    expect(texts('\u{1D400}KFOR')).toEqual([]);
    expect(texts('\u{1F600}KFOR\u{1F600}')).toEqual(['KFOR']);
  });

  it('does not let a soft hyphen start or end a word', () => {
    // 'UNIFIL\u00ADmandaat' is one word, broken only for hyphenation.
    expect(texts('UNIFIL\u00ADmandaat')).toEqual([]);
    expect(texts('mandaat\u00ADUNIFIL')).toEqual([]);
    // A soft hyphen before a real hyphen changes nothing.
    expect(texts('UNIFIL\u00AD-mandaat')).toEqual(['UNIFIL']);
  });
});

describe('compounds, possessives and plurals', () => {
  it('matches the acronym of a hyphenated compound, and only the acronym', () => {
    expect(pairs(find('het UNIFIL-mandaat en de UNTSO-waarnemers'))).toEqual([
      ['UNIFIL', 'unifil'],
      ['UNTSO', 'untso'],
    ]);
    expect(texts('VN-UNIFIL')).toEqual(['UNIFIL']);
  });

  it('does not match a compound written as one word', () => {
    expect(texts('UNIFILmandaat')).toEqual([]);
  });

  it("matches possessives and plurals with an apostrophe ('s, ’s)", () => {
    expect(texts("SOLE’s rol, VPD's en KFOR\u2018s")).toEqual(['SOLE', 'VPD', 'KFOR']);
  });

  it('matches an English plural of an all-capitals name: capitals then one lowercase s', () => {
    expect(find('two EUTMs')).toMatchObject([{ text: 'EUTM', start: 4, end: 8 }]);
    expect(texts('KFORs')).toEqual(['KFOR']);
  });

  it('does not read other endings as plurals', () => {
    // Capital S: another acronym. More letters: another word.
    expect(texts('EUTMS KFORse KFORss')).toEqual([]);
    // The one-capital form ends lowercase: 'Unifils' is not 'Unifil' + plural.
    expect(texts('Unifils')).toEqual([]);
    // The s must itself end the word; a soft hyphen does not end it.
    expect(texts('KFORs\u00ADje')).toEqual([]);
  });
});
