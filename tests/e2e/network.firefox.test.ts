import { describe } from 'vitest';
import { firefoxDriver } from './harness/driver';
import { networkScenario } from './network.scenarios';

describe('Firefox ESR: no network requests', () => {
  networkScenario({
    // Every http and https request goes through the fixture server as the proxy, which logs it.
    launch: (server) => firefoxDriver(server.port, undefined, true),
    async collect(server, driver) {
      await driver.close();
      return server.requests.map((r) => ({
        request: r.method === 'CONNECT' ? `CONNECT ${r.host}${r.path}` : `${r.method} http://${r.host}${r.path}`,
      }));
    },
    // Firefox's own services are switched off by the harness's prefs: nothing to leave out.
    browserOwn: () => false,
    pdfOverHttps: true,
  });
});
