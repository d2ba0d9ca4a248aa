/** An end date, marked "verstreken" / "passed" once its whole period lies before today. */
import type { MandateEnd, PartialDate } from '../../data/schema';
import { formatDate, formatMandateEnd, hasPassed } from '../../lib/format/dates';
import type { CardEnv } from './card-env';

type Props = {
  date: PartialDate;
  env: CardEnv;
  /** Say "t/m …" / "until …" (a framework's end). */
  until?: boolean;
};

export function EndDate({ date, env, until = false }: Props) {
  const { t, lang } = env;
  const text = formatDate(date, lang);
  const passed = hasPassed(date, env.today);
  return (
    <span class={passed ? 'mw-date is-passed' : 'mw-date'}>
      {until ? t.card_until(text) : text}
      {passed && (
        <>
          {' '}
          <span class="mw-passed">{t.card_passed}</span>
        </>
      )}
    </span>
  );
}

/** End of the international mandate: a date (maybe passed) or "onbepaald" / "indefinite". */
export function MandateEndValue({ value, env }: { value: MandateEnd; env: CardEnv }) {
  if (value === 'indefinite') return <span class="mw-date">{formatMandateEnd(value, env.lang)}</span>;
  return <EndDate date={value} env={env} />;
}
