import { expect } from '@open-wc/testing';
import { BundleError } from '../../src/bundle/bundle-error.js';
import { BundleIndex } from '../../src/bundle/bundle-index.js';
import { bundleFeed, indexBundleObject, loadBundle, MAX_BUNDLE_CHARACTERS, MAX_IDLE_FEEDS, type BundleFeedState } from '../../src/bundle/load.js';
import { fixtureText, otherOrigin, refreshAfter, requestCount, seedBundle, serveBundle, uniqueKey, useManualClock } from '../helpers.js';

const SEED_FIXTURE = '../../bundles/syria-iraq-border-2017.json';

/** The error `loadBundle` rejects with. */
async function loadError(src: string, options?: { timeoutMs: number }): Promise<BundleError> {
  try {
    await loadBundle(src, options);
  } catch (error) {
    expect(error).to.be.instanceOf(BundleError);
    return error as BundleError;
  }
  throw new Error(`loading ${src} did not fail`);
}

/** Resolves with the next state the feed announces that satisfies `accept`. */
function nextState(src: string, accept: (state: BundleFeedState) => boolean, refreshSeconds = 0) {
  return new Promise<BundleFeedState>((resolve) => {
    const stop = bundleFeed(src).subscribe((state) => {
      if (!accept(state)) return;
      stop();
      resolve(state);
    }, refreshSeconds);
  });
}

