/**
 * The test server's programmable bundle endpoint, mounted into web-test-runner's dev server.
 * Tests configure what a key serves (a fixture or a body, a status, a delay, a content type, a
 * stall), then point widgets at it and read back how many requests arrived.
 *
 *   POST /test-api/configure/<key>   JSON body: { fixture?, body?, status?, delayMs?, hang?,
 *                                     contentType?, truncate?, etag? (default true), cors?,
 *                                     drop?, cutAfter?, chunked? }
 *   GET  /test-api/bundle/<key>      serves the configured response, counting requests
 *   GET  /test-api/count/<key>       { requests, notModified }
 *   GET  /test-api/fixtures/<dir>    the file names in test/fixtures/<dir>
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';

const endpoints = new Map();

const readJson = async (ctx) => {
  let text = '';
  for await (const chunk of ctx.req) text += chunk;
  return text ? JSON.parse(text) : {};
};

const endpoint = (key) => {
  if (!endpoints.has(key)) endpoints.set(key, { config: {}, requests: 0, notModified: 0 });
  return endpoints.get(key);
};

export async function testServer(ctx, next) {
  const listing = /^\/test-api\/fixtures\/([\w-]+)$/.exec(ctx.path);
  if (listing) {
    ctx.body = (await readdir(resolve('test/fixtures', listing[1]))).filter((file) => file.endsWith('.json'));
    return;
  }
  const match = /^\/test-api\/(configure|bundle|count)\/([\w.-]+)/.exec(ctx.path);
  if (!match) return next();
  const [, action, key] = match;
  const state = endpoint(key);

  if (action === 'configure') {
    state.config = await readJson(ctx);
    ctx.body = { ok: true };
    return;
  }
  if (action === 'count') {
    ctx.body = { requests: state.requests, notModified: state.notModified };
    return;
  }

  state.requests += 1;
  const config = state.config;
  if (config.cors !== false) ctx.set('Access-Control-Allow-Origin', '*');
  if (config.hang) {
    // Never answers: the client's timeout must fire. The socket is left to the client to close.
    await new Promise((done) => ctx.req.on('close', done));
    ctx.respond = false;
    return;
  }
  if (config.drop) {
    // The connection closes with no answer at all, as when the reader goes offline.
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (config.delayMs) await new Promise((done) => setTimeout(done, config.delayMs));

  let body = config.body;
  if (body === undefined && config.fixture) body = await readFile(resolve('test/fixtures', config.fixture), 'utf8');
  body ??= '';
  if (config.truncate !== undefined) body = body.slice(0, config.truncate);

  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  if (config.etag !== false) {
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', 'no-cache');
    if (ctx.get('If-None-Match') === etag && !config.status) {
      state.notModified += 1;
      ctx.status = 304;
      return;
    }
  } else {
    ctx.set('Cache-Control', 'no-store');
  }
  ctx.status = config.status ?? 200;
  ctx.type = config.contentType ?? 'application/json';
  if (config.cutAfter !== undefined) {
    // Announces the whole body, sends the first part, then the connection drops mid-body.
    ctx.respond = false;
    ctx.res.writeHead(ctx.status, { ...ctx.response.headers, 'Content-Length': Buffer.byteLength(body) });
    ctx.res.write(body.slice(0, config.cutAfter), () => ctx.res.destroy());
    return;
  }
  // A stream has no Content-Length: the client learns the size only by reading the body.
  ctx.body = config.chunked ? Readable.from(body.match(/[^]{1,65536}/g) ?? []) : body;
}
