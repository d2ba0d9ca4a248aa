/**
 * A slow, plain reference for lib/matcher: every name is searched with indexOf in a normalized copy
 * of the text, and every rule is checked one at a time, in the order the product spec states them.
 * It is written apart from lib/matcher (it shares only the types and the spec's constants: the
 * context words and the default windows) so that comparing the two catches mistakes in either.
 * Quadratic in places; only for tests.
 */
import {
  DEFAULT_CONTEXT_WINDOW,
  DEFAULT_COUNTRY_WINDOW,
  type MatcherInput,
  type MatcherOptions,
  MISSION_CONTEXT_WORDS,
  type TermInput,
  type TermMatch,
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

type Candidate = Found & {
  kind: 'mission' | 'term';
  ids: string[];
  needsContext: boolean;
};

// --- Characters -----------------------------------------------------------------------------

const INVISIBLE = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';
const APOSTROPHES = '\u2019\u2018\u02BC\u2032`\u00B4\uFF07';
const HYPHENS = '\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D';

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
  for (const w of MISSION_CONTEXT_WORDS) {
    patterns.push({ kind: 'context', text: w.text, rule: w.case, needsContext: false, ids: [], prefix: w.prefix });
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

function reaches(other: Found, c: Found, window: number): boolean {
  return other.end > c.start - window && other.start < c.end + window;
}

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

function countryNamedNear(text: string, c: Found, names: string[], window: number): boolean {
  const inWord = (i: number) => isWordIn(text, i) || isInvisible(text.charAt(i));
  let a = Math.max(0, c.start - window);
  let b = Math.min(text.length, c.end + window);
  while (a > 0 && inWord(a - 1) && inWord(a)) a--;
  while (b < text.length && inWord(b - 1) && inWord(b)) b++;
  let from = a;
  let to = b;
  for (let p = a; p < b; p++) {
    const q = startsSentenceBreak(text, p, b);
    if (q === -1) continue;
    if (q <= c.start) from = Math.max(from, q);
    else if (p >= c.end) to = Math.min(to, p);
  }
  const sides = [foldCountry(text.slice(from, c.start)), foldCountry(text.slice(c.end, to))];
  return names.some((name) => {
    const escaped = foldCountry(name)
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (escaped === '') return false;
    const whole = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${escaped}(?![\\p{L}\\p{N}\\p{M}])`, 'u');
    return sides.some((side) => whole.test(side));
  });
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
  const contextHits: Found[] = [];
  for (const pattern of patternsOf(missions, terms)) {
    for (const found of occurrences(pattern, norm, lowerNorm)) {
      if (pattern.kind === 'context') {
        contextHits.push(found);
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

  // Round one: names that need no context. Its unambiguous mission matches vouch for the rest.
  const anchors = selectLeftmostLongest(candidates, (c) => !c.needsContext).filter(
    (c) => c.kind === 'mission' && c.ids.length === 1,
  );
  // Round two: everything, context-needing names only with evidence nearby.
  const chosen = selectLeftmostLongest(candidates, (c) => {
    if (!c.needsContext) return true;
    if (contextHits.some((h) => reaches(h, c, contextWindow))) return true;
    return anchors.some((a) => c.ids.includes(a.ids[0] ?? '') && reaches(a, c, contextWindow));
  });

  return chosen.map((c) => {
    let id: string | null = c.ids.length === 1 ? (c.ids[0] ?? null) : null;
    if (id === null && c.kind === 'mission') {
      const named = c.ids.filter((mid) => {
        const m = missions.find((x) => x.id === mid);
        const names = (m?.countries ?? []).flatMap((country) => [country.nl, country.en]);
        return countryNamedNear(text, c, names, countryWindow);
      });
      if (named.length === 1) id = named[0] ?? null;
    }
    return {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      kind: c.kind,
      id,
      candidates: id === null ? c.ids : [id],
    };
  });
}
