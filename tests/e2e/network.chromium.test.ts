import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { DEFAULT_SITES } from '../../lib/sites/default-sites';
import { chromiumDriver } from './harness/driver';
import { OTHER_SITE } from './harness/hosts';
import { networkScenario, type SeenRequest } from './network.scenarios';

type NetLog = {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { url?: string; method?: string; initiator?: string } }[];
};

const mapped = (host: string) => [...DEFAULT_SITES, OTHER_SITE].some((s) => host === s || host.endsWith(`.${s}`));

describe('Chromium: no network requests', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mw-netlog-'));
  const file = join(dir, 'netlog.json');
  networkScenario({
    // The net log records every request of the network service, whichever context made it.
    launch: (server) => chromiumDriver(server.port, [`--log-net-log=${file}`, '--net-log-capture-mode=Default']),
    async collect(_server, driver) {
      await driver.close();
      const log = JSON.parse(readFileSync(file, 'utf8')) as NetLog;
      rmSync(dir, { recursive: true, force: true });
      const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
      const seen: SeenRequest[] = [];
      for (const event of log.events) {
        const { url, method, initiator } = event.params ?? {};
        if (event.type !== start || !url || !/^(https?|wss?):/u.test(url)) continue;
        seen.push({ request: `${method ?? 'GET'} ${url}`, initiator });
      }
      return seen;
    },
    // Chromium's own (sign-in and update checks): started by the browser, not by any origin, and
    // to hosts the harness does not map (so they resolve to nothing).
    browserOwn: (r) =>
      (r.initiator === undefined || r.initiator === 'not an origin') &&
      !mapped(new URL(r.request.split(' ')[1] as string).hostname),
    pdfOverHttps: false,
  });
});
