/**
 * Content-script side of the runtime messages: what the page's session answers, on a web page and
 * on the demo page, which stands in for one. Pure: the listener in entrypoints/content (or
 * entrypoints/demo) passes in the message, its sender, our own extension id and the session.
 */
import type { PageSession } from '../in-page/page-session';
import { parseContentMessage } from './content-messages';

/** The part of a page's session a message can reach. */
export type MessageTarget = Pick<PageSession, 'pageTerms' | 'revealMission' | 'showList' | 'step'>;
export type MessageSender = { id?: string };

/**
 * The answer to `message`, or undefined (no answer, nothing done) for a message that is not from
 * our own extension, is not one of ours, or arrives while the page is not read (paused, switched off).
 */
export function answerContentMessage(
  message: unknown,
  sender: MessageSender,
  ownId: string,
  session: MessageTarget | null,
): Promise<unknown> | undefined {
  if (sender.id !== ownId) return undefined;
  const parsed = parseContentMessage(message);
  if (!parsed || !session) return undefined;
  switch (parsed.type) {
    case 'page-terms':
      return Promise.resolve(session.pageTerms());
    case 'reveal':
      return session.revealMission(parsed.id).then(() => true);
    case 'command':
      if (parsed.command === 'list-terms') return session.showList().then(() => true);
      return session.step(parsed.command === 'next-term' ? 1 : -1).then(() => true);
  }
}
