import { describe } from 'vitest';
import { firefoxDriver } from './harness/driver';
import { robustnessScenarios } from './robustness.scenarios';

// The storm runs 10 s in Chromium; 5 s here keeps the Firefox suite short and still sends
// thousands of changes a second.
describe('Firefox ESR: hostile pages and typing', () => robustnessScenarios(firefoxDriver, { stormChanges: 6_000 }));
