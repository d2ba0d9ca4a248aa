/**
 * Background side of the runtime messages. Pure: the listener in entrypoints/background passes
 * in the message, its sender, our own extension id and the dataset.
 */
import type { CardData } from '../in-page/card-data';
import { cardDataFor, type FullDataset } from './card-data-handler';
import type { MessageSender } from './content-handler';
import { parseBackgroundMessage } from './protocol';

/** The answer to `message`, or undefined for a message not from our own extension or not one of ours. */
export function answerBackgroundMessage(
  message: unknown,
  sender: MessageSender,
  ownId: string,
  dataset: FullDataset,
): Promise<CardData> | undefined {
  if (sender.id !== ownId) return undefined;
  const parsed = parseBackgroundMessage(message);
  if (parsed?.type === 'card-data') return Promise.resolve(cardDataFor(dataset, parsed));
  return undefined;
}