describe('loadBundle and bundle feeds', () => {
  it('fetches and validates a URL once, however many readers ask at once', async () => {
    const key = uniqueKey('once');
    const url = await serveBundle(key, { fixture: SEED_FIXTURE, delayMs: 200 });
    const indexes = await Promise.all(Array.from({ length: 25 }, () => loadBundle(url)));
    expect(new Set(indexes).size).to.equal(1);
    expect(indexes[0].actor('sdf')?.id).to.equal('sdf');
    await loadBundle(url);
    expect((await requestCount(key)).requests).to.equal(1);
  });

  it('treats relative and absolute spellings of one URL as one bundle', async () => {
    const key = uniqueKey('spellings');
    const url = await serveBundle(key, { fixture: SEED_FIXTURE });
    const [a, b] = await Promise.all([loadBundle(url), loadBundle(new URL(url, location.href).href)]);
    expect(a).to.equal(b);
    expect((await requestCount(key)).requests).to.equal(1);
  });

  it('reads an inline <script type="application/json" id> without the network', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = uniqueKey('inline');
    script.textContent = await fixtureText('minimal.json');
    document.body.append(script);
    const originalFetch = window.fetch.bind(window);
    let fetched = 0;
    window.fetch = (...args) => {
      fetched += 1;
      return originalFetch(...args);
    };
    try {
      const index = await loadBundle(`#${script.id}`);
      expect(index.bundle.meta.id).to.equal('minimal');
      expect(fetched).to.equal(0);
    } finally {
      window.fetch = originalFetch;
      script.remove();
    }
  });

  it('says when src="#id" names nothing, or names something that is not a JSON script', async () => {
    const missing = await loadError('#no-such-bundle');
    expect(missing.code).to.equal('bundle-inline-missing');
    expect(missing.message).to.equal(
      'src="#no-such-bundle" names nothing on this page: add <script type="application/json" id="no-such-bundle"> holding the bundle, or correct the id.',
    );
    const div = document.createElement('div');
    div.id = uniqueKey('not-a-script');
    document.body.append(div);
    const wrong = await loadError(`#${div.id}`);
    expect(wrong.message).to.equal(
      `src="#${div.id}" names a <div>, but it must name <script type="application/json" id="${div.id}"> holding the bundle.`,
    );
    div.remove();
  });

  for (const status of [404, 500]) {
    it(`reports HTTP ${status} with the status and what to check`, async () => {
      const key = uniqueKey(`status-${status}`);
      const url = await serveBundle(key, { status, body: 'nope' });
      const error = await loadError(url);
      expect(error.code).to.equal('bundle-http');
      expect(error.message).to.include(`the server answered ${status}`).and.include('Check the src attribute');
      if (status === 404) expect(error.message).to.include('is the file published at that address?');
    });
  }

  it('says an HTML page is not a bundle', async () => {
    const key = uniqueKey('html');
    const url = await serveBundle(key, { body: '<!doctype html><title>Log in</title>', contentType: 'text/html' });
    const error = await loadError(url);
    expect(error.code).to.equal('bundle-not-json');
    expect(error.message).to.include('is an HTML page, not a JSON bundle');
  });

  it('says a truncated body is not valid JSON, with the parser\'s reason', async () => {
    const key = uniqueKey('truncated');
    const url = await serveBundle(key, { fixture: SEED_FIXTURE, truncate: 500 });
    const error = await loadError(url);
    expect(error.code).to.equal('bundle-not-json');
    expect(error.message).to.match(/is not valid JSON \(.+\)\. Look for a missing comma, quote or bracket, or a file cut short/);
  });

  it('says an empty body is empty', async () => {
    const key = uniqueKey('empty');
    const url = await serveBundle(key, { body: '' });
    const error = await loadError(url);
    expect(error.code).to.equal('bundle-not-json');
    expect(error.message).to.include('is empty: expected a JSON bundle.');
  });

  it('accepts JSON served with another content type', async () => {
    const key = uniqueKey('text-plain');
    const url = await serveBundle(key, { fixture: 'minimal.json', contentType: 'text/plain' });
    expect((await loadBundle(url)).bundle.meta.id).to.equal('minimal');
  });

  it('reports an invalid bundle with the validator\'s problems', async () => {
    const key = uniqueKey('invalid');
    const url = await serveBundle(key, { fixture: 'invalid/actor-color-not-hex.json' });
    const error = await loadError(url);
    expect(error.code).to.equal('bundle-invalid');
    expect(error.problems).to.deep.equal([{ path: 'actors[0].color', message: 'expected a hex colour like "#a03c2e", got "blu"' }]);
    expect(error.message).to.include('is not a valid bundle: 1 problem to fix.').and.include('actors[0].color: expected a hex colour');
  });

  it('refuses a body larger than a bundle can be', async () => {
    const key = uniqueKey('huge');
    const url = await serveBundle(key, { body: `"${'x'.repeat(MAX_BUNDLE_CHARACTERS)}"` });
    const error = await loadError(url);
    expect(error.code).to.equal('bundle-too-large');
    expect(error.message).to.include('is larger than 5 MB');
  });

  it('reports a cross-origin bundle refused by CORS as a network error that names the header', async () => {
    const key = uniqueKey('cors');
    const path = await serveBundle(key, { fixture: 'minimal.json', cors: false });
    const error = await loadError(otherOrigin(path));
    expect(error.code).to.equal('bundle-network');
    expect(error.message).to.include('Access-Control-Allow-Origin');
  });

  it('refuses a src that is not a web address', () => {
    expect(() => bundleFeed('javascript:alert(1)')).to.throw(BundleError, 'is not an http(s) address');
    expect(() => bundleFeed('http://[not-a-host')).to.throw(BundleError, 'is not a web address');
  });

  it('resolves relative links in the bundle against the bundle\'s own URL', async () => {
    const bundle = await seedBundle();
    (bundle.sources as Record<string, unknown>[])[0].url = 'stories/article.html';
    const key = uniqueKey('relative');
    const url = await serveBundle(key, { body: JSON.stringify(bundle) });
    const index = await loadBundle(url);
    expect(index.linkOf(index.bundle.sources[0])).to.equal(new URL(`/test-api/bundle/stories/article.html`, location.href).href);
  });

  it(`keeps the ${MAX_IDLE_FEEDS} sources last asked for that no one reads, and forgets older ones`, async () => {
    const read = uniqueKey('idle-read');
    const readUrl = await serveBundle(read, { fixture: SEED_FIXTURE });
    await loadBundle(readUrl);
    const stop = bundleFeed(readUrl).subscribe(() => undefined);
    const keys = Array.from({ length: MAX_IDLE_FEEDS + 1 }, (_, i) => uniqueKey(`idle-${i}`));
    const urls = await Promise.all(keys.map((key) => serveBundle(key, { fixture: SEED_FIXTURE })));
    for (const url of urls) await loadBundle(url);
    // One more source: the oldest idle one (urls[0]) is forgotten, the one still read is kept.
    await loadBundle(await serveBundle(uniqueKey('idle-last'), { fixture: SEED_FIXTURE }));
    await loadBundle(urls[0]);
    await loadBundle(urls[2]);
    await loadBundle(readUrl);
    expect((await requestCount(keys[0])).requests, 'the oldest idle source is read again').to.equal(2);
    expect((await requestCount(keys[2])).requests, 'a recent idle source is kept').to.equal(1);
    expect((await requestCount(read)).requests, 'a source a widget reads is kept').to.equal(1);
    stop();
  });
});

