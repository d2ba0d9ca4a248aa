import { describe } from 'vitest';
import { chromiumDriver } from './harness/driver';
import { noContributionScenarios } from './no-contribution.scenarios';

describe('Chromium: a mission without a Dutch contribution', () =>
  noContributionScenarios((port, display) => chromiumDriver(port, [], display)));
