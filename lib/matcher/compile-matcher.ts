/**
 * Turns missions, glossary terms and context words into one trie (for the content script, at build
 * time: precompiled-matcher.ts); findMatches then reads the text in a single pass. Never a regex
 * per alias, never a case-insensitive alternation: both cost seconds per megabyte.
 */
import { buildTrie } from './alias-trie';
import { buildStartFinder } from './candidate-starts';
import { isWordAt } from './char-classes';
import { DEFAULT_CONTEXT_WINDOW, TOPIC_WORDS } from './context-rules';
import { normalizeAlias, oneCapitalForm } from './normalize-for-matching';
import { DEFAULT_COUNTRY_WINDOW } from './resolve-shared-stem';
import { stemCluesOf, stemLookups } from './stem-clues';
import type { AliasEntry, CaseRule, Matcher, MatcherInput, MatcherOptions, TermInput } from './types';

export class MatcherCompileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MatcherCompileError';
  }
}

function makeEntry(
  owner: string,
  text: string,
  fields: Omit<AliasEntry, 'written' | 'capitalized' | 'caseRule'> & { caseRule: CaseRule },
): AliasEntry {
  const written = normalizeAlias(text);
  // Matching only starts at word starts; a name starting with punctuation could never be found.
  if (written.length === 0 || !isWordAt(written, 0)) {
    throw new MatcherCompileError(`${owner}: "${text}" must start with a letter or digit`);
  }
  const capitalized = fields.caseRule === 'capitalized' ? oneCapitalForm(written) : null;
  return { ...fields, written, capitalized };
}

/**
 * Every name the trie holds, checked and normalized, in the order they are inserted: the missions'
 * names, then the glossary terms, then the topic words of the names that need context (context-rules.ts),
 * each for the missions it speaks of.
 */
export function aliasEntries(missions: MatcherInput, terms: TermInput[] = []): AliasEntry[] {
  const entries: AliasEntry[] = [];
  const missionRank = new Map(missions.map((m, i) => [m.id, i]));
  const byRank = (a: string, b: string) => (missionRank.get(a) ?? 0) - (missionRank.get(b) ?? 0);

  for (const m of missions) {
    entries.push(
      makeEntry(m.id, m.acronym, {
        kind: 'mission',
        caseRule: m.acronymCase,
        needsContext: false,
        ids: [m.id],
        prefix: false,
      }),
    );
    for (const alias of m.aliases) {
      // A shared stem stands for the missions it names that we know of, and always for its owner.
      const ids = alias.sharedBy
        ? [...new Set([m.id, ...alias.sharedBy.filter((id) => missionRank.has(id))])].sort(byRank)
        : [m.id];
      entries.push(
        makeEntry(m.id, alias.text, {
          kind: 'mission',
          caseRule: alias.case,
          needsContext: alias.needsContext,
          ids,
          prefix: false,
        }),
      );
    }
  }

  for (const t of terms) {
    entries.push(
      makeEntry(t.id, t.acronym, { kind: 'term', caseRule: t.case, needsContext: false, ids: [t.id], prefix: false }),
    );
  }

  const topicIds = new Map<string, string[]>();
  for (const m of missions) {
    for (const alias of m.aliases) {
      if (!alias.needsContext) continue;
      for (const word of TOPIC_WORDS[alias.text] ?? []) {
        const ids = topicIds.get(word) ?? [];
        if (!ids.includes(m.id)) ids.push(m.id);
        topicIds.set(word, ids);
      }
    }
  }
  for (const [word, ids] of topicIds) {
    entries.push(
      makeEntry('topic word', word, {
        kind: 'context',
        caseRule: 'insensitive',
        needsContext: false,
        ids: ids.sort(byRank),
        prefix: true,
      }),
    );
  }
  return entries;
}

export function compileMatcher(missions: MatcherInput, terms: TermInput[] = [], options: MatcherOptions = {}): Matcher {
  const trie = buildTrie(aliasEntries(missions, terms));
  return {
    trie,
    startFinder: buildStartFinder(trie),
    nameFinder: buildStartFinder(trie, (entry) => entry.kind !== 'context'),
    contextFinder: buildStartFinder(trie, (entry) => entry.kind === 'context'),
    ...stemLookups(stemCluesOf(missions)),
    missionRank: new Map(missions.map((m, i) => [m.id, i])),
    termRank: new Map(terms.map((t, i) => [t.id, i])),
    contextWindow: options.contextWindow ?? DEFAULT_CONTEXT_WINDOW,
    countryWindow: options.countryWindow ?? DEFAULT_COUNTRY_WINDOW,
  };
}
