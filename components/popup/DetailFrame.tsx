/**
 * The frame of a detail view (a mission or a glossary term): a back button, focus on the view
 * when it opens, and Escape to go back to the search.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Messages } from '../../lib/i18n/messages';

type Props = { t: Messages; label: string; onBack: () => void; children: ComponentChildren };

export function DetailFrame({ t, label, onBack, children }: Props) {
  const frame = useRef<HTMLElement>(null);

  useEffect(() => {
    // From the top, whatever the list's scroll was: focus alone would scroll the padding and outline away.
    window.scrollTo(0, 0);
    frame.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onBack();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onBack]);

  return (
    <section ref={frame} class="mw-detail" tabIndex={-1} aria-label={label}>
      <button type="button" class="mw-back" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t.popup_back}
      </button>
      {children}
    </section>
  );
}
