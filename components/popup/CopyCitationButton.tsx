/** Copies a one-line citation to the clipboard and says whether that worked. */
import { useState } from 'preact/hooks';
import type { Messages } from '../../lib/i18n/messages';

type Props = { t: Messages; citation: string };

export function CopyCitationButton({ t, citation }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(citation);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <div class="mw-copy">
      <button type="button" class="mw-button" onClick={copy}>
        {t.popup_copyCitation}
      </button>
      <span class="mw-copy-status" role="status">
        {status === 'copied' ? t.popup_copied : status === 'failed' ? t.popup_copyFailed : ''}
      </span>
    </div>
  );
}
