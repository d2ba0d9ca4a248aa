import { describe, expect, it } from 'vitest';
import { parseContentMessage } from '../../../lib/messages/content-messages';

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
    [[]],
    [{ type: 'command', command: ['next-term'] }],
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
