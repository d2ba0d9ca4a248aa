import { describe } from 'vitest';
import { chromiumDriver } from './harness/driver';
import { readerRecallScenarios } from './reader-recall.scenarios';

describe('Chromium: the PDF reader marks what the HTML version marks', () =>
  readerRecallScenarios({ launch: (port) => chromiumDriver(port), https: false }));
