/**
 * Copies a mission's facts with their sources to the clipboard, as a note (with the product name)
 * or as plain text, and says whether that worked.
 */
import { useState } from 'preact/hooks';
import type { Messages } from '../../lib/i18n/messages';

type Props = { t: Messages; citation: string; plain: string };

type Status = 'idle' | 'copied' | 'copiedPlain' | 'failed';

export function CopyCitationButton({ t, citation, plain }: Props) {
  const [status, setStatus] = useState<Status>('idle');

  const copy = async (text: string, done: Status) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus('failed');
    }
  };

  const message = { idle: '', copied: t.popup_copied, copiedPlain: t.popup_copiedPlain, failed: t.popup_copyFailed };
  return (
    <div class="mw-copy">
      <button type="button" class="mw-button" onClick={() => copy(citation, 'copied')}>
        {t.popup_copyCitation}
      </button>
      <button type="button" class="mw-button" onClick={() => copy(plain, 'copiedPlain')}>
        {t.popup_copyPlain}
      </button>
      <span class="mw-copy-status" role="status">
        {message[status]}
      </span>
    </div>
  );
}
