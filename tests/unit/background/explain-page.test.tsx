import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExplainApp } from '../../../components/explain/ExplainApp';
import { explainResultFor } from '../../../components/explain/explain-result';
import { datasetNotes, documents, glossary, missions } from '../../../data/dataset';
import type { UiLanguage } from '../../../lib/i18n/messages';
import { createSearchIndex } from '../../../lib/search';

const index = createSearchIndex(missions, glossary);
const today = new Date('2025-06-01T12:00:00Z');

function show(query: string, lang: UiLanguage = 'nl') {
  const result = explainResultFor(index, missions, glossary, query);
  render(
    <ExplainApp query={query} result={result} lang={lang} documents={documents} notes={datasetNotes} today={today} />,
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
    expect(main.textContent).toContain(glossary.find((t) => t.id === 'polad')?.expansion.nl as string);
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
