/**
 * The benchmark's web server: the repository's files (dist/, bundles/, pym.js) and the pages
 * and bundles the benchmark generates. One origin for everything, as on a newsroom's site.
 *
 *   /bench/page?n=400&mode=widgets|pym&delay=500&refresh=1   a generated article page
 *   /bench/bundle.json?delay=500                             the seed bundle (delay holds the body back)
 *   /bench/bundle.json?version=2                             …with one fact changed
 *   /bench/switch?to=2                                       what later requests are served
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_TYPES } from '../../scripts/lib/content-types.mjs';
import { benchPage } from './pages.mjs';

const root = resolve('.');
const seedText = readFileSync('bundles/syria-iraq-border-2017.json', 'utf8');

/** The seed bundle, or a second version of it in which one visible fact differs everywhere. */
function bundleText(version) {
  if (version === 1) return seedText;
  const bundle = JSON.parse(seedText);
  bundle.meta.updated = '2026-11-26T09:00:00Z';
  for (const actor of bundle.actors) actor.summary = `Version ${version}.`;
  for (const snapshot of bundle.control) snapshot.note = `Version ${version}.`;
  for (const quote of bundle.quotes) quote.context = `Version ${version}.`;
  for (const crossing of bundle.crossings) crossing.note = `Version ${version}.`;
  return JSON.stringify(bundle);
}

export function startBenchServer() {
  let servedVersion = 1;
  /** Heights in rem per "tag id", as the embed builder would reserve them on each tag. */
  const reserves = new Map();
  const texts = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/bench/page') {
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'], 'Cache-Control': 'no-store' });
      response.end(benchPage(url.searchParams, reserves));
      return;
    }
    if (url.pathname === '/bench/switch') {
      servedVersion = Number(url.searchParams.get('to') ?? 1);
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES['.json'], 'Cache-Control': 'no-store' }).end('{}');
      return;
    }
    if (url.pathname === '/bench/bundle.json') {
      const version = servedVersion;
      if (!texts.has(version)) texts.set(version, bundleText(version));
      const headers = { 'Content-Type': CONTENT_TYPES['.json'], 'Cache-Control': 'no-cache', ETag: `"v${version}"` };
      if (request.headers['if-none-match'] === `"v${version}"`) {
        response.writeHead(304, headers).end();
        return;
      }
      // The delay holds back the bundle itself; a revalidation is answered at once, as a CDN
      // does (the browser lets one request at a time revalidate the same URL).
      const delay = Number(url.searchParams.get('delay') ?? 0);
      if (delay > 0) await new Promise((done) => setTimeout(done, delay));
      response.writeHead(200, headers).end(texts.get(version));
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    const allowed = ['/dist/', '/bundles/', '/node_modules/pym.js/dist/', '/bench/tmp/'].some((prefix) =>
      path.startsWith(join(root, prefix)),
    );
    if (!allowed) {
      response.writeHead(404).end();
      return;
    }
    try {
      statSync(path);
      // Scripts and pages cached as a CDN serves versioned assets; the bundle above revalidates.
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'public, max-age=3600' });
      createReadStream(path).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((ready) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ready({ origin: `http://127.0.0.1:${port}`, reserves, close: () => server.close() });
    });
  });
}
