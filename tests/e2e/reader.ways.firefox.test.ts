import { describe } from 'vitest';
import { firefoxDriver } from './harness/driver';
import { readerWaysScenarios } from './reader.ways.scenarios';

describe('Firefox ESR: the ways into the PDF reader', () =>
  readerWaysScenarios({ launch: (port) => firefoxDriver(port, undefined, true), https: true }));
