import { describe, expect, it } from 'vitest';
import {
  parseSiteInput,
  sitePermissionPattern,
  sitesGrantedBy,
  withoutSite,
  withSite,
} from '../../../lib/sites/custom-sites';

describe('parseSiteInput', () => {
  it.each([
    ['example-blog.org', 'example-blog.org'],
    ['www.example-blog.org', 'example-blog.org'],
    ['  WWW.Example-Blog.ORG  ', 'example-blog.org'],
    ['https://www.example-blog.org/artikel?id=1#x', 'example-blog.org'],
    ['http://blog.example.co.uk:8080/', 'blog.example.co.uk'],
    ['example.org.', 'example.org'],
    ['bücher.de', 'xn--bcher-kva.de'],
  ])('reads %j as the site %j', (input, site) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, site });
  });

  it.each([
    '',
    '   ',
    'geen site',
    'localhost',
    '192.168.0.1',
    'exa_mple.org',
    'http://',
    'file:///etc/passwd',
    '*.example.org',
  ])('rejects %j', (input) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('says when a site is already on the default list', () => {
    expect(parseSiteInput('www.nos.nl')).toEqual({ ok: false, reason: 'default', site: 'nos.nl' });
    expect(parseSiteInput('https://zoek.officielebekendmakingen.nl/kst-1.html')).toEqual({
      ok: false,
      reason: 'default',
      site: 'officielebekendmakingen.nl',
    });
  });

  it('does not take a look-alike for a default site', () => {
    expect(parseSiteInput('evilnos.nl')).toEqual({ ok: true, site: 'evilnos.nl' });
  });
});

describe('site lists', () => {
  it('asks permission for the site and all its subdomains', () => {
    expect(sitePermissionPattern('example-blog.org')).toBe('*://*.example-blog.org/*');
  });
  it('adds a site once and removes it', () => {
    expect(withSite(['a.org'], 'b.org')).toEqual(['a.org', 'b.org']);
    expect(withSite(['a.org', 'b.org'], 'a.org')).toEqual(['a.org', 'b.org']);
    expect(withoutSite(['a.org', 'b.org'], 'a.org')).toEqual(['b.org']);
  });
});

describe('sitesGrantedBy', () => {
  it('reads the site out of the pattern the extension asks for', () => {
    expect(sitesGrantedBy(['*://*.example-blog.org/*'])).toEqual(['example-blog.org']);
  });

  it('ignores default sites, other pattern shapes, invalid hosts and repeats', () => {
    expect(
      sitesGrantedBy([
        '*://*.nos.nl/*',
        '*://*/*',
        'https://example.org/*',
        '*://*.no_host/*',
        '*://*.example.org/*',
        '*://*.example.org/*',
      ]),
    ).toEqual(['example.org']);
  });

  it('grants nothing for no origins', () => {
    expect(sitesGrantedBy([])).toEqual([]);
  });
});
