/**
 * The one mission card: the in-page hover card (`compact`) and the popup's and explain page's
 * detail view (`full`, which adds the Dutch contribution, the area and every fact's history).
 *
 * Built for a glance: the key facts (status, national framework, legal basis, end of the
 * international mandate) come first, in one block that needs no scrolling, each with its date and
 * source marker; then the summary; then the rest. The top line gives the data's date, and says so
 * plainly once that date is more than a year ago (lib/format/data-age.ts).
 */
import type { Mission, Notes, SourceDocument } from '../../data/schema';
import { cardAsOf } from '../../lib/format/as-of';
import { CARD_MESSAGES } from '../../lib/i18n/card-messages';
import { regionLabel } from '../../lib/search/labels';
import { useLanguage } from '../settings/ui-language-context';
import { CardHistory } from './CardHistory';
import { CardSummary } from './CardSummary';
import { type CardEnv, CardEnvContext, headingBelow } from './card-env';
import { DataAge } from './DataAge';
import { DeployedFact } from './DeployedFact';
import { FactRow } from './FactRow';
import { Heading } from './Heading';
import { KeyFacts } from './KeyFacts';
import { SourceNote } from './SourceNote';

export type MissionCardProps = {
  mission: Mission;
  documents: SourceDocument[];
  notes: Notes;
  /** The user's today: decides which dates are said as passed, and whether the data is old. */
  today: Date;
  variant: 'compact' | 'full';
  /** Level of the card's own heading; its sections use the levels below. Default 2. */
  headingLevel?: 2 | 3;
};

export function MissionCard({ mission, documents, notes, today, variant, headingLevel = 2 }: MissionCardProps) {
  const lang = useLanguage();
  const t = CARD_MESSAGES[lang];
  const env: CardEnv = { lang, t, documents, today };
  const full = variant === 'full';
  const sub = headingBelow(headingLevel);
  // Named in the Kamerstukken without a Dutch contribution: the card says so plainly, then what they say.
  const none = mission.status === 'none';

  return (
    <CardEnvContext.Provider value={env}>
      <article class={`mw-card mw-card-${variant}`} lang={lang} data-mission-id={mission.id}>
        <header class="mw-card-header">
          <Heading level={headingLevel} class="mw-title">
            <span class="mw-card-acronym">{mission.acronym}</span> <span class="mw-subtitle">{mission.name[lang]}</span>
          </Heading>
          <p class="mw-card-meta">
            {[t[`card_org_${mission.organisation}`], regionLabel(mission.region, lang)].filter(Boolean).join(' · ')}
          </p>
          <DataAge asOf={cardAsOf(mission, documents, today)} />
        </header>

        <KeyFacts mission={mission} noteInline={full} />
        {none && <p class="mw-no-contribution">{mission.dutchContribution[lang]}</p>}
        {/* The end of the block the card must show without scrolling (lib/in-page/card-host.ts). */}
        <div class="mw-key-end" data-key-end />

        <CardSummary text={mission.summary[lang]} clamp={!full} />
        {full && !none && (
          <section class="mw-card-section">
            <Heading level={sub} class="mw-card-heading">
              {t.card_contribution}
            </Heading>
            <p class="mw-card-contribution">{mission.dutchContribution[lang]}</p>
            <SourceNote sources={mission.basis} />
          </section>
        )}

        <dl class="mw-facts mw-more-facts">
          {full && (
            <FactRow name="location" label={t.card_location}>
              {mission.location[lang]}
            </FactRow>
          )}
          {!none && (
            <FactRow name="deployed" label={t.card_deployed}>
              <DeployedFact history={mission.deployed} notes={notes} citeNote={full} />
            </FactRow>
          )}
        </dl>
        {!full && <SourceNote sources={mission.basis} label={t.card_summaryBasis} />}

        {full && !none && <CardHistory mission={mission} level={sub} />}
      </article>
    </CardEnvContext.Provider>
  );
}
