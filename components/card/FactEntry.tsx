/**
 * One value in the key-facts block: the value, its "stand per" and a source marker. The marker opens
 * the source right under the value — document, Kamerstuk link and the verbatim quotes, with the
 * data's note on the value — so every fact's source is one step away.
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Localized, PartialDate, SourceRef } from '../../data/schema';
import { formatDate } from '../../lib/format/dates';
import { useCardEnv } from './card-env';
import { SourceNote } from './SourceNote';

type Props = {
  /** The fact's name, read after the marker's text: "bron (Rechtsbasis)". */
  label: string;
  asOf: PartialDate | null;
  sources: readonly SourceRef[];
  /** The data's note on the value: in the source panel at a glance, under the value in the full card. */
  notes?: readonly (Localized | null | undefined)[];
  noteInline?: boolean;
  /** The sources disagree on this fact: flagged by the marker, both values shown in `panel`. */
  disagrees?: boolean;
  /** What the marker opens instead of the value's own sources (both sides of a disagreement). */
  panel?: ComponentChildren;
  children: ComponentChildren;
};

export function FactEntry(props: Props) {
  const { label, asOf, sources, notes = [], noteInline = false, disagrees = false, panel, children } = props;
  const env = useCardEnv();
  const { t, lang } = env;
  const shown = notes.filter((n): n is Localized => !!n);
  const noteList = shown.map((n) => (
    <p key={n.nl} class="mw-note">
      {n[lang]}
    </p>
  ));
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div class="mw-fact-entry">
      <div class="mw-fact-main">{children}</div>
      {noteInline && noteList}
      <div class="mw-fact-meta">
        {asOf !== null && <FactAsOf date={formatDate(asOf, lang)} />}
        {sources.length > 0 && (
          <button
            type="button"
            class={disagrees ? 'mw-source-marker is-disagreement' : 'mw-source-marker'}
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen(!open)}
          >
            {disagrees
              ? t.card_sourcesDisagreeMarker
              : shown.length > 0 && !noteInline
                ? t.card_sourceAndNoteMarker
                : t.card_sourceMarker}
            <span class="mw-sr-only">{t.card_sourceMarkerFor(label)}</span>
          </button>
        )}
      </div>
      <div id={panelId} class="mw-fact-source" hidden={!open}>
        {open && !noteInline && !panel && noteList}
        {open && (panel ?? <SourceNote sources={sources} quotesOpen />)}
      </div>
    </div>
  );
}

/** "mei 2025", read out as "stand per mei 2025": the row says which date its value is as of. */
function FactAsOf({ date }: { date: string }) {
  const env = useCardEnv();
  return (
    <span class="mw-fact-asof" title={env.t.card_factAsOf(date)}>
      <span class="mw-sr-only">{env.t.card_factAsOf('')}</span>
      {date}
    </span>
  );
}
