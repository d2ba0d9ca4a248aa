/**
 * A slow, plain reference for lib/matcher: every name is searched with indexOf in a normalized copy
 * of the text, and every rule is checked one at a time, in the order the product spec states them.
 * It is written apart from lib/matcher (it shares only the types and the spec's constants: the
 * mission words, the topic words, the words for countries and the default windows) so that comparing the two catches mistakes in either.
 * Quadratic in places; only for tests.
 */
import {
  COUNTRY_WORDS,
  DEFAULT_CONTEXT_WINDOW,
  DEFAULT_COUNTRY_WINDOW,
  type MatcherInput,
  type MatcherOptions,
  MISSION_WORDS,
  type MissionInput,
  NOT_MISSION_WORDS,
  type TermInput,
  type TermMatch,
  TOPIC_WORDS,
} from '../../lib/matcher';

type CaseRule = 'exact' | 'capitalized' | 'insensitive';

type Pattern = {
  kind: 'mission' | 'term' | 'context';
  text: string;
  rule: CaseRule;
  needsContext: boolean;
  ids: string[];
  prefix: boolean;
};

type Found = { start: number; end: number };

type TopicHit = Found & { ids: string[] };

type Candidate = Found & {
  kind: 'mission' | 'term';
  ids: string[];
  needsContext: boolean;
};

// --- Characters -----------------------------------------------------------------------------

const INVISIBLE = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';
const APOSTROPHES = '\u2019\u2018\u02BC\u2032`\u00B4\uFF07';
const HYPHENS = '\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D';

/** Spaces (at least one), or one hyphen, with invisibles anywhere: what lies between a name and an attached word. */
const SPACES_ONE = `[${INVISIBLE}]*(?:(?![${INVISIBLE}])[\\s\u0085][${INVISIBLE}]*)+`;
const HYPHEN_ONE = `[${INVISIBLE}]*[-${HYPHENS}][${INVISIBLE}]*`;

function isInvisible(ch: string): boolean {
  return INVISIBLE.includes(ch);
}

function isWhitespace(ch: string): boolean {
  return !isInvisible(ch) && (/\s/.test(ch) || ch === '\u0085');
}

/** The whole code point at position i of s, whichever half of a surrogate pair i points at. */
function codePointStringAt(s: string, i: number): string {
  const code = s.charCodeAt(i);
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
    const before = s.charCodeAt(i - 1);
    if (before >= 0xd800 && before <= 0xdbff) return s.slice(i - 1, i + 1);
  }
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
    const after = s.charCodeAt(i + 1);
    if (after >= 0xdc00 && after <= 0xdfff) return s.slice(i, i + 2);
  }
  return s.charAt(i);
}

function isWordIn(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  return /^[\p{L}\p{N}\p{M}]$/u.test(codePointStringAt(s, i));
}

function isUpperIn(s: string, i: number): boolean {
  return /^\p{Lu}$/u.test(codePointStringAt(s, i));
}

/** Lowercase one UTF-16 unit at a time; a unit whose lowercase is longer stays as it is. */
function lowerKeepingLength(s: string): string {
  let out = '';
  for (const unit of s.split('')) {
    const lower = unit.toLowerCase();
    out += lower.length === 1 ? lower : unit;
  }
  return out;
}

// --- Normalization --------------------------------------------------------------------------

type Normalized = { text: string; origin: number[] };

/** Drop invisibles, one space per whitespace run, ASCII apostrophes and hyphens; remember where each char came from. */
function normalizeWithOrigins(original: string): Normalized {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original.charAt(i);
    if (isInvisible(ch)) continue;
    if (isWhitespace(ch)) {
      if (text.endsWith(' ')) continue;
      text += ' ';
    } else if (APOSTROPHES.includes(ch)) text += "'";
    else if (HYPHENS.includes(ch)) text += '-';
    else text += ch;
    origin.push(i);
  }
  return { text, origin };
}

function normalizeName(name: string): string {
  return normalizeWithOrigins(name).text.trim();
}

function capitalizeEachWord(name: string): string {
  return name
    .split(' ')
    .map((w) => {
      const chars = Array.from(w);
      return (chars[0] ?? '').toUpperCase() + chars.slice(1).join('').toLowerCase();
    })
    .join(' ');
}

