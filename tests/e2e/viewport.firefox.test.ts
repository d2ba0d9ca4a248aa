import { describe } from 'vitest';
import { firefoxDriver } from './harness/driver';
import { viewportScenarios } from './viewport.scenarios';

describe('Firefox ESR: highlights near the viewport', () => viewportScenarios(firefoxDriver));
