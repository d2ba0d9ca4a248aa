import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { verifyDataset } from './build/dataset/verify-dataset';
import { precompiledMatcherPlugin } from './build/vite/precompiled-matcher-plugin';
import { DEFAULT_MATCHES } from './lib/sites/default-sites';

const GECKO_ID = 'missiewijzer@missiewijzer.nl';

// Rendered from assets/icon/ by scripts/render-icons.ts. Firefox's theme_icons key `light` is the
// icon for dark themes (a light mark), `dark` the one for light themes.
const ICONS = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));
const THEME_ICONS = [16, 32, 48].map((size) => ({
  light: `icon/light-${size}.png`,
  dark: `icon/dark-${size}.png`,
  size,
}));

// The benchmark's measures (lib/dom/bench-marks.ts) are built in only with MW_BENCH=1 (npm run bench).
const BENCH = process.env.MW_BENCH === '1';

// https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  vite: () => ({
    define: { __MW_BENCH__: JSON.stringify(BENCH) },
    plugins: [preact(), precompiledMatcherPlugin(import.meta.dirname)],
  }),
  hooks: {
    // Invalid data must never ship: fail the build with the path of the bad field.
    'build:before': (wxt) => {
      verifyDataset(wxt.config.root);
    },
  },
  zip: {
    excludeSources: ['tests/**', '.ci/**', 'test-results/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    icons: ICONS,
    action: { default_icon: ICONS, ...(browser === 'firefox' ? { theme_icons: THEME_ICONS } : {}) },
    // contextMenus: "Uitleg bij '%s'", "Openen met Missiewijzer"; scripting: content scripts for
    // sites the user switches on; declarativeNetRequestWithHostAccess: the setting that sends PDFs
    // on the default sites to the reader (a redirect within the host permissions, no extra prompt).
    permissions: ['storage', 'contextMenus', 'scripting', 'declarativeNetRequestWithHostAccess'],
    host_permissions: DEFAULT_MATCHES,
    // The reader, for that redirect only: a PDF navigation on a default site may end there.
    web_accessible_resources: [{ resources: ['reader.html'], matches: DEFAULT_MATCHES }],
    // Asked one site at a time (`*://*.<site>/*`), from the options page, when the user adds it.
    optional_host_permissions: ['*://*/*'],
    commands: {
      'next-term': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandNextTerm__' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandPreviousTerm__' },
      'list-terms': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandListTerms__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '114' }),
  }),
});
