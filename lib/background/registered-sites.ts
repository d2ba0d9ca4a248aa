/**
 * Content scripts for sites outside the default list (background, browser API). The manifest's
 * content script covers the default sites; every site the user switched on gets a registered
 * copy of the same built script and stylesheet, for as long as it is in `settings.enabledSites`
 * and its host permission is granted.
 *
 * The planning is pure (`planSync`); the browser calls go through a small `SiteScriptsApi` so
 * tests can run the whole sync against an in-memory browser.
 */
import { browser } from 'wxt/browser';
import { hasSitePermission } from '../permissions/site-permissions';
import { sitePermissionPattern } from '../sites/custom-sites';

/** The content script WXT builds from entrypoints/content (see .output/<target>/manifest.json). */
export const CONTENT_SCRIPT_FILES = {
  js: ['content-scripts/content.js'],
  css: ['content-scripts/content.css'],
} as const;

/** Ids of our registered scripts; anything else registered is left alone. */
export const SCRIPT_ID_PREFIX = 'mw-site-';

export type SiteScript = {
  id: string;
  matches: string[];
  js: string[];
  css: string[];
  runAt: 'document_idle';
};

/** What the browser reports back; fields it leaves out are treated as differing. */
export type RegisteredScript = { id: string; matches?: string[]; js?: string[]; css?: string[]; runAt?: string };

export type SiteScriptsApi = {
  getRegistered(): Promise<RegisteredScript[]>;
  register(script: SiteScript): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  isGranted(site: string): Promise<boolean>;
};

export function scriptIdFor(site: string): string {
  return `${SCRIPT_ID_PREFIX}${site}`;
}

export function scriptFor(site: string): SiteScript {
  return {
    id: scriptIdFor(site),
    matches: [sitePermissionPattern(site)],
    js: [...CONTENT_SCRIPT_FILES.js],
    css: [...CONTENT_SCRIPT_FILES.css],
    // The same moment as the manifest's content script.
    runAt: 'document_idle',
  };
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

function isCurrent(registered: RegisteredScript, wanted: SiteScript): boolean {
  return (
    sameList(registered.matches, wanted.matches) &&
    sameList(registered.js, wanted.js) &&
    sameList(registered.css, wanted.css) &&
    (registered.runAt === undefined || registered.runAt === wanted.runAt)
  );
}

/**
 * Pure: which of our scripts to drop and which to add so that exactly `sites` have one.
 * A script whose files or pattern differ (an older build) is replaced.
 */
export function planSync(
  registered: readonly RegisteredScript[],
  sites: readonly string[],
): { unregister: string[]; register: SiteScript[] } {
  const wanted = new Map(sites.map((site) => [scriptIdFor(site), scriptFor(site)]));
  const ours = registered.filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX));
  const unregister = ours.filter((s) => {
    const w = wanted.get(s.id);
    return !w || !isCurrent(s, w);
  });
  const kept = new Set(ours.filter((s) => !unregister.includes(s)).map((s) => s.id));
  return {
    unregister: unregister.map((s) => s.id),
    register: [...wanted.values()].filter((s) => !kept.has(s.id)),
  };
}

/** The enabled sites whose permission is still granted, in their order. */
export async function grantedSites(sites: readonly string[], isGranted: (site: string) => Promise<boolean>) {
  const granted = await Promise.all(sites.map((site) => isGranted(site).catch(() => false)));
  return sites.filter((_, i) => granted[i]);
}

/**
 * Makes the registered scripts match `enabledSites ∩ granted`. Returns the sites that have a
 * script afterwards. One site failing to register does not keep the others out.
 */
export async function syncRegisteredSites(enabledSites: readonly string[], api: SiteScriptsApi): Promise<string[]> {
  const sites = await grantedSites([...new Set(enabledSites)], api.isGranted);
  const plan = planSync(await api.getRegistered(), sites);
  if (plan.unregister.length > 0) await api.unregister(plan.unregister);
  const failed = new Set<string>();
  for (const script of plan.register) {
    await api.register(script).catch((error: unknown) => {
      failed.add(script.id);
      console.warn(`Missiewijzer: could not register the content script for ${script.matches[0]}`, error);
    });
  }
  return sites.filter((site) => !failed.has(scriptIdFor(site)));
}

export const browserSiteScriptsApi: SiteScriptsApi = {
  async getRegistered() {
    return browser.scripting.getRegisteredContentScripts();
  },
  async register(script) {
    await browser.scripting.registerContentScripts([script]);
  },
  async unregister(ids) {
    await browser.scripting.unregisterContentScripts({ ids });
  },
  isGranted: hasSitePermission,
};

/** Runs tasks one after another, so a startup sync and a settings change never interleave. */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
