import { describe } from 'vitest';
import { chromiumDriver } from './harness/driver';
import { readerScenarios } from './reader.scenarios';

describe('Chromium: the PDF reader', () => readerScenarios({ launch: (port) => chromiumDriver(port), https: false }));
