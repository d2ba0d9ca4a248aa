import { describe, expect, it } from 'vitest';
import { parseBackgroundMessage } from '../../../lib/messages/protocol';

describe('parseBackgroundMessage', () => {
  it('accepts a card-data request and rejects an oversized one', () => {
    expect(parseBackgroundMessage({ type: 'card-data', missions: ['kfor'], terms: [] })).toEqual({
      type: 'card-data',
      missions: ['kfor'],
      terms: [],
    });
    expect(parseBackgroundMessage({ type: 'card-data', missions: Array(101).fill('x'), terms: [] })).toBeNull();
  });
});
