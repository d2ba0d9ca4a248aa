/**
 * The card's date, at its top. Once the data is more than a year old, that is the headline: the
 * facts below are as of their Kamerstukken, and a newer one may say otherwise.
 */
import type { PartialDate } from '../../data/schema';
import { isOlderThanAYear } from '../../lib/format/data-age';
import { formatDate } from '../../lib/format/dates';
import { useCardEnv } from './card-env';

export function DataAge({ asOf }: { asOf: PartialDate | null }) {
  const env = useCardEnv();
  if (asOf === null) return null;
  const date = formatDate(asOf, env.lang);
  if (isOlderThanAYear(asOf, env.today)) return <p class="mw-card-age">{env.t.card_dataAge(date)}</p>;
  return <p class="mw-card-asof">{env.t.card_asOf(date)}</p>;
}
