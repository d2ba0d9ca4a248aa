/**
 * Stepping through the page's terms from the keyboard: the first step starts where the reader is
 * (the first term at or below the viewport's top), steps wrap at both ends, the page is read to
 * its end before the terms are counted, and finding a mission's first occurrence leaves the
 * keyboard where it is until it moves there.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { MarkedTerm, PageMatch } from '../../../lib/dom/term-highlights';
import { type PageTermsSource, TermStepper } from '../../../lib/in-page/term-stepper';

/** A term at `top` px from the viewport's top. */
function term(id: string, top: number, kind: PageMatch['kind'] = 'mission'): MarkedTerm {
  const node = document.createTextNode(id);
  const match = (
    kind === 'reference'
      ? { start: 0, end: 1, text: id, kind, dossier: '1', number: '1', year: null }
      : { start: 0, end: id.length, text: id, kind, id, candidates: [id] }
  ) as PageMatch;
  const range = { getBoundingClientRect: () => new DOMRect(0, top, 50, 20) } as unknown as Range;
  return { range, match, startNode: node, endNode: node };
}

/** A page whose terms are `read` until readAll() is called, then `all`. */
function page(all: MarkedTerm[], read: MarkedTerm[] = all) {
  let terms = read;
  const source: PageTermsSource & { readAlls: number; set(t: MarkedTerm[]): void } = {
    readAlls: 0,
    async readAll() {
      source.readAlls++;
      terms = all;
    },
    terms: () => terms,
    set(t) {
      all = t;
      terms = t;
    },
  };
  return source;
}

const ids = (stop: { term: MarkedTerm } | null) => (stop?.term.match.kind === 'reference' ? null : stop?.term.match.id);

let terms: MarkedTerm[];
beforeEach(() => {
  // Two terms above the viewport (scrolled past), three on and below it.
  terms = [term('a', -400), term('b', -20), term('c', 0), term('d', 300), term('e', 2000)];
});

describe('TermStepper', () => {
  it('starts "next" at the first term at or below the top of the viewport', async () => {
    const stepper = new TermStepper(page(terms));
    const stop = await stepper.step(1);
    expect(ids(stop)).toBe('c');
    expect(stop?.position).toEqual({ index: 3, total: 5 });
  });

  it('starts "previous" at the term just above the viewport', async () => {
    const stop = await new TermStepper(page(terms)).step(-1);
    expect(ids(stop)).toBe('b');
    expect(stop?.position).toEqual({ index: 2, total: 5 });
  });

  it('goes on from where it stands, wrapping at both ends', async () => {
    const stepper = new TermStepper(page(terms));
    const seen: unknown[] = [];
    for (let i = 0; i < 4; i++) seen.push(ids(await stepper.step(1)));
    expect(seen).toEqual(['c', 'd', 'e', 'a']);
    expect(ids(await stepper.step(-1))).toBe('e');
    expect(ids(await stepper.step(-1))).toBe('d');
  });

  it('reads the page to its end first: the last term may not be read yet', async () => {
    const source = page(terms, terms.slice(0, 3));
    const stop = await new TermStepper(source).step(-1);
    expect(source.readAlls).toBe(1);
    expect(stop?.position.total).toBe(5);
  });

  it('starts again from the viewport when the page has fewer terms than where it stood', async () => {
    const source = page(terms);
    const stepper = new TermStepper(source);
    await stepper.step(1);
    await stepper.step(1);
    await stepper.step(1); // on 'e', the fifth
    source.set([term('x', -10), term('y', 50)]);
    expect(ids(await stepper.step(1))).toBe('y');
  });

  it('stands on nothing on a page without terms', async () => {
    expect(await new TermStepper(page([])).step(1)).toBeNull();
  });

  it("finds a mission's first occurrence without moving, and moves there when asked", async () => {
    const withRepeats = [term('d', -50, 'reference'), term('c', -30), term('d', 100), term('c', 200), term('d', 400)];
    const stepper = new TermStepper(page(withRepeats));
    const found = await stepper.firstOf('d');
    expect(found?.term).toBe(withRepeats[2]);
    expect(found?.position).toEqual({ index: 3, total: 5 });
    // Not moved: the first step still starts at the viewport (the term at 100).
    expect((await stepper.step(1))?.term).toBe(withRepeats[2]);
    const c = await stepper.firstOf('c');
    if (!c) throw new Error('c is on the page');
    stepper.moveTo(c);
    expect((await stepper.step(1))?.term).toBe(withRepeats[2]);
    expect((await stepper.step(1))?.term).toBe(withRepeats[3]);
  });

  it('finds nothing for a mission the page does not name', async () => {
    expect(await new TermStepper(page(terms)).firstOf('zz')).toBeNull();
  });
});
