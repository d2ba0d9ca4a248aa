import { describe } from 'vitest';
import { detectionScenarios } from './detection.scenarios';
import { chromiumDriver } from './harness/driver';

describe('Chromium: in-page detection', () => detectionScenarios(chromiumDriver));
