import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExplainApp } from '../../../components/explain/ExplainApp';
import { datasetNotes, documents, missions, terms } from '../../../data/dataset';
import type { UiLanguage } from '../../../lib/i18n/messages';
import { explainLookups, explainResultFor } from '../../../lib/search/explain-result';
import { inLanguage } from '../../support/in-language';

const lookups = explainLookups(missions, terms);
const today = new Date('2025-06-01T12:00:00Z');

function show(query: string, lang: UiLanguage = 'nl') {
  const result = explainResultFor(lookups, missions, terms, query);
  render(
    inLanguage(
      lang,
      <ExplainApp query={query} result={result} documents={documents} notes={datasetNotes} today={today} />,
    ),
  );
  return screen.getByRole('main');
}

afterEach(cleanup);

describe('explain page', () => {
  it('shows the mission card for an exact acronym', () => {
    const main = show('UNIFIL');
    expect(main.dataset.explainResult).toBe('mission:unifil');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Uitleg bij „UNIFIL”');
    expect(main.textContent).toContain(missions.find((m) => m.id === 'unifil')?.name.nl as string);
    expect(main.textContent).not.toContain('Geen exacte overeenkomst');
  });

  it('says when it shows the closest match rather than an exact one', () => {
    const main = show('UNIFL');
    expect(main.dataset.explainResult).toBe('mission:unifil');
    expect(main.textContent).toContain('Geen exacte overeenkomst');
  });

  it('shows a glossary term', () => {
    const main = show('POLAD');
    expect(main.dataset.explainResult).toBe('term:polad');
    expect(main.textContent).toContain('POLAD');
    expect(main.textContent).toContain(terms.find((t) => t.id === 'polad')?.expansion?.nl as string);
  });

  it('offers the missions of a shared stem to choose from, and shows the one chosen', () => {
    const main = show('EUBAM');
    expect(main.dataset.explainResult).toBe('stem:EUBAM');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('EUBAM kan op meerdere missies slaan:');
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.split(' ')[0]).sort()).toEqual(['EUBAM', 'EUBAM', 'EUBAM']);
    expect(main.textContent).not.toContain('Geen exacte overeenkomst');
    const moldova = missions.find((m) => m.id === 'eubam-moldova');
    const button = buttons.find((b) => b.textContent?.includes(moldova?.name.nl as string));
    fireEvent.click(button as HTMLElement);
    expect(main.dataset.explainChosen).toBe('eubam-moldova');
    expect(main.querySelector('.mw-card')?.textContent).toContain(moldova?.name.nl as string);
  });

  it('shows the one mission a stem stands for when the selection says which', () => {
    const main = show('EUBAM in Moldavië');
    expect(main.dataset.explainResult).toBe('mission:eubam-moldova');
    expect(screen.queryByText('EUBAM kan op meerdere missies slaan:')).toBeNull();
  });

  it('says clearly when nothing matches', () => {
    const main = show('qqqzzzxxx');
    expect(main.dataset.explainResult).toBe('none');
    expect(screen.getByRole('status').textContent).toBe('Geen missie of afkorting gevonden voor „qqqzzzxxx”.');
  });

  it('explains how to use it when opened without a selection', () => {
    const main = show('');
    expect(main.textContent).toContain('Uitleg bij …');
  });

  it('speaks English when the UI language is English', () => {
    show('UNIFIL', 'en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('About “UNIFIL”');
    expect(document.documentElement.lang).toBe('en');
  });
});
