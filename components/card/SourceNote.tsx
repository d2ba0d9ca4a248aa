/**
 * Where a fact comes from: per document its title, date and Kamerstuk number (a link only where
 * data/sources.json gives the number). The verbatim quotes, with where in the document they stand,
 * open on demand with a button (inline after the date, which a <details> cannot be in every
 * browser), so the card stays short.
 */
import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { SeedFile, SourceRef } from '../../data/schema';
import { describeSource, groupByDocument } from '../../lib/format/sources';
import { useCardEnv } from './card-env';

type Props = {
  sources: readonly SourceRef[];
  label?: string;
  /** Show the quotes at once (a fact's source marker opens straight to them). */
  quotesOpen?: boolean;
};

export function SourceNote({ sources, label, quotesOpen = false }: Props) {
  const env = useCardEnv();
  const groups = groupByDocument(sources);
  if (groups.length === 0) return null;
  return (
    <div class="mw-source">
      <span class="mw-source-label">{label ?? env.t.card_sourceLabel(groups.length)}:</span>{' '}
      <ul class="mw-source-list">
        {groups.map((g) => (
          <SourceLine key={g.doc} doc={g.doc} refs={g.refs} initiallyOpen={quotesOpen} />
        ))}
      </ul>
    </div>
  );
}

type LineProps = { doc: SeedFile; refs: SourceRef[]; initiallyOpen: boolean };

function SourceLine({ doc, refs, initiallyOpen }: LineProps) {
  const env = useCardEnv();
  const { t, lang } = env;
  const s = describeSource(doc, env.documents, lang);
  const [open, setOpen] = useState(initiallyOpen);
  const quotesId = useId();
  return (
    <li class="mw-source-doc">
      <cite class="mw-source-title">{s.title}</cite>
      {s.date !== null && (
        <>
          , <span class="mw-source-date">{s.date}</span>
        </>
      )}
      {s.kamerstuk && (
        <>
          ,{' '}
          <a class="mw-source-link" href={s.kamerstuk.url} target="_blank" rel="noopener noreferrer">
            {s.kamerstuk.label}
            <span class="mw-sr-only"> {t.card_newTab}</span>
          </a>
        </>
      )}{' '}
      <button
        type="button"
        class="mw-quotes-toggle"
        aria-expanded={open}
        aria-controls={quotesId}
        onClick={() => setOpen(!open)}
      >
        {t.card_quotes(refs.length)}
      </button>
      <div id={quotesId} class="mw-quotes" hidden={!open}>
        {open &&
          refs.map((ref, i) => (
            // Quotes may repeat within a document (a table row cited for two facts), so the index is part of the key.
            <figure key={`${i}:${ref.quote}`} class="mw-quote">
              <blockquote class="mw-quote-text" lang="nl">
                {ref.quote}
              </blockquote>
              <QuoteDetails source={ref} />
            </figure>
          ))}
        {open && s.dateNote && <p class="mw-quote-meta">{s.dateNote}</p>}
      </div>
    </li>
  );
}

/** Where the quote stands, the row label a table uses, and how a garbled quote is read. */
function QuoteDetails({ source }: { source: SourceRef }) {
  const env = useCardEnv();
  const parts: JSX.Element[] = [];
  if (source.where)
    parts.push(
      <span key="where" lang="nl">
        {source.where}
      </span>,
    );
  if (source.rowLabel) parts.push(<span key="row">{env.t.card_rowLabel(source.rowLabel)}</span>);
  if (source.reading) parts.push(<span key="reading">{env.t.card_reading(source.reading)}</span>);
  if (parts.length === 0) return null;
  return <figcaption class="mw-quote-meta">{parts.flatMap((p, i) => (i === 0 ? [p] : [' · ', p]))}</figcaption>;
}
