/**
 * Both message listeners accept only our own extension's messages, parsed with Zod: anything
 * malformed, of an unknown type, or from another sender is ignored (no answer, nothing done,
 * nothing thrown).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { CardData } from '../../../lib/in-page/card-data';
import { answerBackgroundMessage } from '../../../lib/messages/background-handler';
import type { FullDataset } from '../../../lib/messages/card-data-handler';
import { answerContentMessage, type MessageTarget } from '../../../lib/messages/content-handler';

const OWN = 'own-extension-id';

function session() {
  return {
    pageTerms: vi.fn(() => ({ complete: true, terms: [], longestSliceMs: 0 })),
    revealMission: vi.fn(async () => undefined),
    showList: vi.fn(async () => undefined),
    step: vi.fn(async () => undefined),
  } satisfies MessageTarget;
}
const calls = (s: ReturnType<typeof session>) =>
  s.pageTerms.mock.calls.length +
  s.revealMission.mock.calls.length +
  s.showList.mock.calls.length +
  s.step.mock.calls.length;

const dataset = {
  missions: [{ id: 'unifil' }, { id: 'kfor' }],
  terms: [{ id: 'polad' }],
  documents: [],
  notes: {},
} as unknown as FullDataset;

const VALID_CONTENT: unknown[] = [
  { type: 'page-terms' },
  { type: 'command', command: 'next-term' },
  { type: 'command', command: 'previous-term' },
  { type: 'command', command: 'list-terms' },
  { type: 'reveal', id: 'unifil' },
];

const MALFORMED_CONTENT: unknown[] = [
  undefined,
  null,
  0,
  'page-terms',
  [],
  [{ type: 'page-terms' }],
  {},
  { type: 'PAGE-TERMS' },
  { type: 'page_terms' },
  { type: 'card-data', missions: [], terms: [] },
  { type: 'command' },
  { type: 'command', command: 'delete-everything' },
  { type: 'command', command: ['next-term'] },
  { type: 'reveal' },
  { type: 'reveal', id: 42 },
  { type: 'reveal', id: { toString: () => 'unifil' } },
  { type: { toString: () => 'page-terms' } },
];

describe('content script messages', () => {
  it.each(VALID_CONTENT.map((m) => [JSON.stringify(m), m]))('answers %s from our own extension', async (_, m) => {
    const s = session();
    const answer = answerContentMessage(m, { id: OWN }, OWN, s);
    expect(answer).toBeInstanceOf(Promise);
    await answer;
    expect(calls(s)).toBe(1);
  });

  it('routes each message to what it asks for', async () => {
    const s = session();
    await expect(answerContentMessage({ type: 'page-terms' }, { id: OWN }, OWN, s)).resolves.toEqual({
      complete: true,
      terms: [],
      longestSliceMs: 0,
    });
    await answerContentMessage({ type: 'command', command: 'previous-term' }, { id: OWN }, OWN, s);
    expect(s.step).toHaveBeenCalledWith(-1);
    await answerContentMessage({ type: 'reveal', id: 'kfor' }, { id: OWN }, OWN, s);
    expect(s.revealMission).toHaveBeenCalledWith('kfor');
  });

  it.each(MALFORMED_CONTENT.map((m) => [String(JSON.stringify(m)), m]))('ignores the malformed %s', (_, m) => {
    const s = session();
    expect(answerContentMessage(m, { id: OWN }, OWN, s)).toBeUndefined();
    expect(calls(s)).toBe(0);
  });

  it.each([
    ['another extension', { id: 'other-extension-id' }],
    ['no sender id (a page)', {}],
    ['an id that only differs in case', { id: OWN.toUpperCase() }],
  ])('ignores even a valid message from %s', (_, sender) => {
    for (const m of VALID_CONTENT) {
      const s = session();
      expect(answerContentMessage(m, sender, OWN, s)).toBeUndefined();
      expect(calls(s)).toBe(0);
    }
  });

  it('ignores messages while the page is not read (paused or switched off)', () => {
    for (const m of VALID_CONTENT) expect(answerContentMessage(m, { id: OWN }, OWN, null)).toBeUndefined();
  });

  it('never throws and never acts on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.string()), (m, id) => {
        const s = session();
        const answer = answerContentMessage(m, id === null ? {} : { id }, OWN, s);
        const valid = VALID_CONTENT.some((v) => JSON.stringify(v) === JSON.stringify(m));
        if (!valid) expect(answer).toBeUndefined();
        if (answer === undefined) expect(calls(s)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a valid message with extra fields, reading only its own', async () => {
    const s = session();
    await answerContentMessage({ type: 'reveal', id: 'unifil', html: '<img onerror=x>' }, { id: OWN }, OWN, s);
    expect(s.revealMission).toHaveBeenCalledWith('unifil');
  });
});

describe('background messages', () => {
  it('answers card-data from our own extension with the records asked for', async () => {
    const answer = answerBackgroundMessage(
      { type: 'card-data', missions: ['kfor'], terms: ['polad'] },
      { id: OWN },
      OWN,
      dataset,
    );
    const data = (await answer) as CardData;
    expect(data.missions.map((m) => m.id)).toEqual(['kfor']);
    expect(data.terms.map((t) => t.id)).toEqual(['polad']);
  });

  it("injects the card's interface into the asking content script's frame, and only there", async () => {
    const inject = vi.fn(async () => undefined);
    const fromTab = { id: OWN, tab: { id: 7 }, frameId: 0 };
    await expect(answerBackgroundMessage({ type: 'load-card-ui' }, fromTab, OWN, dataset, inject)).resolves.toBe(true);
    expect(inject).toHaveBeenCalledWith(7, 0);
    // An extension page (no tab) bundles the interface; another extension gets nothing.
    expect(answerBackgroundMessage({ type: 'load-card-ui' }, { id: OWN }, OWN, dataset, inject)).toBeUndefined();
    expect(
      answerBackgroundMessage({ type: 'load-card-ui' }, { ...fromTab, id: 'other' }, OWN, dataset, inject),
    ).toBeUndefined();
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it.each(
    [
      undefined,
      null,
      {},
      { type: 'page-terms' },
      { type: 'card-data' },
      { type: 'card-data', missions: 'kfor', terms: [] },
      { type: 'card-data', missions: [1], terms: [] },
      { type: 'card-data', missions: [], terms: [null] },
      { type: 'card-data', missions: Array.from({ length: 101 }, () => 'kfor'), terms: [] },
    ].map((m) => [String(JSON.stringify(m)).slice(0, 60), m]),
  )('ignores the malformed %s', (_, m) => {
    expect(answerBackgroundMessage(m, { id: OWN }, OWN, dataset)).toBeUndefined();
  });

  it.each([
    ['another extension', { id: 'other-extension-id' }],
    ['no sender id', {}],
  ])('ignores a valid message from %s', (_, sender) => {
    expect(
      answerBackgroundMessage({ type: 'card-data', missions: ['kfor'], terms: [] }, sender, OWN, dataset),
    ).toBeUndefined();
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.string()), (m, id) => {
        const answer = answerBackgroundMessage(m, id === null ? {} : { id }, OWN, dataset);
        if (id !== OWN) expect(answer).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
