/**
 * The card's records are asked for once per page: a mission already at hand is not asked for
 * again, glossary terms always are, a failed ask gives no card (and is asked again next time),
 * and each kind of mark asks for what its card needs.
 */
import { describe, expect, it, vi } from 'vitest';
import { datasetNotes, documents, missions, terms } from '../../../data/dataset';
import type { CardDataLoader } from '../../../lib/in-page/card-data';
import { CardDataCache } from '../../../lib/in-page/card-data-cache';
import { cardDataFor } from '../../../lib/messages/card-data-handler';
import { missionMatch, REFERENCE_MATCH, TERM_MATCH } from '../../support/page-matches';

const dataset = { missions, terms, documents, notes: datasetNotes };

function setup(fail = false) {
  const loader = vi.fn<CardDataLoader>(async (ids) => {
    if (fail) throw new Error('no answer');
    return cardDataFor(dataset, ids);
  });
  return { loader, cache: new CardDataCache(loader) };
}

const ids = (data: { missions: { id: string }[] } | null) => data?.missions.map((m) => m.id);

describe('CardDataCache', () => {
  it('asks for a mission once; later the records, sources and notes come from the cache, in the order asked', async () => {
    const { loader, cache } = setup();
    expect(cache.notes).toBeNull();
    expect(ids(await cache.load(['unifil'], []))).toEqual(['unifil']);
    expect(cache.documents).toEqual(documents);
    expect(cache.notes).toEqual(datasetNotes);
    expect(loader).toHaveBeenCalledTimes(1);

    const again = await cache.load(['untso', 'unifil'], []);
    expect(loader).toHaveBeenLastCalledWith({ missions: ['untso'], terms: [] });
    expect(ids(again)).toEqual(['untso', 'unifil']);

    const cached = await cache.load(['unifil', 'untso'], []);
    expect(loader).toHaveBeenCalledTimes(2);
    expect(ids(cached)).toEqual(['unifil', 'untso']);
    expect(cached?.documents).toEqual(documents);
    expect(cached?.notes).toEqual(datasetNotes);
  });

  it('always asks for glossary terms', async () => {
    const { loader, cache } = setup();
    await cache.load([], ['atmis']);
    const data = await cache.load([], ['atmis']);
    expect(loader).toHaveBeenCalledTimes(2);
    expect(data?.terms.map((t) => t.id)).toEqual(['atmis']);
  });

  it('gives nothing when the records cannot be had, and asks again next time', async () => {
    const { loader, cache } = setup(true);
    expect(await cache.load(['unifil'], [])).toBeNull();
    expect(await cache.load(['unifil'], [])).toBeNull();
    expect(loader).toHaveBeenCalledTimes(2);
    expect(cache.notes).toBeNull();
  });

  it('asks for what the card of each kind of mark needs', async () => {
    const { loader, cache } = setup();
    const mission = missionMatch('unifil', 'UNIFIL');
    const stem = missionMatch(null, 'VN', ['unifil', 'untso']);
    const term = TERM_MATCH;
    const reference = REFERENCE_MATCH;
    // A reference needs only the sources: asked once, while there are none yet.
    await cache.forMatch(reference);
    expect(loader).toHaveBeenLastCalledWith({ missions: [], terms: [] });
    await cache.forMatch(stem);
    expect(loader).toHaveBeenLastCalledWith({ missions: ['unifil', 'untso'], terms: [] });
    expect(ids(await cache.forMatch(mission))).toEqual(['unifil']);
    await cache.forMatch(reference);
    expect(loader).toHaveBeenCalledTimes(2);
    expect((await cache.forMatch(term))?.terms.map((t) => t.id)).toEqual(['atmis']);
    expect(loader).toHaveBeenLastCalledWith({ missions: [], terms: ['atmis'] });
  });
});
