import { describe, expect, it } from 'vitest';
import { termSchema } from '../../../data/schema';
import { conceptName, termName } from '../../../lib/format/term-name';

const base = {
  id: 'xyz',
  kind: 'abbreviation',
  acronym: 'XYZ',
  explanation: { nl: 'Een staf.', en: 'A staff.' },
  missionId: null,
  sources: [],
  case: 'exact',
} as const;

describe('termName', () => {
  it('is the expansion in the reader’s language', () => {
    const term = { expansion: { nl: 'Operationeel hoofdkwartier', en: 'Operational headquarters' } };
    expect(termName(term, 'nl')).toBe('Operationeel hoofdkwartier');
    expect(termName(term, 'en')).toBe('Operational headquarters');
  });

  it('says the Kamerstukken do not spell the abbreviation out, where the data has no expansion', () => {
    expect(termName({ expansion: null }, 'nl')).toBe('niet uitgeschreven in de Kamerstukken');
    expect(termName({ expansion: null }, 'en')).toBe('not spelled out in the Kamerstukken');
  });

  it('names a concept by its expansion, or by the term as written', () => {
    expect(conceptName({ acronym: 'rechtsbasis', expansion: { nl: 'Rechtsbasis', en: 'Legal basis' } }, 'en')).toBe(
      'Legal basis',
    );
    expect(conceptName({ acronym: 'rechtsbasis', expansion: null }, 'en')).toBe('rechtsbasis');
  });
});

describe('termSchema: expansion', () => {
  it('lets an abbreviation go without an expansion', () => {
    expect(termSchema.safeParse({ ...base, expansion: null }).success).toBe(true);
  });

  it('requires a concept’s name, and says which field is missing', () => {
    const result = termSchema.safeParse({ ...base, kind: 'concept', expansion: null });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['expansion']);
  });
});
