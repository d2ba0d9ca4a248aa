import { describe } from 'vitest';
import { chromiumDriver } from './harness/driver';
import { readerWaysScenarios } from './reader.ways.scenarios';

// What happens once the user allows another site is tested in Firefox only. Chromium has no switch
// or protocol command that answers an extension's permissions.request: its auto-confirm is a C++
// hook of its own browser tests (PermissionsRequestFunction::SetAutoConfirmForTests), the DevTools
// protocol's Extensions domain loads, lists and triggers extensions but grants nothing, and
// Browser.grantPermissions covers web permissions (geolocation, clipboard…), not an extension's hosts.
describe('Chromium: the ways into the PDF reader', () =>
  readerWaysScenarios({
    launch: (port) => chromiumDriver(port, [], { width: 1366, height: 768, scale: 1, scheme: 'light' }),
    https: false,
    screenshot: true,
  }));
