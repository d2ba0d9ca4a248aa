import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { verifyDataset } from './lib/data/verify-dataset';
import { DEFAULT_MATCHES } from './lib/sites/default-sites';

const GECKO_ID = 'missiewijzer@missiewijzer.nl';

// https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
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
    host_permissions: DEFAULT_MATCHES,
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
      : { minimum_chrome_version: '120' }),
  }),
});
