/**
 * The card of a Kamerstuk reference: as written, its normalised number, the title only where the
 * dataset knows the Kamerstuk by that number (data/sources.json), and its page on
 * officielebekendmakingen.nl; Dutch or English as the setting says.
 */
import { cleanup, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReferenceCard } from '../../../components/in-page/ReferenceCard';
import { documents } from '../../../data/dataset';
import { referenceCard } from '../../../lib/in-page/reference-card';
import { findKamerstukReferences } from '../../../lib/matcher';
import { inLanguage } from '../../support/in-language';

afterEach(cleanup);

const first = (text: string) => {
  const [reference] = findKamerstukReferences(text);
  if (!reference) throw new Error(`no reference in ${text}`);
  return referenceCard(reference, documents);
};

// The one seed whose number a seed states: 000, as Kamerstuk 29521, nr. 493 (per 002).
const letter = documents.find((d) => d.doc === '000_da575aca147779fa.txt');

describe('referenceCard', () => {
  it('names a Kamerstuk of the dataset by its title, and links to its page', () => {
    const card = first('(Kamerstuk 29 521,\n nr. 493)');
    expect(card).toEqual({
      written: 'Kamerstuk 29 521, nr. 493',
      dossier: '29521',
      number: '493',
      year: null,
      url: 'https://zoek.officielebekendmakingen.nl/kst-29521-493.html',
      title: letter?.title,
    });
  });

  it('gives no title for another Kamerstuk, and keeps a sub-dossier in the link', () => {
    const card = first('(Kamerstuk 21501-02, nr. 2615, d.d. 24');
    expect(card.title).toBeNull();
    expect(card.url).toBe('https://zoek.officielebekendmakingen.nl/kst-21501-02-2615.html');
    expect(first('Kamerstuk 29521, nr. 492').title).toBeNull();
  });
});

describe('ReferenceCard', () => {
  it('shows the reference as written, its number, the title and the link, in Dutch', () => {
    const { container } = render(
      inLanguage('nl', <ReferenceCard reference={first('Kamerstukken II 2024/25, 29 521, nr. 493')} />),
    );
    const card = within(container as HTMLElement);
    expect(card.getByRole('heading').textContent).toBe('Kamerstuk 29521, nr. 493');
    expect(card.getByText('Kamerstukken II 2024/25, 29 521, nr. 493')).toBeTruthy();
    expect(card.getByText('2024/25')).toBeTruthy();
    expect(card.getByText('Vergaderjaar')).toBeTruthy();
    expect(card.getByText(letter?.title.nl as string, { exact: false })).toBeTruthy();
    const link = card.getByRole('link', { name: 'Openen op officielebekendmakingen.nl' });
    expect(link.getAttribute('href')).toBe('https://zoek.officielebekendmakingen.nl/kst-29521-493.html');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('speaks English when asked, with the English title, and says nothing of a year or title it does not have', () => {
    const { container } = render(inLanguage('en', <ReferenceCard reference={first('Kamerstuk 29521, nr. 493')} />));
    const card = within(container as HTMLElement);
    expect(card.getByText('Reference to a Kamerstuk')).toBeTruthy();
    expect(card.getByText(letter?.title.en as string, { exact: false })).toBeTruthy();
    expect(card.getByRole('link').textContent).toBe('Open on officielebekendmakingen.nl');
    expect(card.queryByText('Parliamentary year')).toBeNull();
    cleanup();
    const other = within(
      render(inLanguage('en', <ReferenceCard reference={first('Kamerstuk 27 925, nr. 611')} />))
        .container as HTMLElement,
    );
    expect(other.queryByText('One of the sources of Missiewijzer', { exact: false })).toBeNull();
    expect(other.getByRole('heading').textContent).toBe('Kamerstuk 27925, nr. 611');
  });
});
