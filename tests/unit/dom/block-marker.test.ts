/**
 * Matching and marking blocks: batches end at their limits or where the walk says, the marks of
 * a batch are those of each block matched alone, the accept filter and the references setting
 * apply, and a long block is marked by work of its own with the marks of matching it whole.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BlockMarker, MATCH_BATCH, nextBatch } from '../../../lib/dom/block-marker';
import { SliceScheduler } from '../../../lib/dom/slice-scheduler';
import { TermHighlights } from '../../../lib/dom/term-highlights';
import { type TextBlock, textBlocks } from '../../../lib/dom/text-blocks';
import { compileMatcher, findMatches, type TermMatch } from '../../../lib/matcher';
import { LONG_TEXT_CHARS } from '../../../lib/matcher/long-text';
import { MISSIONS } from '../../support/matcher-fixtures';

const matcher = compileMatcher(MISSIONS);
const notOurs = () => false;

beforeAll(() => {
  // happy-dom has no CSS Custom Highlight API; a Set of ranges is all TermHighlights uses.
  const g = globalThis as unknown as { Highlight?: unknown };
  g.Highlight ??= class extends Set<AbstractRange> {};
});

const schedulers: SliceScheduler[] = [];
afterEach(() => {
  for (const s of schedulers.splice(0)) s.stop();
  document.body.innerHTML = '';
});

function setUp(options: { accept?: (m: TermMatch) => boolean; references?: boolean } = {}) {
  const highlights = new TermHighlights(new Map() as unknown as HighlightRegistry);
  const scheduler = new SliceScheduler(6, () => highlights.flush());
  schedulers.push(scheduler);
  const marker = new BlockMarker({ document, matcher, highlights, ...options }, scheduler);
  return { marker, highlights, scheduler };
}

function blocks(): TextBlock[] {
  return [...textBlocks(document.body, notOurs)];
}

function marked(highlights: TermHighlights): string[] {
  return highlights.shown().map((t) => t.match.text);
}

describe('nextBatch', () => {
  const block = (text: string) => ({ text }) as TextBlock;

  it('ends a batch at MATCH_BATCH.blocks blocks, and tells that more follow', () => {
    const all = Array.from({ length: MATCH_BATCH.blocks + 5 }, () => block('x'));
    const it = all.values();
    expect(nextBatch(it, () => false)).toEqual({ batch: all.slice(0, MATCH_BATCH.blocks), end: null });
    expect(nextBatch(it, () => false)).toEqual({ batch: all.slice(MATCH_BATCH.blocks), end: 'done' });
  });

  it('ends a batch once it holds MATCH_BATCH.chars characters', () => {
    const half = block('x'.repeat(MATCH_BATCH.chars / 2));
    const it = [half, half, half].values();
    expect(nextBatch(it, () => false).batch).toHaveLength(2);
  });

  it('ends a batch after the block the walk stops at', () => {
    const all = ['a', 'b', 'c'].map(block);
    expect(nextBatch(all.values(), (b) => b.text === 'b')).toEqual({ batch: all.slice(0, 2), end: 'stopped' });
  });
});

describe('BlockMarker', () => {
  it('marks in a batch what each block matched alone gives, where it stands in the page', () => {
    document.body.innerHTML =
      '<p>De missie <b>UNIFIL</b> in Libanon.</p><p>Niets.</p><p>EUNAVFOR <i>Atalanta</i> en KFOR in Kosovo.</p>';
    const { marker, highlights } = setUp();
    expect(marker.markBatch(blocks())).toBe(false);
    highlights.flush();
    const expected = blocks().flatMap((b) => findMatches(matcher, b.text).map((m) => m.text));
    expect(expected.length).toBeGreaterThan(2);
    expect(marked(highlights)).toEqual(expected);
    const split = highlights.shown().find((t) => t.match.text === 'EUNAVFOR Atalanta');
    expect(split?.range.toString()).toBe('EUNAVFOR Atalanta');
    expect(split?.startNode).not.toBe(split?.endNode);
  });

  it('marks a block again without its earlier marks', () => {
    document.body.innerHTML = '<p>UNIFIL</p>';
    const { marker, highlights } = setUp();
    marker.markOne(blocks()[0] as TextBlock);
    ((document.querySelector('p') as HTMLElement).firstChild as Text).data = 'KFOR in Kosovo';
    marker.markBatch(blocks());
    highlights.flush();
    expect(marked(highlights)).toEqual(['KFOR']);
  });

  it('marks only the matches accepted, and Kamerstuk references only when asked', () => {
    document.body.innerHTML = '<p>UNIFIL en KFOR in Kosovo, zie Kamerstuk 29521, nr. 493.</p>';
    const plain = setUp({ accept: (m) => m.id !== 'kfor' });
    plain.marker.markBatch(blocks());
    plain.highlights.flush();
    expect(marked(plain.highlights)).toEqual(['UNIFIL']);
    const withReferences = setUp({ references: true });
    withReferences.marker.markBatch(blocks());
    withReferences.highlights.flush();
    expect(marked(withReferences.highlights)).toEqual(['UNIFIL', 'KFOR', 'Kamerstuk 29521, nr. 493']);
  });

  it('marks a long block by work of its own, with the marks of matching it whole', async () => {
    const filler = 'tekst zonder namen. '.repeat(Math.ceil(LONG_TEXT_CHARS / 20));
    document.body.innerHTML = `<p>UNIFIL</p><p>${filler}EUNAVFOR Atalanta ${filler}UNIFIL</p>`;
    const { marker, highlights, scheduler } = setUp();
    const all = blocks();
    expect((all[1] as TextBlock).text.length).toBeGreaterThan(LONG_TEXT_CHARS);
    // Split off: the caller hands the slice over to it.
    expect(marker.markBatch(all)).toBe(true);
    for (let i = 0; i < 1000 && !scheduler.idle; i++) await new Promise((r) => setTimeout(r, 1));
    expect(marked(highlights)).toEqual([
      'UNIFIL',
      ...findMatches(matcher, (all[1] as TextBlock).text).map((m) => m.text),
    ]);
    expect(marker.markOne(all[1] as TextBlock)).toBe(true);
  });

  it('stops marking a long block whose text changed meanwhile', async () => {
    const filler = 'tekst zonder namen. '.repeat(Math.ceil(LONG_TEXT_CHARS / 20));
    document.body.innerHTML = `<p>${filler}UNIFIL</p>`;
    const { marker, highlights, scheduler } = setUp();
    // Queued from a slice, as the passes do, and the text changes before it runs.
    scheduler.add(() => {
      marker.markOne(blocks()[0] as TextBlock);
      marker.textChanged(document.querySelector('p')?.firstChild as Node);
      return false;
    });
    for (let i = 0; i < 1000 && !scheduler.idle; i++) await new Promise((r) => setTimeout(r, 1));
    expect(marked(highlights)).toEqual([]);
  });
});
