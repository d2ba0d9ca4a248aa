import { describe } from 'vitest';
import { cardScenarios } from './card.scenarios';
import { firefoxDriver } from './harness/driver';

describe('Firefox ESR: the explanation card', () => cardScenarios(firefoxDriver));
