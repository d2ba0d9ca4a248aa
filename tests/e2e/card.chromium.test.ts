import { describe } from 'vitest';
import { cardScenarios } from './card.scenarios';
import { chromiumDriver } from './harness/driver';

describe('Chromium: the explanation card', () => cardScenarios(chromiumDriver));