function foldCountry(s: string): string {
  return normalizeWithOrigins(s).text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// --- Patterns -------------------------------------------------------------------------------

function patternsOf(missions: MatcherInput, terms: TermInput[]): Pattern[] {
  const order = missions.map((m) => m.id);
  const inOrder = (ids: string[]) => order.filter((id) => ids.includes(id));
  const patterns: Pattern[] = [];
  for (const m of missions) {
    patterns.push({
      kind: 'mission',
      text: m.acronym,
      rule: m.acronymCase,
      needsContext: false,
      ids: [m.id],
      prefix: false,
    });
    for (const a of m.aliases) {
      patterns.push({
        kind: 'mission',
        text: a.text,
        rule: a.case,
        needsContext: a.needsContext,
        ids: a.sharedBy ? inOrder([m.id, ...a.sharedBy]) : [m.id],
        prefix: false,
      });
    }
  }
  for (const t of terms) {
    patterns.push({ kind: 'term', text: t.acronym, rule: t.case, needsContext: false, ids: [t.id], prefix: false });
  }
  for (const m of missions) {
    for (const a of m.aliases) {
      if (!a.needsContext) continue;
      for (const word of TOPIC_WORDS[a.text] ?? []) {
        patterns.push({
          kind: 'context',
          text: word,
          rule: 'insensitive',
          needsContext: false,
          ids: [m.id],
          prefix: true,
        });
      }
    }
  }
  return patterns;
}

/** Every place the pattern occurs in the text under the boundary and case rules, as original offsets. */
function occurrences(pattern: Pattern, norm: Normalized, lowerNorm: string): Found[] {
  const name = normalizeName(pattern.text);
  const lowerName = lowerKeepingLength(name);
  const found: Found[] = [];
  for (let i = lowerNorm.indexOf(lowerName); i !== -1; i = lowerNorm.indexOf(lowerName, i + 1)) {
    // Starts a word.
    if (isWordIn(norm.text, i - 1)) continue;
    // Case.
    const written = norm.text.slice(i, i + name.length);
    if (pattern.rule === 'exact' && written !== name) continue;
    if (pattern.rule === 'capitalized' && written !== name && written !== capitalizeEachWord(name)) continue;
    // Ends a word, or is followed by a plural s after capitals, or is a context stem.
    const after = i + name.length;
    const endsWord = !isWordIn(norm.text, after);
    const pluralS =
      norm.text.charAt(after) === 's' && isUpperIn(norm.text, after - 1) && !isWordIn(norm.text, after + 1);
    if (!pattern.prefix && !endsWord && !pluralS) continue;
    const start = norm.origin[i] ?? 0;
    const end = (norm.origin[after - 1] ?? 0) + 1;
    found.push({ start, end });
  }
  return found;
}

// --- Rules ----------------------------------------------------------------------------------

function selectLeftmostLongest(candidates: Candidate[], mayCount: (c: Candidate) => boolean): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Candidate[] = [];
  let cursor = 0;
  for (const c of sorted) {
    if (c.start >= cursor && mayCount(c)) {
      chosen.push(c);
      cursor = c.end;
    }
  }
  return chosen;
}

function startsSentenceBreak(text: string, p: number, limit: number): number {
  const ch = text.charAt(p);
  if (ch === '.' || ch === '!' || ch === '?') {
    let q = p + 1;
    while (q < limit && /\s/.test(text.charAt(q))) q++;
    if (q > p + 1 && q < limit && isUpperIn(text, q)) return q;
    return -1;
  }
  if (ch === '\n') {
    let q = p + 1;
    while (q < limit && text.charAt(q) !== '\n' && /\s/.test(text.charAt(q))) q++;
    if (q < limit && text.charAt(q) === '\n') return q + 1;
  }
  return -1;
}

/** The sentence of [start, end), within `window` either side (widened so no word is cut). */
function sentenceAround(text: string, start: number, end: number, window: number): [number, number] {
  const inWord = (i: number) => isWordIn(text, i) || isInvisible(text.charAt(i));
  let a = Math.max(0, start - window);
  let b = Math.min(text.length, end + window);
  while (a > 0 && inWord(a - 1) && inWord(a)) a--;
  while (b < text.length && inWord(b - 1) && inWord(b)) b++;
  let from = a;
  let to = b;
  for (let p = a; p < b; p++) {
    const q = startsSentenceBreak(text, p, b);
    if (q === -1) continue;
    if (q <= start) from = Math.max(from, q);
    else if (p >= end) to = Math.min(to, p);
  }
  return [from, to];
}

