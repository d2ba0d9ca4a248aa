/**
 * Asking a tab's content script for its page-terms until it has read the whole page. Pure: the
 * question, the clock and the wait are passed in.
 *
 * No answer at all (a browser page, a site Missiewijzer is off on, a tab whose content script is
 * not there yet) is retried for a moment, then reported as unavailable. An answer with
 * `complete: false` is shown as it stands and asked again, for a few seconds at most: a very long
 * page may still be being read when the user looks.
 */
import { type PageTerm, pageTermsResponseSchema } from '../messages/protocol';

export type PageTermsState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ready'; terms: PageTerm[]; complete: boolean };

export type PollOptions = {
  intervalMs?: number;
  /** How long to wait for a first answer. */
  connectTimeoutMs?: number;
  /** How long to keep asking while the page is still being read. */
  readTimeoutMs?: number;
  signal?: AbortSignal;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

export const POLL_DEFAULTS = { intervalMs: 200, connectTimeoutMs: 1000, readTimeoutMs: 5000 } as const;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Reports every new state to `report`; resolves with the last one (or loading when aborted). */
export async function pollPageTerms(
  ask: () => Promise<unknown>,
  report: (state: PageTermsState) => void,
  options: PollOptions = {},
): Promise<PageTermsState> {
  const { intervalMs, connectTimeoutMs, readTimeoutMs } = { ...POLL_DEFAULTS, ...options };
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const start = now();
  let last: PageTermsState = { status: 'loading' };
  while (!options.signal?.aborted) {
    const answer = await ask().then(
      (raw) => pageTermsResponseSchema.safeParse(raw),
      () => null,
    );
    if (options.signal?.aborted) break;
    const elapsed = now() - start;
    if (answer?.success) {
      last = { status: 'ready', terms: answer.data.terms, complete: answer.data.complete };
      report(last);
      if (answer.data.complete || elapsed >= readTimeoutMs) return last;
    } else if (last.status === 'ready' || elapsed >= connectTimeoutMs) {
      // A content script that stops answering was switched off meanwhile.
      last = { status: 'unavailable' };
      report(last);
      return last;
    }
    await sleep(intervalMs);
  }
  return last;
}
