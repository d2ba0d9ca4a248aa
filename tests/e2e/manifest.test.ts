/**
 * The built manifests (Chrome and Firefox) ask for exactly the permissions we mean to ask for: a
 * new permission must be a deliberate change to this list. Also checks nothing loosens the
 * default extension CSP, exposes files (but the reader, to the default sites, for the PDF
 * redirect) or messaging to web pages, or reaches into frames, and
 * that every icon the manifest names is in the build, a PNG of the size it is declared at.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHES } from '../../lib/sites/default-sites';

type Manifest = {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean; match_about_blank?: boolean; world?: string }[];
  externally_connectable?: unknown;
  sandbox?: unknown;
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
  minimum_chrome_version?: string;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string>; theme_icons?: { light: string; dark: string; size: number }[] };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
};

const read = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8')) as Manifest;

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return undefined;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Checks that `file` is in the build output and is a `size` × `size` PNG. */
function expectIcon(dir: string, file: string, size: number) {
  const path = `.output/${dir}/${file}`;
  expect(existsSync(path), `${path} exists`).toBe(true);
  expect(pngSize(readFileSync(path)), path).toEqual({ width: size, height: size });
}

const ICON_SIZES = ['16', '32', '48', '128'];

const EXPECTED = {
  permissions: ['contextMenus', 'declarativeNetRequestWithHostAccess', 'scripting', 'storage'],
  optional_host_permissions: ['*://*/*'],
};

describe.each([
  ['chrome-mv3', read('chrome-mv3')],
  ['firefox-mv3', read('firefox-mv3')],
])('%s manifest', (name, manifest) => {
  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });

  it('declares the icons at 16, 32, 48 and 128 px, each a PNG of that size in the build', () => {
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual([...ICON_SIZES].sort());
    for (const [size, file] of Object.entries(manifest.icons ?? {})) expectIcon(name, file, Number(size));
  });

  it('gives the toolbar button its icon', () => {
    const defaultIcon = manifest.action?.default_icon ?? {};
    expect(Object.keys(defaultIcon)).toEqual(expect.arrayContaining(['16', '32']));
    for (const [size, file] of Object.entries(defaultIcon)) expectIcon(name, file, Number(size));
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

  it('keeps the default extension CSP and exposes no resources or messaging to pages but the reader to the default sites', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    // The PDF redirect of the default sites ends in the reader; nothing else is reachable.
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['reader.html'], matches: DEFAULT_MATCHES }]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
  });

  it('runs the content script in the top document only, in its isolated world', () => {
    expect(manifest.content_scripts?.length).toBe(1);
    for (const script of manifest.content_scripts ?? []) {
      expect(script.all_frames ?? false).toBe(false);
      expect(script.match_about_blank ?? false).toBe(false);
      expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    }
  });
});

describe('minimum browser versions', () => {
  it('are set to what the APIs we use need', () => {
    // CSS Custom Highlight API: Chrome 105; popover and :popover-open: Chrome 114. highlightsFromPoint is feature-detected.
    expect(read('chrome-mv3').minimum_chrome_version).toBe('114');
    // Firefox: Highlight API 140; MV3 host permissions granted at install since 127.
    expect(read('firefox-mv3').browser_specific_settings?.gecko?.strict_min_version).toBe('140.0');
    expect(read('firefox-mv3').browser_specific_settings?.gecko_android?.strict_min_version).toBe('142.0');
  });
});

describe('Firefox-only settings', () => {
  it('has a fixed add-on id and declares that it collects no data', () => {
    const gecko = read('firefox-mv3').browser_specific_settings?.gecko;
    expect(gecko?.id).toBe('missiewijzer@missiewijzer.nl');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('has toolbar icons for light and dark themes', () => {
    const themeIcons = read('firefox-mv3').action?.theme_icons ?? [];
    expect(themeIcons.map((icon) => icon.size)).toEqual(expect.arrayContaining([16, 32]));
    for (const { light, dark, size } of themeIcons) {
      expect(light).not.toBe(dark);
      expectIcon('firefox-mv3', light, size);
      expectIcon('firefox-mv3', dark, size);
    }
  });

  it('are not in the Chrome manifest', () => {
    expect(read('chrome-mv3').browser_specific_settings).toBeUndefined();
    expect(read('chrome-mv3').action?.theme_icons).toBeUndefined();
    expect(read('firefox-mv3').minimum_chrome_version).toBeUndefined();
  });
});