function countryNamedNear(text: string, c: Found, names: string[], window: number): boolean {
  const [from, to] = sentenceAround(text, c.start, c.end, window);
  const sides = [foldCountry(text.slice(from, c.start)), foldCountry(text.slice(c.end, to))];
  return names.some((name) => {
    const whole = wholeWordPattern(name);
    return whole !== null && sides.some((side) => whole.test(side));
  });
}

// --- Context: what a name that needs it must have -------------------------------------------

/** The name's sentence and the one before it. */
function twoSentences(text: string, c: Found, window: number): [number, number] {
  const [from, to] = sentenceAround(text, c.start, c.end, window);
  const gap = /(?:(?!\uFEFF)[\s\u0085])*$/u.exec(text.slice(0, from))?.[0] ?? '';
  const p = from - gap.length;
  const blankLine = gap.split('\n').length > 2;
  if (p === 0 || gap === '' || !(blankLine || /[.!?]/.test(text.charAt(p - 1)))) return [from, to];
  return [sentenceAround(text, p - 1, p - 1, window)[0], to];
}

const GAP_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}\\p{M}${INVISIBLE}])([\\p{L}\\p{N}\\p{M}${INVISIBLE}]+)(${SPACES_ONE}|${HYPHEN_ONE})$`,
  'u',
);
const GAP_AFTER = new RegExp(`^(?:${SPACES_ONE}|${HYPHEN_ONE})([\\p{L}\\p{N}\\p{M}${INVISIBLE}]+)`, 'u');

function plainWord(word: string): string {
  return Array.from(word)
    .filter((ch) => !isInvisible(ch))
    .join('')
    .toLowerCase();
}

/** A mission word right before the name ('EU-operatie Irini') or right after it ('Atalanta-missie'). */
function missionWordAttached(text: string, c: Found): boolean {
  const before = GAP_BEFORE.exec(text.slice(Math.max(0, c.start - 200), c.start));
  if (before?.[1] !== undefined) {
    const word = plainWord(before[1]);
    if (MISSION_WORDS.some((w) => word.endsWith(w)) && !NOT_MISSION_WORDS.some((w) => word.endsWith(w))) return true;
  }
  const after = GAP_AFTER.exec(text.slice(c.end, c.end + 200));
  if (after?.[1] !== undefined) {
    const word = plainWord(after[1]);
    if (MISSION_WORDS.some((w) => word.startsWith(w))) return true;
  }
  return false;
}

const wholeWordPatterns = new Map<string, RegExp | null>();

/** The name as whole words, for a folded text; made once per name (the tests call this a lot). */
function wholeWordPattern(name: string): RegExp | null {
  let whole = wholeWordPatterns.get(name);
  if (whole === undefined) {
    const escaped = foldCountry(name)
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    whole = escaped === '' ? null : new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${escaped}(?![\\p{L}\\p{N}\\p{M}])`, 'u');
    wholeWordPatterns.set(name, whole);
  }
  return whole;
}

