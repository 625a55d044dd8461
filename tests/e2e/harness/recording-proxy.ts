/**
 * A recording HTTP proxy for the "no network" hardening test. The browser is launched with every
 * request — including localhost, the service worker / event page and extension pages — routed
 * through it, so it sees what the browser really sends, whichever part of it sends it (driver
 * request events miss Firefox's background page and, by default, Chromium's service worker).
 *
 * Plain HTTP requests to loopback are forwarded (so fixture pages still load); anything else
 * (another host, or an HTTPS tunnel via CONNECT) is recorded and refused with 502: the machine is
 * offline anyway, and a test must never reach the internet.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordedRequest {
  /** "GET", "POST", "CONNECT"… */
  method: string;
  /** Absolute URL for HTTP; "host:port" for CONNECT. */
  url: string;
  at: number;
}

export interface RecordingProxy {
  /** "127.0.0.1:PORT" */
  readonly address: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push({ method: req.method ?? '?', url, at: Date.now() });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return void res.writeHead(400).end('proxy: absolute URL expected');
    }
    if (target.protocol !== 'http:' || !LOOPBACK.has(target.hostname)) {
      return void res
        .writeHead(502, { 'content-type': 'text/plain' })
        .end('proxy: only loopback is reachable in tests');
    }
    const upstream = httpRequest(
      {
        host: target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port || 80,
        path: `${target.pathname}${target.search}`,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    req.pipe(upstream);
  });
  server.on('connect', (req, socket: Socket) => {
    requests.push({ method: 'CONNECT', url: req.url ?? '', at: Date.now() });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    address: `127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
