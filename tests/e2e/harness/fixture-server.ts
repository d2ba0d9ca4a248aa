/**
 * The one web server e2e tests talk to: 127.0.0.1 only. Real host names (www.tweedekamer.nl,
 * nos.nl…) are mapped to it by the browser, so the extension's real match patterns fire.
 * Pages are registered per host and path, with optional response headers (a page's CSP); every
 * request is recorded so tests can assert that nothing else was asked for: plain requests,
 * proxy tunnels for https (Firefox sends every request through this server as its proxy, so a
 * `CONNECT` is an https request to any host) and connections that do not speak HTTP at all
 * (Chromium maps the real host names here for https too, so that is an https request).
 * Tunnels are refused: no test needs one, and nothing leaves the machine.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { TLSSocket } from 'node:tls';

/** `body` is text, or bytes (a PDF). */
export type FixturePage = { body: string | Uint8Array; contentType?: string; headers?: Record<string, string> };
/** `method` is the HTTP method, `CONNECT` for a proxied https tunnel, or `BAD` for bytes that were not HTTP (TLS to a mapped host). */
export type RecordedRequest = {
  host: string;
  path: string;
  method: string;
  /** Asked for as a page (a navigation's `Accept` names text/html), not fetched by a script. */
  navigation?: boolean;
};

export class FixtureServer {
  readonly requests: RecordedRequest[] = [];
  private readonly pages = new Map<string, FixturePage>();
  private server: Server | undefined;
  /** Set by acceptTunnels: https through the proxy is answered with this certificate. */
  private tls: { key: string; cert: string } | null = null;
  port = 0;

  /**
   * Answers https through the proxy (Firefox) instead of refusing it: the tunnel is opened, TLS
   * ended here with `credentials` (a test certificate the browser is told to accept), and the
   * requests inside are served and recorded like any other. For what must be fetched over https.
   */
  acceptTunnels(credentials: { key: string; cert: string }): void {
    this.tls = credentials;
  }

  /** Serve `page` at http://host/path (host without port). */
  route(host: string, path: string, page: FixturePage | string): void {
    this.pages.set(`${host}${path}`, typeof page === 'string' ? { body: page } : page);
  }

  url(host: string, path: string): string {
    return `http://${host}${path}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const { host, path } = target(req);
      const navigation = (req.headers.accept ?? '').includes('text/html');
      this.requests.push({ host, path, method: req.method ?? 'GET', navigation });
      // Browsers ask every host for a favicon; answering keeps 404s out of the console.
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const page = this.pages.get(`${host}${path}`);
      if (!page) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res
        .writeHead(200, { 'content-type': page.contentType ?? 'text/html; charset=utf-8', ...page.headers })
        .end(page.body);
    });
    server.on('connect', (req: IncomingMessage, socket: Duplex) => {
      const [host = '', port = ''] = (req.url ?? '').split(':');
      this.requests.push({ host, path: `:${port}`, method: 'CONNECT' });
      if (!this.tls || port !== '443') {
        socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      server.emit('connection', new TLSSocket(socket, { isServer: true, ...this.tls }));
    });
    server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
      // Parse errors only: a connection the browser resets is not a request.
      if (error.code?.startsWith('HPE_')) this.requests.push({ host: '', path: '', method: 'BAD' });
      socket.destroy();
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * Chromium (host-resolver-rules) sends `GET /path` with a Host header; Firefox through the
 * HTTP-proxy mapping sends the absolute URL as the path (`GET http://host/path`).
 */
function target(req: IncomingMessage): { host: string; path: string } {
  const raw = req.url ?? '/';
  if (/^https?:\/\//u.test(raw)) {
    const url = new URL(raw);
    return { host: url.hostname, path: url.pathname + url.search };
  }
  const host = (req.headers.host ?? '').replace(/:\d+$/u, '');
  return { host, path: raw };
}
