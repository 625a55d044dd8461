import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  /** http://localhost:PORT — the main test origin. */
  origin: string;
  /** http://127.0.0.1:PORT — same server, a different origin (cross-origin frames). */
  otherOrigin: string;
  /** Every URL requested from this server, in order. */
  requests: string[];
  /** Serves `body` at `path` (e.g. "/empty.html") from now on: pages a test makes up. */
  setPage(path: string, body: string, contentType?: string): void;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/pages. A page may carry response headers in a sidecar file
 * `<page>.headers.json` (e.g. a strict Content-Security-Policy).
 */
export async function startFixtureServer(root = PAGES_DIR): Promise<FixtureServer> {
  const requests: string[] = [];
  const madeUp = new Map<string, { body: string; type: string }>();
  const server: Server = createServer(async (req, res) => {
    requests.push(req.url ?? '');
    const page = madeUp.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (page) return void res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(root, path || 'index.html');
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      const extra = await readFile(`${file}.headers.json`, 'utf8').then(
        (text) => JSON.parse(text) as Record<string, string>,
        () => ({}),
      );
      res.writeHead(200, { ...headers, ...extra, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://localhost:${port}`,
    otherOrigin: `http://127.0.0.1:${port}`,
    requests,
    setPage: (path, body, type = 'text/html; charset=utf-8') => void madeUp.set(path, { body, type }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
