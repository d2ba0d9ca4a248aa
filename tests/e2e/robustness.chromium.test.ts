import { describe } from 'vitest';
import { chromiumDriver } from './harness/driver';
import { robustnessScenarios } from './robustness.scenarios';

describe('Chromium: hostile pages and typing', () => robustnessScenarios(chromiumDriver, { stormChanges: 12_000 }));