describe('bundle feeds over time (on a clock the tests move)', () => {
  const clock = useManualClock();

  it('times out a server that never answers at exactly its time limit, with a clear error', async () => {
    const key = uniqueKey('hang');
    const url = await serveBundle(key, { hang: true });
    const failing = loadError(url, { timeoutMs: 400 });
    expect(clock().pending(), 'the time limit').to.deep.equal([400]);
    clock().advance(400);
    const error = await failing;
    expect(error.code).to.equal('bundle-timeout');
    expect(error.message).to.equal(
      `The bundle at ${new URL(url, location.href).href} did not arrive within 0.4 seconds. The server may be down or very slow; the page will show the fallback text until it answers.`,
    );
  });

  it('on refresh, leaves an unchanged bundle alone and answers from a conditional request', async () => {
    const key = uniqueKey('unchanged');
    const url = await serveBundle(key, { fixture: SEED_FIXTURE });
    const first = await loadBundle(url);
    const feed = bundleFeed(url);
    const states: BundleFeedState[] = [];
    const stop = feed.subscribe((state) => states.push(state), 1);
    await refreshAfter(clock(), feed, 1000);
    stop();
    const { requests, notModified } = await requestCount(key);
    expect(requests).to.equal(2);
    expect(states).to.deep.equal([]);
    expect(await loadBundle(url)).to.equal(first);
    // Chromium and Firefox revalidate from their HTTP cache with If-None-Match; a 304 carries no body.
    if (!navigator.userAgent.includes('Safari/605')) expect(notModified).to.equal(1);
  });

  it('on refresh, hands a changed bundle to every reader of the URL together', async () => {
    const key = uniqueKey('changed');
    const bundle = await seedBundle();
    const url = await serveBundle(key, { body: JSON.stringify(bundle) });
    await loadBundle(url);
    (bundle.meta as Record<string, unknown>).updated = '2017-11-04';
    await serveBundle(key, { body: JSON.stringify(bundle) });
    const readers = Array.from({ length: 3 }, () =>
      nextState(url, (state) => state.status === 'ready' && state.index.bundle.meta.updated === '2017-11-04', 1),
    );
    await refreshAfter(clock(), bundleFeed(url), 1000);
    const states = await Promise.all(readers);
    expect(new Set(states).size).to.equal(1);
    expect((await requestCount(key)).requests).to.equal(2);
  });

  it('keeps the last good data, marked stale, when a refresh fails, and clears the mark on recovery', async () => {
    const key = uniqueKey('stale');
    const url = await serveBundle(key, { fixture: SEED_FIXTURE });
    const good = await loadBundle(url);
    const feed = bundleFeed(url);
    await serveBundle(key, { status: 503 });
    const staleState = nextState(url, (state) => state.status === 'ready' && state.stale !== undefined, 1);
    await refreshAfter(clock(), feed, 1000);
    const stale = await staleState;
    expect(stale.status === 'ready' && stale.index).to.equal(good);
    expect(stale.status === 'ready' && stale.stale?.code).to.equal('bundle-http');
    await serveBundle(key, { fixture: SEED_FIXTURE });
    const recoveredState = nextState(url, (state) => state.status === 'ready' && state.stale === undefined, 1);
    // One failure adds a second of back-off to the refresh interval.
    await refreshAfter(clock(), feed, 2000);
    const recovered = await recoveredState;
    expect(recovered.status === 'ready' && recovered.index).to.equal(good);
  });

  it('backs off while refreshes keep failing, instead of a request storm', async () => {
    const key = uniqueKey('backoff');
    const url = await serveBundle(key, { fixture: SEED_FIXTURE });
    await loadBundle(url);
    await serveBundle(key, { status: 500 });
    const feed = bundleFeed(url);
    const before = (await requestCount(key)).requests;
    const stop = feed.subscribe(() => undefined, 1);
    // Every second without back-off; with it, each failure doubles the wait added to the second:
    // the refreshes come at 1 s, 3 s (1 + 1), 6 s (1 + 2), 11 s (1 + 4) and 20 s (1 + 8).
    for (const [i, wait] of [1000, 2000, 3000, 5000, 9000].entries()) {
      await refreshAfter(clock(), feed, wait);
      expect((await requestCount(key)).requests - before, `requests after refresh ${i + 1}`).to.equal(i + 1);
    }
    stop();
  });

  it('stops refreshing when the last reader leaves', async () => {
    const key = uniqueKey('leave');
    const url = await serveBundle(key, { fixture: SEED_FIXTURE });
    await loadBundle(url);
    const stop = bundleFeed(url).subscribe(() => undefined, 1);
    expect(clock().pending(), 'the refresh while the reader stays').to.deep.equal([1000]);
    stop();
    expect(clock().pending(), 'timers once it left').to.deep.equal([]);
    clock().advance(60_000);
    expect((await requestCount(key)).requests).to.equal(1);
  });
});

