/** Pure: what the settings mean for the in-page session on one page. */
import type { TermMatch } from '../matcher';
import type { Settings } from '../settings/settings-schema';

/** Muted missions and terms are never marked. */
export function acceptFor(settings: Settings): (match: TermMatch) => boolean {
  const muted = new Set(settings.mutedTerms);
  return (match) => !match.candidates.some((id) => muted.has(id)) && !(match.id !== null && muted.has(match.id));
}

/** Settings whose change needs the page re-read (the others apply in place). */
export function needsRescan(before: Settings, after: Settings): boolean {
  return (
    before.abbreviations !== after.abbreviations ||
    before.kamerstukReferences !== after.kamerstukReferences ||
    before.mutedTerms.join() !== after.mutedTerms.join()
  );
}
