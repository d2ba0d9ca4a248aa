/**
 * Pure: the messages a content script accepts (from the popup or the background), checked by hand: the
 * content script runs on every page, and Zod's runtime would be a sixth of it (the other
 * messages are Zod schemas, in protocol.ts). Anything malformed is ignored.
 */

export const COMMANDS = ['next-term', 'previous-term', 'list-terms'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type ContentMessage =
  | { type: 'page-terms' }
  | { type: 'command'; command: CommandName }
  /** Scroll to the first occurrence of a mission and open its card. */
  | { type: 'reveal'; id: string };

const isCommand = (value: unknown): value is CommandName => (COMMANDS as readonly unknown[]).includes(value);

/** The message with only the fields of its type, or null if it is not one of ours. */
export function parseContentMessage(message: unknown): ContentMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, command, id } = message as Record<string, unknown>;
  if (type === 'page-terms') return { type };
  if (type === 'command') return isCommand(command) ? { type, command } : null;
  if (type === 'reveal') return typeof id === 'string' ? { type, id } : null;
  return null;
}
