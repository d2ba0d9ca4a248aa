import { describe, expect, it, vi } from 'vitest';
import type { PageTermsResponse } from '../../../lib/messages/protocol';
import { type PageTermsState, pollPageTerms } from '../../../lib/popup/poll-page-terms';

const UNIFIL = { id: 'unifil', text: 'UNIFIL', kind: 'mission' as const, candidates: ['unifil'] };
const KFOR = { id: 'kfor', text: 'KFOR', kind: 'mission' as const, candidates: ['kfor'] };
const answer = (complete: boolean, terms = [UNIFIL]): PageTermsResponse => ({ complete, terms, longestSliceMs: 3 });
const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

/** A clock that only moves when the poll waits, and a tab that gives the answers in turn (the last one repeats). */
function setup(answers: (unknown | Error)[]) {
  let time = 0;
  let i = 0;
  const ask = vi.fn(async () => {
    const next = answers[Math.min(i++, answers.length - 1)];
    if (next instanceof Error) throw next;
    return next;
  });
  const reports: PageTermsState[] = [];
  const options = {
    intervalMs: 100,
    connectTimeoutMs: 1000,
    readTimeoutMs: 3000,
    now: () => time,
    sleep: async (ms: number) => {
      time += ms;
    },
  };
  return { ask, reports, report: (s: PageTermsState) => reports.push(s), options, elapsed: () => time };
}

describe('pollPageTerms', () => {
  it('asks once when the page is read', async () => {
    const t = setup([answer(true)]);
    const last = await pollPageTerms(t.ask, t.report, t.options);
    expect(last).toEqual({ status: 'ready', terms: [UNIFIL], complete: true });
    expect(t.reports).toEqual([last]);
    expect(t.ask).toHaveBeenCalledTimes(1);
  });

  it('shows what was found so far and asks again until the page is read', async () => {
    const t = setup([answer(false, []), answer(false), answer(true, [UNIFIL, KFOR])]);
    await pollPageTerms(t.ask, t.report, t.options);
    expect(t.reports).toEqual([
      { status: 'ready', terms: [], complete: false },
      { status: 'ready', terms: [UNIFIL], complete: false },
      { status: 'ready', terms: [UNIFIL, KFOR], complete: true },
    ]);
    expect(t.elapsed()).toBe(200);
  });

  it('stops asking after the read timeout and keeps the incomplete answer', async () => {
    const t = setup([answer(false)]);
    const last = await pollPageTerms(t.ask, t.report, t.options);
    expect(last).toEqual({ status: 'ready', terms: [UNIFIL], complete: false });
    // Asked at 0, 100, …, 3000 ms: the answer at 3000 is the last.
    expect(t.ask).toHaveBeenCalledTimes(31);
    expect(t.elapsed()).toBe(3000);
  });

  it('reports unavailable when nothing answers within the connect timeout', async () => {
    const t = setup([NO_RECEIVER]);
    const last = await pollPageTerms(t.ask, t.report, t.options);
    expect(last).toEqual({ status: 'unavailable' });
    expect(t.reports).toEqual([{ status: 'unavailable' }]);
    expect(t.ask).toHaveBeenCalledTimes(11);
  });

  it('waits for a content script that starts late', async () => {
    const t = setup([NO_RECEIVER, NO_RECEIVER, NO_RECEIVER, answer(true)]);
    expect(await pollPageTerms(t.ask, t.report, t.options)).toEqual({
      status: 'ready',
      terms: [UNIFIL],
      complete: true,
    });
    expect(t.reports).toHaveLength(1);
  });

  it.each([
    ['no answer (a content script that is switched off)', undefined],
    ['an answer that is not page-terms', { complete: true }],
    ['terms of the wrong shape', { complete: true, terms: [{ id: 1 }], longestSliceMs: 0 }],
  ])('treats %s as no answer', async (_what, raw) => {
    const t = setup([raw]);
    expect(await pollPageTerms(t.ask, t.report, t.options)).toEqual({ status: 'unavailable' });
  });

  it('reports unavailable at once when the content script stops answering', async () => {
    const t = setup([answer(false), NO_RECEIVER]);
    await pollPageTerms(t.ask, t.report, t.options);
    expect(t.reports).toEqual([{ status: 'ready', terms: [UNIFIL], complete: false }, { status: 'unavailable' }]);
    expect(t.elapsed()).toBe(100);
  });

  it('stops without reporting once aborted', async () => {
    const t = setup([answer(false)]);
    const abort = new AbortController();
    const ask = vi.fn(async () => {
      if (ask.mock.calls.length === 2) abort.abort();
      return t.ask();
    });
    await pollPageTerms(ask, t.report, { ...t.options, signal: abort.signal });
    expect(ask).toHaveBeenCalledTimes(2);
    expect(t.reports).toHaveLength(1);
  });
});
