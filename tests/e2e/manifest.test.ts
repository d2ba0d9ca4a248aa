/**
 * The built manifests ask for exactly the permissions we mean to ask for: a new permission must
 * be a deliberate change to this list. Also checks nothing loosens the default extension CSP.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHES } from '../../lib/sites/default-sites';

type Manifest = {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
};

const read = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8')) as Manifest;

const EXPECTED = {
  permissions: ['contextMenus', 'scripting', 'storage'],
  optional_host_permissions: ['*://*/*'],
};

describe.each([
  ['chrome-mv3', read('chrome-mv3')],
  ['firefox-mv3', read('firefox-mv3')],
])('%s manifest', (_name, manifest) => {
  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });

  it('asks only for the permissions the code uses', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(EXPECTED.permissions);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual(EXPECTED.optional_host_permissions);
  });

  it('limits host permissions and content scripts to the default sites', () => {
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...DEFAULT_MATCHES].sort());
    for (const script of manifest.content_scripts ?? [])
      expect([...script.matches].sort()).toEqual([...DEFAULT_MATCHES].sort());
  });

  it('keeps the default extension CSP and exposes no resources to pages', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

describe('minimum browser versions', () => {
  it('are set to what the APIs we use need', () => {
    // CSS Custom Highlight API: Chrome 105; popover and :popover-open: Chrome 114. highlightsFromPoint is feature-detected.
    expect(read('chrome-mv3').minimum_chrome_version).toBe('114');
    // Firefox: Highlight API 140; MV3 host permissions granted at install since 127.
    expect(read('firefox-mv3').browser_specific_settings?.gecko?.strict_min_version).toBe('140.0');
  });
});
