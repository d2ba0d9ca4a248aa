import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings } from '../../../lib/settings/settings-schema';
import { isDefaultSite } from '../../../lib/sites/default-sites';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored, or for something that is not an object', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('corrupt')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      paused: false,
      disabledSites: [],
      enabledSites: [],
      abbreviations: false,
      firstOccurrenceOnly: false,
      mutedTerms: [],
      kamerstukReferences: true,
      language: 'auto',
      underline: 'subtle',
    });
  });

  const good = {
    paused: true,
    disabledSites: ['nos.nl'],
    enabledSites: ['www.example.org'],
    abbreviations: true,
    firstOccurrenceOnly: true,
    mutedTerms: ['kfor'],
    // Off, the opposite of its default, so a fallback shows.
    kamerstukReferences: false,
    language: 'en',
    underline: 'clear',
  } as const;

  it('keeps valid settings as they are', () => {
    expect(parseSettings(good)).toEqual(good);
  });

  it.each([
    ['paused', 'yes'],
    ['disabledSites', 'nos.nl'],
    ['enabledSites', ['http://not a host/']],
    ['abbreviations', 1],
    ['firstOccurrenceOnly', null],
    ['mutedTerms', [1, 2]],
    ['kamerstukReferences', 'off'],
    ['language', 'de'],
    ['underline', 'bold'],
  ] as const)('replaces a corrupt %s by its default and keeps every other field', (field, bad) => {
    const parsed = parseSettings({ ...good, [field]: bad });
    expect(parsed[field]).toEqual(DEFAULT_SETTINGS[field]);
    for (const key of Object.keys(good) as (keyof typeof good)[]) {
      if (key !== field) expect(parsed[key]).toEqual(good[key]);
    }
  });

  it.each(Object.keys(good))('fills a missing %s with its default', (field) => {
    const { [field as keyof typeof good]: _dropped, ...rest } = good;
    expect(parseSettings(rest)[field as keyof typeof good]).toEqual(DEFAULT_SETTINGS[field as keyof typeof good]);
  });

  it('ignores fields it does not know (from a newer or older version)', () => {
    expect(parseSettings({ ...good, colour: 'red' })).toEqual(good);
  });
});

describe('isActiveOn', () => {
  it('runs on default sites and their subdomains unless switched off', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'www.tweedekamer.nl', isDefaultSite)).toBe(true);
    expect(
      isActiveOn({ ...DEFAULT_SETTINGS, disabledSites: ['tweedekamer.nl'] }, 'www.tweedekamer.nl', isDefaultSite),
    ).toBe(false);
  });
  it('runs elsewhere only where the user switched it on', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'www.example.org', isDefaultSite)).toBe(false);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabledSites: ['example.org'] }, 'www.example.org', isDefaultSite)).toBe(
      true,
    );
  });
  it('runs nowhere while paused', () => {
    expect(isActiveOn({ ...DEFAULT_SETTINGS, paused: true }, 'nos.nl', isDefaultSite)).toBe(false);
  });
  it('does not take a look-alike domain for a listed one', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'evilnos.nl', isDefaultSite)).toBe(false);
  });
});
