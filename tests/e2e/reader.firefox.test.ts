import { describe } from 'vitest';
import { firefoxDriver } from './harness/driver';
import { readerScenarios } from './reader.scenarios';

describe('Firefox ESR: the PDF reader', () =>
  readerScenarios({ launch: (port) => firefoxDriver(port, undefined, true), https: true }));