export function referenceFindMatches(
  missions: MatcherInput,
  terms: TermInput[],
  text: string,
  options: MatcherOptions = {},
): TermMatch[] {
  const contextWindow = options.contextWindow ?? DEFAULT_CONTEXT_WINDOW;
  const countryWindow = options.countryWindow ?? DEFAULT_COUNTRY_WINDOW;
  const norm = normalizeWithOrigins(text);
  const lowerNorm = lowerKeepingLength(norm.text);

  // All occurrences, merged per span: mission names over terms, ids in input order.
  const bySpan = new Map<string, { found: Found; missions: Pattern[]; terms: Pattern[] }>();
  const topicHits: TopicHit[] = [];
  for (const pattern of patternsOf(missions, terms)) {
    for (const found of occurrences(pattern, norm, lowerNorm)) {
      if (pattern.kind === 'context') {
        topicHits.push({ ...found, ids: pattern.ids });
        continue;
      }
      const key = `${found.start}-${found.end}`;
      const entry = bySpan.get(key) ?? { found, missions: [], terms: [] };
      (pattern.kind === 'mission' ? entry.missions : entry.terms).push(pattern);
      bySpan.set(key, entry);
    }
  }
  const missionOrder = missions.map((m) => m.id);
  const termOrder = terms.map((t) => t.id);
  const candidates: Candidate[] = [];
  for (const { found, missions: ms, terms: ts } of bySpan.values()) {
    if (ms.length > 0) {
      const ids = missionOrder.filter((id) => ms.some((p) => p.ids.includes(id)));
      candidates.push({ ...found, kind: 'mission', ids, needsContext: ms.every((p) => p.needsContext) });
    } else {
      const ids = termOrder.filter((id) => ts.some((p) => p.ids.includes(id)));
      candidates.push({ ...found, kind: 'term', ids, needsContext: false });
    }
  }

  // Round one: names that need no context. Its mission matches are the evidence for the rest.
  const firstRound = selectLeftmostLongest(candidates, (c) => !c.needsContext).filter((c) => c.kind === 'mission');
  const inside = (x: Found, from: number, to: number) => x.end > from && x.start < to;
  // (a) a mission word attached, or (b) a topic word of the mission or any mission name in the sentence or the one before.
  const ownContext = (c: Candidate) => {
    if (missionWordAttached(text, c)) return true;
    const [from, to] = twoSentences(text, c, contextWindow);
    return c.ids.some(
      (id) =>
        topicHits.some((h) => h.ids.includes(id) && inside(h, from, to)) || firstRound.some((a) => inside(a, from, to)),
    );
  };
  // (c) the text names the mission unambiguously somewhere: a name needing no context, or one with context of its own.
  const named = new Set<string>();
  for (const a of firstRound) if (a.ids.length === 1) named.add(a.ids[0] ?? '');
  for (const c of candidates) if (c.needsContext && c.ids.length === 1 && ownContext(c)) named.add(c.ids[0] ?? '');
  // Round two: everything, context-needing names only with context.
  const chosen = selectLeftmostLongest(
    candidates,
    (c) => !c.needsContext || c.ids.some((id) => named.has(id)) || ownContext(c),
  );

  const clues = stemCluesOf(missions);
  const result: TermMatch[] = [];
  let joinedUntil = 0;
  chosen.forEach((c, k) => {
    if (c.start < joinedUntil) return;
    let id: string | null = c.ids.length === 1 ? (c.ids[0] ?? null) : null;
    let end = c.end;
    if (id === null && c.kind === 'mission') {
      // The name right after the stem decides, and joins the match.
      const next = nameFollowing(text, c, clues);
      if (next) {
        id = next.id;
        const cut = chosen.slice(k + 1).some((o) => o.start < next.end && o.end > next.end);
        if (!cut) end = next.end;
      } else {
        // Else a country, a word for it or another clue in the sentence, of exactly one candidate.
        const named = c.ids.filter((mid) => {
          const entry = clues.get(mid);
          const all = entry ? [...entry.names, ...entry.clues] : [];
          return countryNamedNear(text, c, all, countryWindow);
        });
        if (named.length === 1) id = named[0] ?? null;
      }
    }
    joinedUntil = end;
    result.push({
      start: c.start,
      end,
      text: text.slice(c.start, end),
      kind: c.kind,
      id,
      candidates: id === null ? c.ids : [id],
    });
  });
  return result;
}

// --- Shared stems: what tells their missions apart ----------------------------------------------

type Clues = { names: string[]; clues: string[] };

const cluesByInput = new WeakMap<MatcherInput, Map<string, Clues>>();

/** Worked out once per input: the tests call the reference thousands of times with the same missions. */
function stemCluesOf(missions: MatcherInput): Map<string, Clues> {
  let clues = cluesByInput.get(missions);
  if (!clues) {
    clues = workOutStemClues(missions);
    cluesByInput.set(missions, clues);
  }
  return clues;
}

