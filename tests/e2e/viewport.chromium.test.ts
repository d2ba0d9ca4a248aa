import { describe } from 'vitest';
import { chromiumDriver } from './harness/driver';
import { viewportScenarios } from './viewport.scenarios';

describe('Chromium: highlights near the viewport', () => viewportScenarios(chromiumDriver));
