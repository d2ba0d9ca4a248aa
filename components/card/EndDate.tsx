/**
 * An end date. One that has passed by today is said as a fact of its source's time ("liep tot 31
 * augustus 2025 volgens de bron van mei 2025"): the source stated a future date, and the card must
 * not read as if the mission or framework was found to have expired.
 */
import type { MandateEnd, PartialDate } from '../../data/schema';
import { formatDate, formatMandateEnd, hasPassed } from '../../lib/format/dates';
import { useCardEnv } from './card-env';

type Props = {
  date: PartialDate;
  /** The date of the source that states it. */
  asOf: PartialDate;
  /** Say "t/m …" / "until …" (a framework's end). */
  until?: boolean;
};

export function EndDate({ date, asOf, until = false }: Props) {
  const env = useCardEnv();
  const { t, lang } = env;
  const text = formatDate(date, lang);
  if (hasPassed(date, env.today)) {
    const source = formatDate(asOf, lang);
    return (
      <span class="mw-date is-passed">
        {until ? t.card_untilPerSource(text, source) : t.card_endedPerSource(text, source)}
      </span>
    );
  }
  return <span class="mw-date">{until ? t.card_until(text) : text}</span>;
}

/** End of the international mandate: a date or "onbepaald" / "indefinite". */
export function MandateEndValue({ value, asOf }: { value: MandateEnd; asOf: PartialDate }) {
  const env = useCardEnv();
  if (value === 'indefinite') return <span class="mw-date">{formatMandateEnd(value, env.lang)}</span>;
  return <EndDate date={value} asOf={asOf} />;
}
