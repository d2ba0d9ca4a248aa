import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSiteSync } from '../../../lib/background/listeners';
import {
  CONTENT_SCRIPT_FILES,
  planSync,
  type RegisteredScript,
  type SiteScript,
  type SiteScriptsApi,
  scriptFor,
  serialQueue,
  syncRegisteredSites,
} from '../../../lib/background/registered-sites';
import { loadSettings, updateSettings } from '../../../lib/settings/settings-store';

/** The browser's registered scripts and granted permissions, in memory. */
function memoryBrowser(granted: string[] = []) {
  const scripts = new Map<string, RegisteredScript>();
  const grants = new Set(granted);
  const api: SiteScriptsApi & { calls: string[] } = {
    calls: [],
    async getRegistered() {
      return [...scripts.values()].map((s) => ({ ...s }));
    },
    async register(script: SiteScript) {
      if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      api.calls.push(`register ${script.id}`);
      scripts.set(script.id, { ...script });
    },
    async unregister(ids: string[]) {
      for (const id of ids) {
        if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        scripts.delete(id);
      }
      api.calls.push(`unregister ${ids.join(',')}`);
    },
    async isGranted(site: string) {
      return grants.has(site);
    },
  };
  return { api, scripts, grants };
}

describe('scriptFor', () => {
  it('registers the built content script and stylesheet for the site and its subdomains', () => {
    expect(scriptFor('example-blog.org')).toEqual({
      id: 'mw-site-example-blog.org',
      matches: ['*://*.example-blog.org/*'],
      js: ['content-scripts/content.js'],
      css: ['content-scripts/content.css'],
      runAt: 'document_idle',
    });
    expect(CONTENT_SCRIPT_FILES.js).toEqual(['content-scripts/content.js']);
  });
});

describe('planSync', () => {
  it('adds missing sites and drops sites no longer wanted', () => {
    const plan = planSync([scriptFor('a.org'), scriptFor('b.org')], ['b.org', 'c.org']);
    expect(plan.unregister).toEqual(['mw-site-a.org']);
    expect(plan.register).toEqual([scriptFor('c.org')]);
  });

  it('replaces a script of an older build whose files differ', () => {
    const old = { ...scriptFor('a.org'), js: ['content-scripts/old.js'] };
    const plan = planSync([old], ['a.org']);
    expect(plan.unregister).toEqual(['mw-site-a.org']);
    expect(plan.register).toEqual([scriptFor('a.org')]);
  });

  it('keeps what is current and leaves scripts that are not ours alone', () => {
    const plan = planSync([scriptFor('a.org'), { id: 'someone-else', matches: ['*://x.org/*'] }], ['a.org']);
    expect(plan).toEqual({ unregister: [], register: [] });
  });
});

