/**
 * A tiny static file server for the built app, the way a plain static host would serve it:
 * the same files at / and under a deep sub-path, the app's Content-Security-Policy and the
 * other headers docs/hosting.md recommends, and the cache rules the service worker needs.
 * Test-only extras, never part of a real host:
 * - GET /__requests: how many requests it has answered, so an offline test can prove that
 *   nothing reached the server while the browser was offline;
 * - POST /__bump-service-worker: serve sw.js with one more byte-different comment from now
 *   on, as a new release would, so the update prompt can be tested;
 * - GET /__e2e/axe.min.js: axe-core, loaded by URL from the app's own origin so that the
 *   accessibility checks need no exception to the Content-Security-Policy.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CONTENT_SECURITY_POLICY,
  HEADER_ONLY_DIRECTIVES,
} from '../../src/pwa/contentSecurityPolicy.ts';

export const SUB_PATH = '/some/where/estimator/';

const AXE_PATH = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers every response carries (docs/hosting.md, "Recommended headers"). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_DIRECTIVES}`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Cache rules: hashed assets forever; the page, the worker and the data always revalidated. */
function cacheControl(relPath: string): string {
  if (relPath.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  let served = 0;
  let release = 0;
  const rootDir = normalize(root);

  function send(res: ServerResponse, status: number, body: string, type = 'text/plain') {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': `${type}; charset=utf-8` });
    res.end(body);
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/__requests') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ served }));
      return;
    }
    if (url.pathname === '/__bump-service-worker' && req.method === 'POST') {
      release++;
      res.writeHead(204, { 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    served++;
    if (url.pathname === '/__e2e/axe.min.js') {
      const body = readFileSync(AXE_PATH);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(body);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed');
      return;
    }
    let path = url.pathname;
    // The sub-path without its trailing slash: redirect, so relative URLs resolve inside it.
    if (`${path}/` === SUB_PATH) {
      res.writeHead(301, { ...SECURITY_HEADERS, Location: SUB_PATH });
      res.end();
      return;
    }
    if (path.startsWith(SUB_PATH)) path = `/${path.slice(SUB_PATH.length)}`;
    let rel: string;
    try {
      rel = decodeURIComponent(path).replace(/^\/+/, '');
    } catch {
      send(res, 400, 'Bad request');
      return;
    }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(rootDir, rel));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      send(res, 403, 'Forbidden');
      return;
    }
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      send(res, 404, 'Not found');
      return;
    }
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Content-Length': String(size),
      'Cache-Control': cacheControl(rel),
    };
    if (rel === 'sw.js' && release > 0) {
      const body = Buffer.concat([readFileSync(file), Buffer.from(`\n// release ${release}\n`)]);
      headers['Content-Length'] = String(body.length);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  const server: Server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
