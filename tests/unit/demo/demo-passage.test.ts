import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../../../build/provenance/normalize-text';
import { cleanConversionNoise, DEMO_SEED_LINES, extractPassage } from '../../../lib/demo/demo-passage';

const seed = readFileSync('seeds/001_538d6e1628be61ba.txt', 'utf8');

describe('demo passage', () => {
  it('removes Word bookmarks and footnote markers only', () => {
    expect(cleanConversionNoise('2.3.1. [bookmark: _Toc1][bookmark: _Toc2]UNIFIL (Libanon)')).toBe(
      '2.3.1. UNIFIL (Libanon)',
    );
    expect(cleanConversionNoise('support[footnoteRef:5] geleverd')).toBe('support geleverd');
  });

  it('keeps every other character of the Kamerstuk: each block is verbatim seed text', () => {
    const blocks = extractPassage(seed, DEMO_SEED_LINES.from, DEMO_SEED_LINES.to);
    const cleaned = normalizeWhitespace(seed.split('\n').map(cleanConversionNoise).join('\n'));
    expect(blocks.length).toBeGreaterThan(10);
    for (const block of blocks) expect(cleaned).toContain(normalizeWhitespace(block.text));
  });

  it('shows the UNIFIL, UNTSO and Aspides sections', () => {
    const text = extractPassage(seed, DEMO_SEED_LINES.from, DEMO_SEED_LINES.to)
      .map((b) => b.text)
      .join('\n');
    for (const name of ['UNIFIL (Libanon)', 'UNTSO (Israël, Libanon, de Golan en Egypte)', 'EUNAVFOR ASPIDES'])
      expect(text).toContain(name);
  });
});
