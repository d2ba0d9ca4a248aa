/**
 * Background side of the runtime messages. Pure: the listener in entrypoints/background passes
 * in the message, its sender, our own extension id and the dataset.
 */
import type { CardData } from '../in-page/card-data';
import { cardDataFor, type FullDataset } from './card-data-handler';
import type { MessageSender } from './content-handler';
import { parseBackgroundMessage } from './protocol';

/** Who sent a message: a content script's sender also names its tab and frame. */
export type BackgroundSender = MessageSender & { tab?: { id?: number }; frameId?: number };

/** Injects the card's interface into one frame of a tab (scripting.executeScript). */
export type InjectCardUi = (tabId: number, frameId: number) => Promise<unknown>;

/** The answer to `message`, or undefined for a message not from our own extension or not one of ours. */
export function answerBackgroundMessage(
  message: unknown,
  sender: BackgroundSender,
  ownId: string,
  dataset: FullDataset,
  injectCardUi?: InjectCardUi,
): Promise<CardData | true> | undefined {
  if (sender.id !== ownId) return undefined;
  const parsed = parseBackgroundMessage(message);
  if (parsed?.type === 'card-data') return Promise.resolve(cardDataFor(dataset, parsed));
  if (parsed?.type === 'load-card-ui') {
    const tabId = sender.tab?.id;
    // Only a content script in a tab can receive the interface; extension pages bundle it.
    if (tabId === undefined || !injectCardUi) return undefined;
    return injectCardUi(tabId, sender.frameId ?? 0).then(() => true as const);
  }
  return undefined;
}