describe('syncRegisteredSites', () => {
  it('registers exactly the enabled sites whose permission is granted', async () => {
    const { api, scripts } = memoryBrowser(['a.org', 'b.org']);
    await expect(syncRegisteredSites(['a.org', 'b.org', 'not-granted.org'], api)).resolves.toEqual(['a.org', 'b.org']);
    expect([...scripts.keys()]).toEqual(['mw-site-a.org', 'mw-site-b.org']);
  });

  it('is idempotent: a second sync changes nothing', async () => {
    const { api } = memoryBrowser(['a.org']);
    await syncRegisteredSites(['a.org'], api);
    api.calls.length = 0;
    await syncRegisteredSites(['a.org'], api);
    expect(api.calls).toEqual([]);
  });

  it('unregisters a site that was removed or whose permission went', async () => {
    const { api, scripts, grants } = memoryBrowser(['a.org', 'b.org']);
    await syncRegisteredSites(['a.org', 'b.org'], api);
    await syncRegisteredSites(['b.org'], api);
    expect([...scripts.keys()]).toEqual(['mw-site-b.org']);
    grants.delete('b.org');
    await syncRegisteredSites(['b.org'], api);
    expect([...scripts.keys()]).toEqual([]);
  });

  it('keeps registering the other sites when one fails', async () => {
    const { api, scripts } = memoryBrowser(['a.org', 'b.org']);
    const register = api.register;
    api.register = async (script) => {
      if (script.id === 'mw-site-a.org') throw new Error('Invalid match pattern');
      return register(script);
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(syncRegisteredSites(['a.org', 'b.org'], api)).resolves.toEqual(['b.org']);
    expect([...scripts.keys()]).toEqual(['mw-site-b.org']);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('serialQueue', () => {
  it('runs tasks one after another, also after a failure', async () => {
    const enqueue = serialQueue();
    const order: string[] = [];
    const slow = enqueue(async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('slow');
    });
    const failing = enqueue(async () => {
      order.push('failing');
      throw new Error('x');
    });
    const fast = enqueue(async () => order.push('fast'));
    await Promise.allSettled([slow, failing, fast]);
    expect(order).toEqual(['slow', 'failing', 'fast']);
    await expect(failing).rejects.toThrow('x');
  });
});

describe('startSiteSync (background wiring)', () => {
  type Listener = (permissions: { origins?: string[] }) => void;
  let added: Listener[];
  let removed: Listener[];

  beforeEach(() => {
    fakeBrowser.reset();
    added = [];
    removed = [];
    const event = (list: Listener[]) => ({ addListener: (l: Listener) => list.push(l) });
    Object.assign(fakeBrowser.permissions, { onAdded: event(added), onRemoved: event(removed) });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('syncs at start and whenever enabledSites changes', async () => {
    const { api, scripts, grants } = memoryBrowser(['a.org']);
    await updateSettings({ enabledSites: ['a.org'] });
    const sync = startSiteSync(api);
    await expect(sync.synced()).resolves.toEqual(['a.org']);
    grants.add('b.org');
    await updateSettings({ enabledSites: ['a.org', 'b.org'] });
    await vi.waitFor(() => expect([...scripts.keys()]).toEqual(['mw-site-a.org', 'mw-site-b.org']));
    await updateSettings({ enabledSites: ['b.org'] });
    await vi.waitFor(() => expect([...scripts.keys()]).toEqual(['mw-site-b.org']));
  });

  it('drops a site from the settings when the user withdraws its permission in the browser', async () => {
    const { api, scripts, grants } = memoryBrowser(['a.org', 'b.org']);
    await updateSettings({ enabledSites: ['a.org', 'b.org'] });
    const sync = startSiteSync(api);
    await sync.synced();
    grants.delete('a.org');
    for (const l of removed) l({ origins: ['*://*.a.org/*'] });
    await expect(sync.synced()).resolves.toEqual(['b.org']);
    expect((await loadSettings()).enabledSites).toEqual(['b.org']);
    expect([...scripts.keys()]).toEqual(['mw-site-b.org']);
  });

  it('registers a site once its permission is granted after it was enabled', async () => {
    const { api, scripts, grants } = memoryBrowser([]);
    await updateSettings({ enabledSites: ['a.org'] });
    const sync = startSiteSync(api);
    await expect(sync.synced()).resolves.toEqual([]);
    grants.add('a.org');
    for (const l of added) l({ origins: ['*://*.a.org/*'] });
    await vi.waitFor(() => expect([...scripts.keys()]).toEqual(['mw-site-a.org']));
    expect((await loadSettings()).enabledSites).toEqual(['a.org']);
  });

  it('switches a site on when its permission is granted, even if the page that asked has closed', async () => {
    const { api, scripts, grants } = memoryBrowser([]);
    await updateSettings({ enabledSites: ['a.org'] });
    const sync = startSiteSync(api);
    await sync.synced();
    // Firefox can show the prompt behind the popup; the popup closes before the grant arrives.
    grants.add('b.org');
    for (const l of added) l({ origins: ['*://*.b.org/*'] });
    await vi.waitFor(async () => expect((await loadSettings()).enabledSites).toEqual(['a.org', 'b.org']));
    await vi.waitFor(() => expect([...scripts.keys()]).toEqual(['mw-site-b.org']));
  });

  it('leaves the settings alone for a grant that is not a site pattern of ours', async () => {
    const { api } = memoryBrowser([]);
    await updateSettings({ enabledSites: [] });
    const sync = startSiteSync(api);
    await sync.synced();
    for (const l of added) l({ origins: ['*://*.nos.nl/*', '*://*/*'] });
    await sync.synced();
    expect((await loadSettings()).enabledSites).toEqual([]);
  });
});
