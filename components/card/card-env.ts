/**
 * What every part of the card needs besides its own data: language, strings, the documents, today.
 * MissionCard provides it to the parts below it through CardEnvContext, so no part passes it on.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SourceDocument } from '../../data/schema';
import type { CardMessages, UiLanguage } from '../../lib/i18n/card-messages';

export type CardEnv = {
  lang: UiLanguage;
  t: CardMessages;
  documents: readonly SourceDocument[];
  /** Injected so that "verstreken" / "passed" is decided the same way in the UI and in tests. */
  today: Date;
};

/** No default: a part of the card drawn outside a card fails at once instead of guessing its language. */
export const CardEnvContext = createContext<CardEnv | null>(null);

export function useCardEnv(): CardEnv {
  const env = useContext(CardEnvContext);
  if (env === null) throw new Error('A part of the card was drawn outside CardEnvContext (MissionCard provides it).');
  return env;
}

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** One level below `level`, never past h6. */
export function headingBelow(level: HeadingLevel): HeadingLevel {
  return level === 6 ? 6 : ((level + 1) as HeadingLevel);
}
