/** What every part of the card needs besides its own data: language, strings, the documents, today. */
import type { SourceDocument } from '../../data/schema';
import type { CardMessages, UiLanguage } from '../../lib/i18n/card-messages';

export type CardEnv = {
  lang: UiLanguage;
  t: CardMessages;
  documents: readonly SourceDocument[];
  /** Injected so that "verstreken" / "passed" is decided the same way in the UI and in tests. */
  today: Date;
};

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** One level below `level`, never past h6. */
export function headingBelow(level: HeadingLevel): HeadingLevel {
  return level === 6 ? 6 : ((level + 1) as HeadingLevel);
}
