import { describe, expect, it } from 'vitest';
import { readablePdf } from '../../../lib/reader/pdf-address';
import {
  ALLOW_RULE_ID_BASE,
  allowRuleFor,
  MAX_ALLOW_RULES,
  pdfRegexFor,
  planAllow,
  planRedirects,
  redirectRules,
} from '../../../lib/reader/pdf-redirect-rules';
import { pdfAddressOf } from '../../../lib/reader/pdf-source';
import { DEFAULT_SITES } from '../../../lib/sites/default-sites';

const READER = 'chrome-extension://abc/reader.html';

/** What the browser does with a redirect rule: the whole URL matched, `\0` replaced by it. */
function redirected(address: string): string | null {
  for (const rule of redirectRules(READER)) {
    const filter = rule.condition.regexFilter as string;
    const pattern = new RegExp(filter, rule.condition.isUrlFilterCaseSensitive ? 'u' : 'iu');
    if (rule.action.type !== 'redirect' || !pattern.test(address)) continue;
    return address.replace(
      pattern,
      rule.action.redirect.regexSubstitution.replace('\\0', () => '$&'),
    );
  }
  return null;
}

describe('redirectRules', () => {
  it('has one rule per default site, each a short regex for top-level navigations only', () => {
    const rules = redirectRules(READER);
    expect(rules).toHaveLength(DEFAULT_SITES.length);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.condition.resourceTypes).toEqual(['main_frame']);
      expect((rule.condition.regexFilter as string).length).toBeLessThan(300);
    }
  });

  it.each([
    'https://www.tweedekamer.nl/downloads/document?id=2025D12345',
    'https://www.tweedekamer.nl/downloads/document?id=2025D12345&did=2025D12345',
    'http://tweedekamer.nl/downloads/document?did=1&id=2025D12345',
    'https://zoek.officielebekendmakingen.nl/kst-29521-493.pdf',
    'https://www.rijksoverheid.nl/documenten/kamerstukken/2025/rapport.PDF?download=1',
    'https://nos.nl/a/b.pdf',
  ])('sends %s to the reader, which reads the same address back', (address) => {
    const target = redirected(address) as string;
    expect(target).toBe(`${READER}#${address}`);
    const url = new URL(target);
    expect(pdfAddressOf(url.search, url.hash)).toBe(readablePdf(address));
  });

  it.each([
    ['a page of a default site', 'https://www.tweedekamer.nl/kamerstukken/detail?id=2025D12345'],
    ['a download without id', 'https://www.tweedekamer.nl/downloads/document'],
    ['a name that only contains .pdf', 'https://nos.nl/a.pdf.html'],
    ['.pdf only in the query', 'https://nos.nl/view?file=a.pdf'],
    ['a PDF elsewhere', 'https://www.example.org/a.pdf'],
    ['a look-alike host', 'https://www.nottweedekamer.nl/a.pdf'],
    ['a default site in the path', 'https://www.example.org/tweedekamer.nl/a.pdf'],
    ['another site’s download', 'https://www.example.org/downloads/document?id=1'],
  ])('leaves %s alone', (_, address) => {
    expect(redirected(address)).toBeNull();
  });
});

describe('planRedirects', () => {
  it('replaces the redirects when on, removes them when off, and keeps allow rules', () => {
    const existing = [{ id: 1 }, { id: 2 }, { id: ALLOW_RULE_ID_BASE }];
    const on = planRedirects(existing, true, READER);
    expect(on.removeRuleIds).toEqual([1, 2]);
    expect(on.addRules).toHaveLength(DEFAULT_SITES.length);
    expect(planRedirects(existing, false, READER)).toEqual({ removeRuleIds: [1, 2], addRules: [] });
    expect(planRedirects([], false, READER)).toEqual({ removeRuleIds: [], addRules: [] });
  });
});

describe('allow rules for the original', () => {
  const pdf = 'https://www.tweedekamer.nl/downloads/document?id=2025D12345';

  it('lets exactly that address through, above the redirects, without its fragment', () => {
    const rule = allowRuleFor(`${pdf}#page=2`, ALLOW_RULE_ID_BASE);
    expect(rule.action).toEqual({ type: 'allow' });
    expect(rule.condition).toMatchObject({ urlFilter: `|${pdf}|`, resourceTypes: ['main_frame'] });
    expect(rule.priority).toBeGreaterThan((redirectRules(READER)[0] as { priority: number }).priority);
  });

  it('adds a rule once per address, with a fresh id', () => {
    const first = planAllow([], pdf);
    expect(first.addRules.map((r) => r.id)).toEqual([ALLOW_RULE_ID_BASE]);
    expect(planAllow(first.addRules, pdf)).toEqual({ removeRuleIds: [], addRules: [] });
    const second = planAllow([...redirectRules(READER), ...first.addRules], 'https://nos.nl/a.pdf');
    expect(second.addRules.map((r) => r.id)).toEqual([ALLOW_RULE_ID_BASE + 1]);
    expect(second.removeRuleIds).toEqual([]);
  });

  it('drops the oldest beyond the limit', () => {
    const full = Array.from({ length: MAX_ALLOW_RULES }, (_, i) =>
      allowRuleFor(`https://nos.nl/${i}.pdf`, ALLOW_RULE_ID_BASE + i),
    );
    const next = planAllow(full, pdf);
    expect(next.removeRuleIds).toEqual([ALLOW_RULE_ID_BASE]);
    expect(next.addRules.map((r) => r.id)).toEqual([ALLOW_RULE_ID_BASE + MAX_ALLOW_RULES]);
  });
});

describe('pdfRegexFor', () => {
  it('escapes the dots of the site', () => {
    expect(new RegExp(pdfRegexFor('nu.nl'), 'iu').test('https://nuxnl/a.pdf')).toBe(false);
  });
});
