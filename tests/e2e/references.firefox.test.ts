import { describe } from 'vitest';
import { firefoxDriver } from './harness/driver';
import { referencesScenarios } from './references.scenarios';

describe('Firefox ESR: Kamerstuk references', () => referencesScenarios(firefoxDriver));
