import { describe } from 'vitest';
import { glanceScenarios } from './glance.scenarios';
import { firefoxDriver } from './harness/driver';

describe('Firefox ESR: the card at a glance', () => glanceScenarios(firefoxDriver));
