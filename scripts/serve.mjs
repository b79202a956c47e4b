#!/usr/bin/env node
/**
 * `npm start` (after the build): serves the repository root, so that the demo article page at
 * /demo/ loads /dist/news-widgets.js and /bundles/… exactly as a CMS page would. PORT=… to
 * choose the port (default 8080).
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_TYPES } from './lib/content-types.mjs';

const root = resolve('.');
const port = Number(process.env.PORT ?? 8080);
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    response.writeHead(302, { Location: '/demo/' }).end();
    return;
  }
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root) || /(^|\/)\.|node_modules/.test(path.slice(root.length))) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    const stats = statSync(path);
    const etag = `"${stats.size.toString(16)}-${stats.mtimeMs.toString(16)}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag }).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ETag: etag,
    });
    createReadStream(path).pipe(response);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }
});

server.listen(port, () => {
  console.log(`news-widgets demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
});
