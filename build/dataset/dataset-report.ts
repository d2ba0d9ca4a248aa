/**
 * The text report of `npm run data:check`: what the dataset covers and where it is thin. Missions the
 * Kamerstukken name without a Dutch contribution (status `none`) are listed apart and left out of
 * every count of contributions.
 */
import type { Mission } from '../../data/schema';
import type { Dataset } from './validate-dataset';

const FACT_FIELDS = ['legalBasis', 'internationalMandateEnd', 'nationalFramework', 'deployed'] as const;

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function table(title: string, counts: Map<string, number>): string {
  const rows = [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${k.padEnd(24)} ${n}`);
  return [title, ...rows].join('\n');
}

function quoteCount(m: Mission): number {
  return (
    m.statusSources.length +
    m.basis.length +
    FACT_FIELDS.reduce((sum, f) => sum + m[f].reduce((s, e) => s + e.sources.length, 0), 0)
  );
}

export function datasetReport(dataset: Dataset): string {
  const { terms } = dataset;
  const missions = dataset.missions.filter((m) => m.status !== 'none');
  const noContribution = dataset.missions.filter((m) => m.status === 'none');
  const facts = new Map(FACT_FIELDS.map((f) => [f, missions.reduce((n, m) => n + m[f].length, 0)]));
  const quotes =
    dataset.missions.reduce((n, m) => n + quoteCount(m), 0) + terms.reduce((n, t) => n + t.sources.length, 0);
  const without = (f: (typeof FACT_FIELDS)[number]) =>
    missions
      .filter((m) => m[f].length === 0)
      .map((m) => m.acronym)
      .join(', ') || '(none)';
  return [
    `Missiewijzer dataset: ${missions.length} missions with a Dutch contribution, ${noContribution.length} named without one, ${terms.length} glossary terms, ${dataset.documents.length} source documents`,
    `Every quote verified against seeds/ (${quotes} quotes).`,
    '',
    table(
      'Dutch contributions by status:',
      countBy(missions, (m) => m.status),
    ),
    '',
    table(
      'Dutch contributions by region:',
      countBy(missions, (m) => m.region ?? 'not stated'),
    ),
    '',
    table('Facts per field:', facts),
    '',
    `Named without a Dutch contribution: ${noContribution.map((m) => m.acronym).join(', ') || '(none)'}`,
    `Missions without legal basis: ${without('legalBasis')}`,
    `Missions without national framework: ${without('nationalFramework')}`,
    `Missions without international mandate end: ${without('internationalMandateEnd')}`,
  ].join('\n');
}
