import { describe, expect, it } from 'vitest';
import { parseBackgroundMessage, parseContentMessage } from '../../../lib/messages/protocol';

describe('parseContentMessage', () => {
  it.each([
    [{ type: 'page-terms' }],
    [{ type: 'command', command: 'next-term' }],
    [{ type: 'command', command: 'list-terms' }],
    [{ type: 'reveal', id: 'unifil' }],
  ])('accepts %j', (message) => {
    expect(parseContentMessage(message)).toEqual(message);
  });

  it.each([
    [null],
    ['page-terms'],
    [{}],
    [{ type: 'unknown' }],
    [{ type: 'command', command: 'delete-everything' }],
    [{ type: 'command' }],
    [{ type: 'reveal' }],
    [{ type: 'reveal', id: 42 }],
    [{ type: ['page-terms'] }],
  ])('ignores %j', (message) => {
    expect(parseContentMessage(message)).toBeNull();
  });

  it('keeps only the fields of the message it recognises', () => {
    expect(parseContentMessage({ type: 'reveal', id: 'kfor', command: 'next-term', extra: true })).toEqual({
      type: 'reveal',
      id: 'kfor',
    });
  });
});

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
