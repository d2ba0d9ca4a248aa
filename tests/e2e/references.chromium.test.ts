import { describe } from 'vitest';
import { chromiumDriver } from './harness/driver';
import { referencesScenarios } from './references.scenarios';

describe('Chromium: Kamerstuk references', () =>
  referencesScenarios((port, display) => chromiumDriver(port, [], display)));
