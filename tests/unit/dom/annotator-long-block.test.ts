/**
 * A block too long to match within a slice (a page that is one 1 MB text node) is marked a piece
 * at a time, over many slices; its marks must be those of matching its text whole.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Annotator } from '../../../lib/dom/annotator';
import { SLICE_MEASURE } from '../../../lib/dom/bench-marks';
import { TermHighlights } from '../../../lib/dom/term-highlights';
import { compileMatcher, findKamerstukReferences, findMatches } from '../../../lib/matcher';
import { LONG_TEXT_CHARS, PIECE_CHARS, pieces } from '../../../lib/matcher/long-text';
import { marks } from '../../support/annotator-marks';
import { generateMissionText } from '../../support/generate-mission-text';
import { MISSIONS } from '../../support/matcher-fixtures';

const matcher = compileMatcher(MISSIONS);

beforeAll(() => {
  const g = globalThis as unknown as { Highlight?: unknown };
  g.Highlight ??= class extends Set<AbstractRange> {};
});

const running: Annotator[] = [];
afterEach(() => {
  for (const a of running.splice(0)) a.stop();
  performance.clearMeasures(SLICE_MEASURE);
});

function annotate(budgetMs: number, references = false): Annotator {
  const annotator = new Annotator({
    document,
    matcher,
    references,
    highlights: new TermHighlights(new Map() as unknown as HighlightRegistry),
    isOwnUi: () => false,
    sliceBudgetMs: budgetMs,
  });
  running.push(annotator);
  annotator.start();
  return annotator;
}

async function settled(annotator: Annotator): Promise<void> {
  for (let i = 0; i < 5000 && !annotator.complete; i++) await new Promise((r) => setTimeout(r, 1));
  await new Promise((r) => setTimeout(r, 5));
  for (let i = 0; i < 5000 && !annotator.complete; i++) await new Promise((r) => setTimeout(r, 1));
}

/** What matching the node's whole text gives, as marks in that node. */
function expectedMarks(node: Text) {
  return findMatches(matcher, node.data).map((m) => ({
    start: node,
    startOffset: m.start,
    end: node,
    endOffset: m.end,
    id: m.id,
    text: m.text,
  }));
}

/** A long text with a bare 'Atalanta' whose only context is EUNAVFOR Atalanta pieces away (rule c). */
function longText(): string {
  const filler = 'De commissie vergadert dinsdag over de begroting. '.repeat(PIECE_CHARS / 25);
  return `EUNAVFOR Atalanta vaart uit. ${generateMissionText(11, 40_000)} ${filler} Het schip voer mee met Atalanta. ${generateMissionText(12, 20_000)}`;
}

describe('a long block', () => {
  it('is marked over many slices, as matching it whole marks it', async () => {
    document.body.innerHTML = '<p></p>';
    const node = document.createTextNode(longText());
    document.querySelector('p')?.append(node);
    expect(node.data.length).toBeGreaterThan(LONG_TEXT_CHARS * 3);
    const annotator = annotate(0.01);
    await settled(annotator);
    const expected = expectedMarks(node);
    expect(expected.map((m) => m.text)).toContain('Atalanta');
    expect(marks(annotator)).toEqual(expected);
    // Both rounds take a slice per piece at this budget (one slice would mean no split).
    expect(performance.getEntriesByName(SLICE_MEASURE).length).toBeGreaterThan(pieces(node.data).length);
  });

  it('is marked to its end once readAll resolves', async () => {
    // The long block last: the walk is done before its marking is.
    document.body.innerHTML = '<p>UNIFIL</p><p id="long"></p>';
    const node = document.createTextNode(longText());
    document.getElementById('long')?.append(node);
    const annotator = annotate(0.01);
    await annotator.readAll();
    expect(marks(annotator)[0]?.text).toBe('UNIFIL');
    expect(marks(annotator).filter((m) => m.start === node)).toEqual(expectedMarks(node));
  });

  it('with Kamerstuk references on, gets the references of its whole text too, over many slices', async () => {
    document.body.innerHTML = '<p></p>';
    const reference = (i: number) => ` (Kamerstuk 29 521, nr. ${400 + i}); `;
    const parts = longText().split('. ');
    const text = parts.map((part, i) => (i % 40 === 0 ? part + reference(i) : part)).join('. ');
    const node = document.createTextNode(text);
    document.querySelector('p')?.append(node);
    const annotator = annotate(0.01, true);
    await settled(annotator);
    const references = findKamerstukReferences(node.data);
    expect(references.length).toBeGreaterThan(20);
    const expected = [
      ...expectedMarks(node),
      ...references.map((r) => ({
        start: node,
        startOffset: r.start,
        end: node,
        endOffset: r.end,
        id: null,
        text: r.text,
      })),
    ].sort((a, b) => a.startOffset - b.startOffset);
    expect(marks(annotator)).toEqual(expected);
  });

  it('changed while it is being marked, is marked as its new text', async () => {
    document.body.innerHTML = '<p></p>';
    const node = document.createTextNode(longText());
    document.querySelector('p')?.append(node);
    const annotator = annotate(0.01);
    await new Promise((r) => setTimeout(r, 20));
    expect(annotator.complete).toBe(false);
    // Shorter text: marks at the old offsets would lie past its end.
    node.data = `UNIFIL en KFOR. ${node.data.slice(node.data.length / 2)}`;
    await settled(annotator);
    expect(marks(annotator)).toEqual(expectedMarks(node));
  });
});
