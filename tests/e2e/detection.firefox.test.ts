import { describe } from 'vitest';
import { detectionScenarios } from './detection.scenarios';
import { firefoxDriver } from './harness/driver';

describe('Firefox ESR: in-page detection', () => detectionScenarios(firefoxDriver));
