/**
 * DOM: where the keyboard is among the page's marked terms. Stepping starts at the first term at
 * or below the viewport's top and wraps at both ends; the page is read to its end first, as the
 * next term may lie beyond what is read so far and the previous one at the end of the page.
 */
import type { MarkedTerm } from '../dom/term-highlights';
import { firstIndexFrom, stepIndex } from './term-navigation';

/** The page's marked terms, in page order, and how to have them all. */
export type PageTermsSource = { readAll(): Promise<void>; terms(): MarkedTerm[] };

/** A term the keyboard stands on, and where: `index` counts from 1. */
export type TermStop = { term: MarkedTerm; position: { index: number; total: number } };

export class TermStepper {
  /** Index of the term the keyboard stands on, or null before the first step. */
  private current: number | null = null;

  constructor(private readonly source: PageTermsSource) {}

  /** The next or previous term, which the keyboard now stands on; null on a page without terms. */
  async step(direction: 1 | -1): Promise<TermStop | null> {
    await this.source.readAll();
    const terms = this.source.terms();
    if (terms.length === 0) return null;
    let index = this.current !== null && this.current < terms.length ? this.current : null;
    if (index === null) {
      const start = firstIndexFrom(
        terms.map((t) => t.range.getBoundingClientRect().top),
        0,
      );
      index = direction === 1 ? start : stepIndex(start, terms.length, -1);
    } else {
      index = stepIndex(index, terms.length, direction);
    }
    if (index === null) return null;
    return this.standOn(terms, index);
  }

  /** The first occurrence of mission `id`, or null if the page does not name it; the keyboard stays where it is. */
  async firstOf(id: string): Promise<TermStop | null> {
    await this.source.readAll();
    const terms = this.source.terms();
    const index = terms.findIndex((t) => t.match.kind !== 'reference' && t.match.id === id);
    return index === -1 ? null : stopAt(terms, index);
  }

  /** Puts the keyboard on `stop`: the next step goes on from there. */
  moveTo(stop: TermStop): void {
    this.current = stop.position.index - 1;
  }

  private standOn(terms: MarkedTerm[], index: number): TermStop {
    this.current = index;
    return stopAt(terms, index);
  }
}

function stopAt(terms: MarkedTerm[], index: number): TermStop {
  return { term: terms[index] as MarkedTerm, position: { index: index + 1, total: terms.length } };
}
