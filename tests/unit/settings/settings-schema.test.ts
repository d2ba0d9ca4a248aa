import { describe, expect, it } from 'vitest';
import { readSettingsFields } from '../../../lib/settings/settings-fields';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, type Settings } from '../../../lib/settings/settings-schema';
import { isDefaultSite } from '../../../lib/sites/default-sites';

// The same behaviour from the Zod schema (options, popup, background) and from the reading
// without Zod (the content script).
describe.each([
  ['parseSettings (Zod)', parseSettings],
  ['readSettingsFields (content script)', readSettingsFields],
] as [string, (raw: unknown) => Settings][])('%s', (_name, parse) => {
  it('gives the defaults for nothing stored, or for something that is not an object', () => {
    expect(parse(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parse('corrupt')).toEqual(DEFAULT_SETTINGS);
    expect(parse([1, 2])).toEqual(DEFAULT_SETTINGS);
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
      pdfsInReader: false,
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
    pdfsInReader: true,
  } as const;

  it('keeps valid settings as they are', () => {
    expect(parse(good)).toEqual(good);
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
    ['pdfsInReader', 'on'],
  ] as const)('replaces a corrupt %s by its default and keeps every other field', (field, bad) => {
    const parsed = parse({ ...good, [field]: bad });
    expect(parsed[field]).toEqual(DEFAULT_SETTINGS[field]);
    for (const key of Object.keys(good) as (keyof typeof good)[]) {
      if (key !== field) expect(parsed[key]).toEqual(good[key]);
    }
  });

  it.each(Object.keys(good))('fills a missing %s with its default', (field) => {
    const { [field as keyof typeof good]: _dropped, ...rest } = good;
    expect(parse(rest)[field as keyof typeof good]).toEqual(DEFAULT_SETTINGS[field as keyof typeof good]);
  });

  it('ignores fields it does not know (from a newer or older version)', () => {
    expect(parse({ ...good, colour: 'red' })).toEqual(good);
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

describe('readSettingsFields', () => {
  // Odd values for every field: each reading must give what the Zod schema gives.
  const VALUES: unknown[] = [
    undefined,
    null,
    true,
    false,
    0,
    1,
    '',
    'auto',
    'nl',
    'en',
    'de',
    'subtle',
    'clear',
    'nos.nl',
    'NOS.NL',
    [],
    ['nos.nl'],
    ['nos.nl', 'www.example.org'],
    ['nos.nl', 'not a host'],
    ['NOS.NL'],
    ['kfor', 'unifil'],
    [1],
    [null],
    {},
    { 0: 'nos.nl' },
  ];
  const FIELDS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

  it('gives what the Zod schema gives, for every odd value in every field', () => {
    for (const field of FIELDS)
      for (const value of VALUES) {
        const raw = { ...DEFAULT_SETTINGS, kamerstukReferences: false, [field]: value };
        expect(readSettingsFields(raw), `${field}: ${JSON.stringify(value)}`).toEqual(parseSettings(raw));
      }
  });

  it('gives every caller its own lists', () => {
    const stored = { mutedTerms: ['kfor'] };
    const first = readSettingsFields(stored);
    first.mutedTerms.push('unifil');
    first.disabledSites.push('nos.nl');
    expect(stored.mutedTerms).toEqual(['kfor']);
    expect(readSettingsFields(stored).mutedTerms).toEqual(['kfor']);
    expect(readSettingsFields({}).disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});
