/**
 * The one mission card: the in-page hover card (`compact`) and the popup's and explain page's
 * detail view (`full`, which adds the Dutch contribution, the area and every fact's history).
 *
 * Every fact shows its source. Where the first two entries of a history disagree, both are shown;
 * where the sources give nothing, the card says so. "Stand per" is the newest date among the
 * facts shown (lib/format/as-of.ts).
 */
import type { Mission, Notes, SourceDocument } from '../../data/schema';
import { cardAsOf } from '../../lib/format/as-of';
import { formatDate } from '../../lib/format/dates';
import { CARD_MESSAGES, type UiLanguage } from '../../lib/i18n/card-messages';
import { regionLabel } from '../../lib/search/labels';
import { below, type CardEnv } from './card-env';
import { DeployedFact } from './DeployedFact';
import { MandateEndValue } from './EndDate';
import { FactRow } from './FactRow';
import { CardHistory } from './FieldHistory';
import { FrameworkFact } from './FrameworkFact';
import { Heading } from './Heading';
import { LegalBasisValue } from './LegalBasisValue';
import { SourcedFact } from './SourcedFact';
import { SourceNote } from './SourceNote';
import { StatusBadge } from './StatusBadge';

export type MissionCardProps = {
  mission: Mission;
  documents: SourceDocument[];
  notes: Notes;
  lang: UiLanguage;
  /** The user's today: decides which dates are shown as passed. */
  today: Date;
  variant: 'compact' | 'full';
  /** Level of the card's own heading; its sections use the levels below. Default 2. */
  headingLevel?: 2 | 3;
};

export function MissionCard({ mission, documents, notes, lang, today, variant, headingLevel = 2 }: MissionCardProps) {
  const t = CARD_MESSAGES[lang];
  const env: CardEnv = { lang, t, documents, today };
  const full = variant === 'full';
  const asOf = cardAsOf(mission, documents);
  const sub = below(headingLevel);

  return (
    <article class={`mw-card mw-card-${variant}`} lang={lang} data-mission-id={mission.id}>
      <header class="mw-card-header">
        <Heading level={headingLevel} class="mw-title">
          <span class="mw-card-acronym">{mission.acronym}</span> <span class="mw-subtitle">{mission.name[lang]}</span>
        </Heading>
        <p class="mw-card-meta">
          {t[`card_org_${mission.organisation}`]} · {regionLabel(mission.region, lang)}
        </p>
        {asOf !== null && <p class="mw-card-asof">{t.card_asOf(formatDate(asOf, lang))}</p>}
      </header>

      <p class="mw-card-summary">{mission.summary[lang]}</p>
      {full && (
        <section class="mw-card-section">
          <Heading level={sub} class="mw-card-heading">
            {t.card_contribution}
          </Heading>
          <p class="mw-card-contribution">{mission.dutchContribution[lang]}</p>
          <SourceNote sources={mission.basis} env={env} />
        </section>
      )}

      <dl class="mw-facts">
        {full && (
          <FactRow name="location" label={t.card_location}>
            {mission.location[lang]}
          </FactRow>
        )}
        <FactRow name="status" label={t.card_status}>
          <StatusBadge status={mission.status} t={t} />
          {mission.statusNote && <p class="mw-note">{mission.statusNote[lang]}</p>}
          <SourceNote sources={mission.statusSources} env={env} />
        </FactRow>
        <FactRow name="framework" label={t.card_framework}>
          <FrameworkFact history={mission.nationalFramework} env={env} />
        </FactRow>
        <FactRow name="deployed" label={t.card_deployed}>
          <DeployedFact history={mission.deployed} notes={notes} env={env} citeNote={full} />
        </FactRow>
        <FactRow name="legal-basis" label={t.card_legalBasis}>
          <SourcedFact history={mission.legalBasis} env={env} renderValue={(v) => <LegalBasisValue value={v} />} />
        </FactRow>
        <FactRow name="mandate-end" label={t.card_mandateEnd}>
          <SourcedFact
            history={mission.internationalMandateEnd}
            env={env}
            renderValue={(v) => <MandateEndValue value={v} env={env} />}
          />
        </FactRow>
      </dl>
      {/* On hover the facts come first; what the summary rests on closes the card. */}
      {!full && <SourceNote sources={mission.basis} env={env} label={t.card_summaryBasis} />}

      {full && <CardHistory mission={mission} env={env} level={sub} />}
    </article>
  );
}