describe('indexBundleObject', () => {
  it('validates and indexes a bundle object once', async () => {
    const bundle = await seedBundle();
    const first = indexBundleObject(bundle);
    expect(first).to.be.instanceOf(BundleIndex);
    expect(indexBundleObject(bundle)).to.equal(first);
  });

  it('returns the validator\'s problems for an invalid object', () => {
    const result = indexBundleObject({ meta: {} });
    expect(result).to.be.instanceOf(BundleError);
    expect((result as BundleError).code).to.equal('bundle-invalid');
    expect((result as BundleError).message).to.include('The bundle given to the "bundle" property is not a valid bundle');
  });

  it('reads the object as JSON: a later change to the page\'s object does not reach the widgets', async () => {
    const bundle = await seedBundle();
    const index = indexBundleObject(bundle) as BundleIndex;
    const actors = bundle.actors as { name: unknown }[];
    const name = structuredClone(actors[0].name);
    actors[0].name = 42;
    const first = index.bundle.actors[0];
    expect(first.name).to.deep.equal(name);
    expect(Object.getPrototypeOf(first)).to.equal(Object.prototype);
  });

  it('says what to fix for an object that cannot be written as JSON', () => {
    const cyclic: Record<string, unknown> = { meta: {} };
    cyclic.self = cyclic;
    const result = indexBundleObject(cyclic);
    expect(result).to.be.instanceOf(BundleError);
    expect((result as BundleError).code).to.equal('bundle-not-json');
    expect((result as BundleError).message).to.match(/^The bundle given to the "bundle" property cannot be written as JSON \([\s\S]+\); give plain data/);
  });
});
