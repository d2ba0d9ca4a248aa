import { describe } from 'vitest';
import { firefoxDriver } from './harness/driver';
import { readerWaysScenarios } from './reader.ways.scenarios';

describe('Firefox ESR: the ways into the PDF reader', () =>
  readerWaysScenarios({
    // With optional-permission prompts off, Firefox grants what the extension asks for at once, as
    // if the user had clicked Allow; nothing else in this file asks for a permission.
    launch: (port) => firefoxDriver(port, undefined, true, { 'extensions.webextOptionalPermissionPrompts': false }),
    https: true,
    grantsWithoutPrompt: true,
  }));
