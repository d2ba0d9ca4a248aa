import { describe, expect, it } from 'vitest';
import { CARD_MESSAGES } from '../../../lib/i18n/card-messages';
import { MESSAGES, resolveLanguage } from '../../../lib/i18n/messages';
import { SESSION_MESSAGES } from '../../../lib/i18n/session-messages';

const keys = (table: object) => Object.keys(table).sort();

describe('the UI string tables', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keys(MESSAGES.en)).toEqual(keys(MESSAGES.nl));
    expect(keys(CARD_MESSAGES.en)).toEqual(keys(CARD_MESSAGES.nl));
    expect(keys(SESSION_MESSAGES.en)).toEqual(keys(SESSION_MESSAGES.nl));
  });

  it("take the in-page session's strings into the card table, in both languages", () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, value] of Object.entries(SESSION_MESSAGES[lang])) {
        expect(CARD_MESSAGES[lang][key as keyof (typeof CARD_MESSAGES)['nl']], `${lang}.${key}`).toBe(value);
      }
    }
  });

  it('take the card and in-page strings from the one card table, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, value] of Object.entries(CARD_MESSAGES[lang])) {
        expect(MESSAGES[lang][key as keyof (typeof MESSAGES)['nl']], `${lang}.${key}`).toBe(value);
      }
    }
  });

  it('keep only card and in-page strings in the card table', () => {
    expect(keys(CARD_MESSAGES.nl).filter((k) => !/^(card|inPage|status)_/u.test(k))).toEqual([]);
    expect(keys(MESSAGES.nl).filter((k) => /^(card|inPage|status)_/u.test(k))).toEqual(keys(CARD_MESSAGES.nl));
  });
});

describe('resolveLanguage', () => {
  it('follows the browser for auto: Dutch for any nl locale, else English', () => {
    expect(resolveLanguage('auto', 'nl-BE')).toBe('nl');
    expect(resolveLanguage('auto', 'de-DE')).toBe('en');
    expect(resolveLanguage('en', 'nl-NL')).toBe('en');
  });
});
