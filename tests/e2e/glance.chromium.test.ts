import { describe } from 'vitest';
import { glanceScenarios } from './glance.scenarios';
import { chromiumDriver } from './harness/driver';

describe('Chromium: the card at a glance', () => glanceScenarios((port, display) => chromiumDriver(port, [], display)));
