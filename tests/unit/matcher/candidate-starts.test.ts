import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches, findMatchesInTexts, TOPIC_WORDS } from '../../../lib/matcher';
import { buildStartFinder, keyPattern, SURE_WORD } from '../../../lib/matcher/candidate-starts';
import { foldCodeUnit, isSpace, isWordCodePoint, SPACE } from '../../../lib/matcher/char-classes';
import { scanText } from '../../../lib/matcher/scan-text';
import { MISSIONS, mission, TERMS } from '../../support/matcher-fixtures';
import { referenceFindMatches } from '../../support/reference-matcher';

const matcher = compileMatcher(MISSIONS, TERMS);

/** What the trie walk reads a code unit as. */
const walkKey = (c: number) => (isSpace(c) ? SPACE : foldCodeUnit(c));

describe('the key patterns of the pre-filter', () => {
  it('match every code unit the walk reads as that key, for every ASCII key', () => {
    const patterns = new Map<number, RegExp>();
    for (let key = 0; key < 128; key++) {
      const pattern = keyPattern(key);
      if (pattern !== null) patterns.set(key, new RegExp(`^(?:${pattern})$`, 'i'));
    }
    const missed: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const pattern = patterns.get(walkKey(c));
      if (pattern && !pattern.test(String.fromCharCode(c))) missed.push(c.toString(16));
    }
    expect(missed).toEqual([]);
    // The one code unit outside ASCII that lowercases into it, read as k.
    expect(patterns.get(0x6b)?.test('\u212A')).toBe(true);
  });

  it('leave keys outside ASCII to the walk', () => {
    expect(keyPattern('ë'.charCodeAt(0))).toBeNull();
  });

  it('rule a place out only after a character the scan counts as part of a word', () => {
    const sure = new RegExp(`^[${SURE_WORD}]$`, 'i');
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (sure.test(String.fromCharCode(c)) && !isWordCodePoint(c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('buildStartFinder', () => {
  it('finds the first unit of every name at a word start, and nothing inside a word', () => {
    const finder = buildStartFinder(matcher.trie) as RegExp;
    const starts = (text: string) => [...text.matchAll(finder)].map((m) => m.index);
    // Topic words too ('piraterij' after a hyphen, 'Somali' as the start of 'Somalië').
    expect(starts('De UNIFIL-piraterij en EU Somalië')).toEqual([3, 10, 26]);
    expect(starts('xUNIFIL éUNIFIL 3UNIFIL')).toEqual([]);
  });

  it('for names only skips the places where only a topic word starts', () => {
    const finder = matcher.nameFinder as RegExp;
    expect([...'De piraterij en UNIFIL'.matchAll(finder)].map((m) => m.index)).toEqual([16]);
    expect([...'De piraterij en UNIFIL'.matchAll(matcher.startFinder as RegExp)].map((m) => m.index)).toEqual([3, 16]);
  });

  it('for topic words skips the places where only a name starts', () => {
    const finder = matcher.contextFinder as RegExp;
    expect([...'De piraterij en KFOR'.matchAll(finder)].map((m) => m.index)).toEqual([3]);
  });

  it('is switched off when a name starts outside ASCII, and the scan still finds it', () => {
    const withAccent = compileMatcher([...MISSIONS, mission('ecowas-fr', 'ÉCOMOG', 'exact')]);
    expect(withAccent.startFinder).toBeNull();
    expect(findMatches(withAccent, 'Het ÉCOMOG en UNIFIL').map((m) => m.text)).toEqual(['ÉCOMOG', 'UNIFIL']);
  });
});

/** Pieces of text that reach every rule of the pre-filter: names in any case and typography, and what sits between them. */
const names = [
  ...MISSIONS.flatMap((m) => [m.acronym, ...m.aliases.map((a) => a.text)]),
  ...TERMS.map((t) => t.acronym),
  ...Object.values(TOPIC_WORDS).flat(),
];
const spelled = fc.tuple(fc.constantFrom(...names), fc.integer({ min: 0, max: 5 }), fc.nat()).map(([name, how, at]) => {
  const i = at % name.length;
  switch (how) {
    case 0:
      return name.toLowerCase();
    case 1:
      return name.toUpperCase();
    case 2:
      // A soft hyphen or zero-width character inside the name.
      return `${name.slice(0, i)}${'\u00AD\u200B\u2060\uFEFF'[at % 4]}${name.slice(i)}`;
    case 3:
      return name.replace(/ /gu, ['\u00A0', '\n', '  ', '\u202F', '\t'][at % 5] as string);
    case 4:
      return name.replace(/k/giu, '\u212A').replace(/'/gu, '\u2019').replace(/-/gu, '\u2011');
    default:
      return name;
  }
});
const wellFormed = [' ', '', '-', '_', '×', 'é', 'x', '3', '’s', 's ', '. ', '\u{1D400}', '😀', 'ß', 'Ÿ', '\u00AD'];
const textOf = (between: fc.Arbitrary<string>) =>
  fc.array(fc.oneof(spelled, between), { maxLength: 24 }).map((parts) => parts.join(''));
const text = textOf(fc.constantFrom(...wellFormed));
/** Also lone surrogates (malformed UTF-16), on which the reference reads words differently from the scan. */
const anyText = textOf(fc.constantFrom(...wellFormed, '\uDC00', '\uD800'));

describe('the scan with the pre-filter', () => {
  it('finds exactly what the full scan finds', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(scanText(matcher.trie, t, matcher, matcher.startFinder)).toEqual(scanText(matcher.trie, t, matcher));
      }),
      { numRuns: 3000 },
    );
  });

  it('for names only finds every name the full scan finds', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const names = scanText(matcher.trie, t, matcher, matcher.nameFinder).candidates;
        expect(names).toEqual(scanText(matcher.trie, t, matcher).candidates);
      }),
      { numRuns: 3000 },
    );
  });

  it('for topic words finds every topic word the full scan finds', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const words = scanText(matcher.trie, t, matcher, matcher.contextFinder).contextHits;
        expect(words).toEqual(scanText(matcher.trie, t, matcher).contextHits);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds in a batch of texts what it finds in each text alone', () => {
    // Texts that hold the batch's own separator, or a skipped zone's, are among them.
    const batchText = textOf(fc.constantFrom(...wellFormed, '\uFFFC', '\n', '\uDC00'));
    fc.assert(
      fc.property(fc.array(batchText, { maxLength: 8 }), (texts) => {
        expect(findMatchesInTexts(matcher, texts)).toEqual(texts.map((t) => findMatches(matcher, t)));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the reference matcher', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findMatches(matcher, t)).toEqual(referenceFindMatches(MISSIONS, TERMS, t));
      }),
      { numRuns: 1000 },
    );
  });
});
