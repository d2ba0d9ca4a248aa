/**
 * What a screen reader hears of a card: the dialog's name says which card it is, and the live
 * region leads with the facts (and, from the keyboard, where among the page's terms it stands),
 * in the language of the interface.
 */
import { describe, expect, it } from 'vitest';
import { documents, missions, terms } from '../../../data/dataset';
import type { Mission, Term } from '../../../data/schema';
import { cardAnnouncement, cardLabel } from '../../../lib/in-page/card-announcement';
import type { LayerView } from '../../../lib/in-page/layer-types';
import { referenceCard } from '../../../lib/in-page/reference-card';
import { findKamerstukReferences } from '../../../lib/matcher';

const unifil = missions.find((m) => m.id === 'unifil') as Mission;
const atmis = terms.find((t) => t.id === 'atmis') as Term;
const reference = (text: string) => {
  const [found] = findKamerstukReferences(text);
  if (!found) throw new Error(`no reference in ${text}`);
  return referenceCard(found, documents);
};

const mission: LayerView = { kind: 'mission', mission: unifil };

describe('cardLabel', () => {
  it('names the card after its term, in either language', () => {
    expect(cardLabel(mission, 'nl')).toBe('Uitleg bij UNIFIL');
    expect(cardLabel(mission, 'en')).toBe('About UNIFIL');
    expect(cardLabel({ kind: 'term', term: atmis }, 'nl')).toBe('Uitleg bij ATMIS');
    expect(cardLabel({ kind: 'stem', stem: 'EUFOR', missions: [] }, 'en')).toBe('About EUFOR');
  });

  it('names the list and a Kamerstuk reference for what they are', () => {
    expect(cardLabel({ kind: 'list', entries: [] }, 'nl')).toBe('Missies op deze pagina');
    expect(cardLabel({ kind: 'reference', reference: reference('Kamerstuk 29 521, nr. 493') }, 'nl')).toBe(
      'Verwijzing naar Kamerstuk 29521, nr. 493',
    );
  });
});

describe('cardAnnouncement', () => {
  it("says a mission's acronym, name and summary", () => {
    expect(cardAnnouncement(mission, 'nl')).toBe(`UNIFIL: ${unifil.name.nl}. ${unifil.summary.nl}`);
    expect(cardAnnouncement(mission, 'en')).toBe(`UNIFIL: ${unifil.name.en}. ${unifil.summary.en}`);
  });

  it('says a glossary term with its expansion and explanation', () => {
    expect(cardAnnouncement({ kind: 'term', term: atmis }, 'en')).toBe(
      `ATMIS: ${atmis.expansion?.en}. ${atmis.explanation.en}`,
    );
  });

  it('says a glossary term the Kamerstukken do not spell out as such', () => {
    const bare: Term = { ...atmis, expansion: null };
    expect(cardAnnouncement({ kind: 'term', term: bare }, 'nl')).toBe(
      `ATMIS: niet uitgeschreven in de Kamerstukken. ${atmis.explanation.nl}`,
    );
  });

  it('says that a stem may stand for several missions', () => {
    expect(cardAnnouncement({ kind: 'stem', stem: 'EUFOR', missions: [] }, 'nl')).toBe(
      'EUFOR kan op meerdere missies slaan:',
    );
  });

  it("says a reference's number, and its title where the dataset knows the Kamerstuk", () => {
    const known = reference('Kamerstuk 29 521, nr. 493');
    expect(known.title).not.toBeNull();
    expect(cardAnnouncement({ kind: 'reference', reference: known }, 'nl')).toBe(
      `Kamerstuk 29521, nr. 493: ${known.title?.nl}`,
    );
    const unknown = reference('Kamerstuk 12 345, nr. 6');
    expect(cardAnnouncement({ kind: 'reference', reference: unknown }, 'en')).toBe('Kamerstuk 12345, nr. 6');
  });

  it('leads with where the keyboard stands among the terms of the page', () => {
    expect(cardAnnouncement(mission, 'nl', { index: 2, total: 7 })).toBe(
      `Term 2 van 7 op deze pagina. UNIFIL: ${unifil.name.nl}. ${unifil.summary.nl}`,
    );
  });
});
