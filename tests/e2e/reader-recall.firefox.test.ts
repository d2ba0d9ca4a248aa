import { describe } from 'vitest';
import { firefoxDriver } from './harness/driver';
import { readerRecallScenarios } from './reader-recall.scenarios';

describe('Firefox ESR: the PDF reader marks what the HTML version marks', () =>
  readerRecallScenarios({ launch: (port) => firefoxDriver(port, undefined, true), https: true }));
