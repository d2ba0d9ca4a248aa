import { describe } from 'vitest';
import { firefoxDriver } from './harness/driver';
import { noContributionScenarios } from './no-contribution.scenarios';

describe('Firefox ESR: a mission without a Dutch contribution', () => noContributionScenarios(firefoxDriver));
