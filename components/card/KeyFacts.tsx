/**
 * The four facts the card exists for, in one block at its top: the status of the Dutch contribution,
 * the national framework, the legal basis and the end of the international mandate, each with its
 * "stand per" and a marker that opens its source. The framework is the one in force today
 * (lib/format/framework-in-force.ts).
 */
import type { Mission } from '../../data/schema';
import { statusAsOf } from '../../lib/format/as-of';
import { endDateOf, hasPassed } from '../../lib/format/dates';
import { frameworksFrom } from '../../lib/format/framework-in-force';
import { useCardEnv } from './card-env';
import { MandateEndValue } from './EndDate';
import { FactEntry } from './FactEntry';
import { FactRow } from './FactRow';
import { FrameworkValue } from './FrameworkFact';
import { KeyFact } from './KeyFact';
import { LegalBasisValue } from './LegalBasisValue';
import { StatusBadge } from './StatusBadge';

/** An end date that has passed is said with its source's date already. */
function endHasPassed(value: Parameters<typeof endDateOf>[0], today: Date): boolean {
  const end = endDateOf(value);
  return end !== null && hasPassed(end, today);
}

type Props = { mission: Mission; noteInline: boolean };

export function KeyFacts({ mission, noteInline }: Props) {
  const env = useCardEnv();
  const { t } = env;
  // At a glance the labels are short, so each row is as high as its value; the full card has room.
  const statusLabel = noteInline ? t.card_status : t.card_statusShort;
  const mandateLabel = noteInline ? t.card_mandateEnd : t.card_mandateEndShort;
  return (
    <dl class="mw-facts mw-key-facts">
      <FactRow name="status" label={statusLabel}>
        <FactEntry
          label={t.card_status}
          asOf={statusAsOf(mission, env.documents)}
          sources={mission.statusSources}
          notes={[mission.statusNote]}
          noteInline={noteInline}
        >
          <StatusBadge status={mission.status} t={t} />
        </FactEntry>
      </FactRow>
      {/* A mission without a Dutch contribution has no framework; its card says so below this block. */}
      {mission.status !== 'none' && (
        <KeyFact
          name="framework"
          label={t.card_framework}
          // The value in force today first: a report's past period does not hide the plan that runs on.
          history={frameworksFrom(mission.nationalFramework, env.today)}
          noteInline={noteInline}
          valueNote={(v) => v.note}
          saysAsOf={(v) => endHasPassed(v.until, env.today)}
          renderValue={(v, e) => <FrameworkValue value={v} asOf={e.asOf} withNote={false} />}
        />
      )}
      {(mission.status !== 'none' || mission.legalBasis.length > 0) && (
        <KeyFact
          name="legal-basis"
          label={t.card_legalBasis}
          history={mission.legalBasis}
          noteInline={noteInline}
          renderValue={(v) => <LegalBasisValue value={v} />}
        />
      )}
      {(mission.status !== 'none' || mission.internationalMandateEnd.length > 0) && (
        <KeyFact
          name="mandate-end"
          label={mandateLabel}
          history={mission.internationalMandateEnd}
          noteInline={noteInline}
          saysAsOf={(v) => endHasPassed(v, env.today)}
          renderValue={(v, e) => <MandateEndValue value={v} asOf={e.asOf} />}
        />
      )}
    </dl>
  );
}