function workOutStemClues(missions: MatcherInput): Map<string, Clues> {
  const fold = (s: string) => foldCountry(s).trim();
  const known = missions.map((m) => m.id);
  const stems: { text: string; ids: string[] }[] = [];
  for (const m of missions) {
    for (const a of m.aliases) {
      if (!a.sharedBy) continue;
      const ids = [m.id, ...a.sharedBy].filter((id) => known.includes(id));
      stems.push({ text: fold(a.text), ids });
    }
  }
  const own = (m: MissionInput, withNeedsContext: boolean) =>
    [
      m.acronym,
      ...m.aliases.filter((a) => !a.sharedBy && (withNeedsContext || !a.needsContext)).map((a) => a.text),
    ].map(fold);
  const sameCountry = (a: { nl: string; en: string }, b: { nl: string; en: string }) =>
    [a.nl, a.en].some((x) => [b.nl, b.en].some((y) => fold(x) === fold(y)));
  const out = new Map<string, Clues>();
  for (const m of missions) {
    const myStems = stems.filter((s) => s.ids.includes(m.id)).map((s) => s.text);
    if (myStems.length === 0) continue;
    const names: string[] = [];
    for (const name of own(m, true)) {
      names.push(name);
      for (const stem of myStems) if (name.startsWith(`${stem} `)) names.push(name.slice(stem.length + 1));
    }
    for (const c of m.countries) names.push(fold(c.nl), fold(c.en));
    const further: string[] = [];
    for (const c of m.countries) {
      for (const [country, words] of Object.entries(COUNTRY_WORDS)) {
        if (fold(country) === fold(c.en)) further.push(...words.map(fold));
      }
    }
    for (const other of missions) {
      if (other.id === m.id || other.countries.length !== 1) continue;
      const [only] = other.countries;
      if (only && m.countries.some((c) => sameCountry(c, only))) further.push(...own(other, false));
    }
    const keep = (list: string[]) => [...new Set(list)].filter((x) => x !== '');
    const nameList = keep(names);
    out.set(m.id, { names: nameList, clues: keep(further).filter((x) => !nameList.includes(x)) });
  }
  return out;
}

const SPACES = '[\\s\u0085\u00AD\u200B\u200C\u200D\u2060\uFEFF]*';
/** Spaces, then once a bracketed group of at most 30 characters ('(EUBAM)'), then spaces. */
const SPACES_AND_BRACKET = new RegExp(`^${SPACES}(\\([^()\n]{1,30}\\)${SPACES})?`, 'u');
const ONLY_SPACES = new RegExp(`^${SPACES}`, 'u');
const WORD = /^[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}]|\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF)*/u;

/** The one candidate whose name follows the stem (words apart by spaces, once a bracket between). */
function nameFollowing(text: string, c: Candidate, clues: Map<string, Clues>): { id: string; end: number } | null {
  const words: { folded: string; end: number }[] = [];
  let at = c.end;
  let bracketSeen = false;
  for (;;) {
    const rest = text.slice(at);
    let sep = (bracketSeen ? ONLY_SPACES : SPACES_AND_BRACKET).exec(rest);
    let sepLength = sep?.[0].length ?? 0;
    if (sep?.[1] !== undefined && !/[\p{L}\p{N}\p{M}]/u.test(sep[1])) {
      // A bracket with no word in it is no bracketed acronym: only the spaces before it count.
      sep = ONLY_SPACES.exec(rest);
      sepLength = sep?.[0].length ?? 0;
    } else if (sep?.[1] !== undefined) {
      bracketSeen = true;
    }
    if (sepLength === 0) break;
    const word = WORD.exec(rest.slice(sepLength));
    if (!word) break;
    at += sepLength + word[0].length;
    words.push({ folded: foldCountry(word[0]), end: at });
    if (words.length >= 20) break;
  }
  const hits: { id: string; end: number }[] = [];
  for (const id of c.ids) {
    let best = 0;
    for (const name of clues.get(id)?.names ?? []) {
      const parts = name.split(/[^\p{L}\p{N}]+/u).filter((p) => p !== '');
      if (parts.length === 0 || parts.length > words.length) continue;
      if (parts.every((p, i) => words[i]?.folded === p)) best = Math.max(best, parts.length);
    }
    if (best > 0) hits.push({ id, end: words[best - 1]?.end ?? 0 });
  }
  return hits.length === 1 ? (hits[0] ?? null) : null;
}
