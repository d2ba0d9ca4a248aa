import { cleanup, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TermCard } from '../../../components/in-page/TermCard';
import { documents, terms } from '../../../data/dataset';
import { inLanguage } from '../../support/in-language';

afterEach(cleanup);

describe('TermCard', () => {
  it('calls a concept a concept and an abbreviation an abbreviation', () => {
    const concept = terms.find((t) => t.kind === 'concept');
    const abbreviation = terms.find((t) => t.kind === 'abbreviation');
    if (!concept || !abbreviation) throw new Error('the glossary has both kinds');
    const a = render(inLanguage('nl', <TermCard term={concept} documents={documents} />));
    expect(within(a.container as HTMLElement).getByText('Begrip')).toBeTruthy();
    expect(within(a.container as HTMLElement).queryByText('Afkorting')).toBeNull();
    cleanup();
    const b = render(inLanguage('en', <TermCard term={abbreviation} documents={documents} />));
    expect(within(b.container as HTMLElement).getByText('Abbreviation')).toBeTruthy();
  });
});

describe('TermCard without an expansion', () => {
  it('says the Kamerstukken do not spell the abbreviation out, in the card’s language', () => {
    const abbreviation = terms.find((t) => t.kind === 'abbreviation');
    if (!abbreviation) throw new Error('the glossary has abbreviations');
    const term = { ...abbreviation, expansion: null };
    const nl = render(inLanguage('nl', <TermCard term={term} documents={documents} />));
    expect(nl.container.querySelector('.mw-subtitle')?.textContent).toBe('niet uitgeschreven in de Kamerstukken');
    cleanup();
    const en = render(inLanguage('en', <TermCard term={term} documents={documents} />));
    expect(en.container.querySelector('.mw-subtitle')?.textContent).toBe('not spelled out in the Kamerstukken');
  });
});
