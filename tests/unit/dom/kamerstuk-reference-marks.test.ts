/**
 * Kamerstuk references are marked beside the missions, through the annotator's own path: with the
 * setting on only, never muted or thinned out by first-occurrence-only, and found under the
 * pointer in every text node they cover (a link in the middle of one makes three).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Annotator } from '../../../lib/dom/annotator';
import { termAtPoint } from '../../../lib/dom/term-at-point';
import { type MarkedTerm, TermHighlights } from '../../../lib/dom/term-highlights';
import { compileMatcher } from '../../../lib/matcher';
import { MISSIONS } from '../../support/matcher-fixtures';

const matcher = compileMatcher(MISSIONS);

beforeAll(() => {
  const g = globalThis as unknown as { Highlight?: unknown };
  g.Highlight ??= class extends Set<AbstractRange> {};
});

const running: Annotator[] = [];
afterEach(() => {
  for (const a of running.splice(0)) a.stop();
  document.body.innerHTML = '';
});

async function annotate(html: string, options: { references: boolean; mutedAll?: boolean; firstOnly?: boolean }) {
  document.body.innerHTML = html;
  const registry = new Map<string, Set<AbstractRange>>();
  const highlights = new TermHighlights(registry as unknown as HighlightRegistry, 'subtle', { observe: null });
  highlights.setFirstOnly(options.firstOnly ?? false);
  const annotator = new Annotator({
    document,
    matcher,
    highlights,
    isOwnUi: () => false,
    references: options.references,
    accept: options.mutedAll ? () => false : undefined,
    readAheadScreens: Number.POSITIVE_INFINITY,
  });
  running.push(annotator);
  annotator.start();
  await annotator.readAll();
  highlights.flush();
  return { annotator, highlights, registry };
}

const written = (terms: MarkedTerm[]) => terms.map((t) => [t.match.kind, t.range.toString()]);

const PAGE =
  '<p>Over UNIFIL (Kamerstuk 29521, nr. 493) en opnieuw UNIFIL (Kamerstuk 29 521 nr. 494, d.d. 25 april).</p>' +
  '<p>Het kabinet stelt 29 521 euro beschikbaar.</p>';

describe('Kamerstuk references in the annotator', () => {
  it('marks each reference, as written, between the missions', async () => {
    const { annotator } = await annotate(PAGE, { references: true });
    expect(written(annotator.terms())).toEqual([
      ['mission', 'UNIFIL'],
      ['reference', 'Kamerstuk 29521, nr. 493'],
      ['mission', 'UNIFIL'],
      ['reference', 'Kamerstuk 29 521 nr. 494'],
    ]);
    const reference = annotator.terms()[3]?.match;
    expect(reference?.kind === 'reference' && [reference.dossier, reference.number]).toEqual(['29521', '494']);
  });

  it('marks none with the setting off', async () => {
    const { annotator } = await annotate(PAGE, { references: false });
    expect(written(annotator.terms())).toEqual([
      ['mission', 'UNIFIL'],
      ['mission', 'UNIFIL'],
    ]);
  });

  it('keeps every reference when missions are muted or shown only the first time', async () => {
    const muted = await annotate(PAGE, { references: true, mutedAll: true });
    expect(written(muted.annotator.terms()).map(([kind]) => kind)).toEqual(['reference', 'reference']);
    const firstOnly = await annotate(PAGE, { references: true, firstOnly: true });
    expect(written(firstOnly.annotator.terms())).toEqual([
      ['mission', 'UNIFIL'],
      ['reference', 'Kamerstuk 29521, nr. 493'],
      ['reference', 'Kamerstuk 29 521 nr. 494'],
    ]);
  });

  it('registers the references under their own highlight, in either underline style', async () => {
    const { highlights, registry } = await annotate(PAGE, { references: true });
    const sizes = () => Object.fromEntries([...registry].map(([name, h]) => [name, h.size]));
    expect(sizes()).toEqual({ 'missiewijzer-mission-subtle': 2, 'missiewijzer-reference-subtle': 2 });
    highlights.setStyle('clear');
    expect(sizes()).toEqual({ 'missiewijzer-mission-clear': 2, 'missiewijzer-reference-clear': 2 });
  });

  it('indexes a reference over three text nodes under each of them, so the middle one is found too', async () => {
    const { annotator, highlights } = await annotate('<p>Zie (Kamerstuk <a href="#x">29521</a>, nr. 493).</p>', {
      references: true,
    });
    const [term] = annotator.terms();
    expect(term?.range.toString()).toBe('Kamerstuk 29521, nr. 493');
    const p = document.querySelector('p') as HTMLParagraphElement;
    const [first, middle, last] = [p.firstChild, p.querySelector('a')?.firstChild, p.lastChild] as Text[];
    for (const node of [first, middle, last] as Text[]) expect(highlights.at(node)).toEqual([term]);
    // Its nodes all go with it when one of them leaves the page.
    highlights.removeNode(middle as Text);
    for (const node of [first, last] as Text[]) expect(highlights.has(node)).toBe(false);
  });
});

describe('termAtPoint over a mark of three text nodes', () => {
  it('finds the mark from a caret in its middle node', () => {
    document.body.innerHTML = '<p>(Kamerstuk <a href="#x">29521</a>, nr. 493)</p>';
    const p = document.querySelector('p') as HTMLParagraphElement;
    const [first, middle, last] = [p.firstChild, p.querySelector('a')?.firstChild, p.lastChild] as Text[];
    const rect = { left: 100, right: 300, top: 10, bottom: 30 };
    const range = { getClientRects: () => [rect] } as unknown as Range;
    const highlights = new TermHighlights(new Map() as unknown as HighlightRegistry, 'subtle', { observe: null });
    const term: MarkedTerm = {
      range,
      match: {
        kind: 'reference',
        start: 1,
        end: 25,
        text: 'Kamerstuk 29521, nr. 493',
        dossier: '29521',
        number: '493',
        year: null,
      },
      startNode: first as Text,
      endNode: last as Text,
      nodes: [first, middle, last] as Text[],
    };
    highlights.add(term);
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({
      offsetNode: middle,
      offset: 2,
    });
    expect(termAtPoint(document, highlights, 200, 20)).toBe(term);
  });
});
