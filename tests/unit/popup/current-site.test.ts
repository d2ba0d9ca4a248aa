import { describe, expect, it } from 'vitest';
import { currentSite, defaultSiteChange } from '../../../lib/popup/current-site';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings-schema';

const BASE = 'chrome-extension://abcdefghijklmnop/';
const settings = (change: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...change });

describe('currentSite', () => {
  it('knows nothing where the browser gives no address', () => {
    expect(currentSite(null, settings(), BASE)).toEqual({ kind: 'unknown' });
    expect(currentSite(undefined, settings(), BASE)).toEqual({ kind: 'unknown' });
  });

  it("recognises Missiewijzer's own pages", () => {
    expect(currentSite(`${BASE}demo.html`, settings(), BASE)).toEqual({ kind: 'own' });
  });

  it.each([
    'chrome://newtab/',
    'about:blank',
    'file:///home/lezer/kst-29521-493.pdf',
    'moz-extension://0000/popup.html',
    'http://127.0.0.1:8080/',
    'http://localhost/',
  ])('has no site to switch on %s', (address) => {
    expect(currentSite(address, settings(), BASE)).toEqual({ kind: 'unsupported' });
  });

  it('names a default site by its listed domain, on unless switched off', () => {
    expect(currentSite('https://nos.nl/artikel/1', settings(), BASE)).toEqual({
      kind: 'default',
      host: 'nos.nl',
      site: 'nos.nl',
      on: true,
    });
    expect(currentSite('https://zoek.officielebekendmakingen.nl/kst-1-2.html', settings(), BASE)).toMatchObject({
      kind: 'default',
      site: 'officielebekendmakingen.nl',
      on: true,
    });
    expect(currentSite('https://www.NOS.nl/', settings({ disabledSites: ['nos.nl'] }), BASE)).toMatchObject({
      kind: 'default',
      site: 'nos.nl',
      on: false,
    });
  });

  it('reports the site switch apart from pausing', () => {
    expect(currentSite('https://nos.nl/', settings({ paused: true }), BASE)).toMatchObject({ on: true });
  });

  it('names another site as the options page would, off until the user switched it on', () => {
    expect(currentSite('https://www.example-blog.org/post', settings(), BASE)).toEqual({
      kind: 'other',
      host: 'www.example-blog.org',
      site: 'example-blog.org',
      on: false,
    });
  });

  it('finds the switched-on entry that covers a subdomain', () => {
    expect(
      currentSite(
        'https://news.example-blog.org/x',
        settings({ enabledSites: ['other.example', 'example-blog.org'] }),
        BASE,
      ),
    ).toEqual({ kind: 'other', host: 'news.example-blog.org', site: 'example-blog.org', on: true });
  });
});

describe('defaultSiteChange', () => {
  const nos = { host: 'www.nos.nl', site: 'nos.nl' };

  it('switches a default site off by listing it in disabledSites', () => {
    expect(defaultSiteChange(nos, false)(settings({ disabledSites: ['nu.nl'] }))).toEqual({
      disabledSites: ['nu.nl', 'nos.nl'],
    });
  });

  it('switches it on again, also where a subdomain entry kept it off', () => {
    expect(defaultSiteChange(nos, true)(settings({ disabledSites: ['nos.nl', 'nu.nl', 'www.nos.nl'] }))).toEqual({
      disabledSites: ['nu.nl'],
    });
  });

  it('lists it once however often it is switched off', () => {
    expect(defaultSiteChange(nos, false)(settings({ disabledSites: ['nos.nl'] }))).toEqual({
      disabledSites: ['nos.nl'],
    });
  });
});
