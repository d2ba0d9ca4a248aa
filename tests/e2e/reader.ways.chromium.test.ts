import { describe } from 'vitest';
import { chromiumDriver } from './harness/driver';
import { readerWaysScenarios } from './reader.ways.scenarios';

describe('Chromium: the ways into the PDF reader', () =>
  readerWaysScenarios({
    launch: (port) => chromiumDriver(port, [], { width: 1366, height: 768, scale: 1, scheme: 'light' }),
    https: false,
    screenshot: true,
  }));
