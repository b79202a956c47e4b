/**
 * Failing networks, end to end through the elements with the editor's fallback content, against
 * the real local test server: each fault ends in the documented state with the fallback and a
 * notice visible and one console message that says what to do; a failed refresh keeps the last
 * good data, visibly marked stale, until the network recovers; failures slow refreshes down.
 * Time limits, refreshes and back-off run on a clock the tests move (`useManualClock`): each
 * happens at exactly its time, and no test waits for one.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import { bundleFeed } from '../../src/bundle/load.js';
import {
  captureConsole,
  otherOrigin,
  readerText,
  refreshAfter,
  requestCount,
  seedBundle,
  sleep,
  startRefresh,
  uniqueKey,
  useManualClock,
} from '../helpers.js';
import { expectNoUncaughtErrors, expectNotBlank, figures, reportFigures, serve, settledState, type ServedResponse } from './reliability.js';

reportFigures('network.test.ts');

const SEED_FIXTURE = '../../bundles/syria-iraq-border-2017.json';
const NOTICE = 'This graphic could not load its data.';
const STALE = 'Could not refresh; showing the data last received,';

/** The four widgets, each with an entity of the seed, a fact it shows and its editor's fallback. */
const WIDGETS = [
  { tag: 'actor-card', entity: 'actor="sdf"', fact: 'Syrian Democratic Forces' },
  { tag: 'control-bar', entity: 'place="deir-al-zour-province"', fact: 'about a third' },
  { tag: 'quote-block', entity: 'quote="velayati-partition"', fact: 'The U.S. is planning to partition Syria' },
  { tag: 'border-crossing-status', entity: 'crossing="qaim-bukamal"', fact: 'Border crossing near Qaim and Bukamal' },
] as const;
type WidgetKind = (typeof WIDGETS)[number];

const FALLBACK = 'Fallback from the editor: the Islamic State lost Deir al-Zour on Friday.';

async function place(kind: WidgetKind, src: string, extra = ''): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<${kind.tag} src="${src}" ${kind.entity} ${extra}><p>${FALLBACK}</p></${kind.tag}>`;
  return container.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
}

interface Fault {
  readonly name: string;
  readonly served: ServedResponse;
  /** The error code the widget reports (`nw-error`). */
  readonly code: string;
  /** What the console message must say: what went wrong and what to do about it. */
  readonly says: readonly string[];
  readonly crossOrigin?: boolean;
  /** A shorter time limit for this URL's feed, so that a server that never answers fails fast. */
  readonly timeoutMs?: number;
}

const FAULTS: readonly Fault[] = [
  { name: '404', served: { status: 404, body: 'Not found' }, code: 'bundle-http', says: ['the server answered 404', 'is the file published at that address?'] },
  { name: '500', served: { status: 500, body: 'Internal error' }, code: 'bundle-http', says: ['the server answered 500', 'try again later'] },
  {
    name: 'a server that never answers',
    served: { hang: true },
    timeoutMs: 600,
    code: 'bundle-timeout',
    says: ['did not arrive within 0.6 seconds', 'The server may be down or very slow'],
  },
  {
    name: 'a body cut short (a truncated file)',
    served: { fixture: SEED_FIXTURE, truncate: 2000 },
    code: 'bundle-not-json',
    says: ['is not valid JSON', 'or a file cut short'],
  },
  {
    name: 'a connection that breaks while the body arrives',
    served: { fixture: SEED_FIXTURE, cutAfter: 2000 },
    code: 'bundle-network',
    says: ['broke off while arriving', 'The reader may have gone offline, or the server closed the connection early'],
  },
  {
    name: 'an HTML page (text/html) instead of the bundle',
    served: { body: '<!doctype html><html><title>Sign in</title><p>Please sign in</p></html>', contentType: 'text/html' },
    code: 'bundle-not-json',
    says: ['is an HTML page, not a JSON bundle', 'Check the address'],
  },
  {
    name: 'an image (image/png) instead of the bundle',
    served: { body: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', contentType: 'image/png' },
    code: 'bundle-not-json',
    says: ['is not valid JSON', 'npx news-widgets validate'],
  },
  {
    name: 'invalid JSON',
    served: { body: '{"meta": {"id": "topic",}, "actors": [}' },
    code: 'bundle-not-json',
    says: ['is not valid JSON', 'Look for a missing comma, quote or bracket'],
  },
  {
    name: 'a CORS refusal from another origin',
    served: { fixture: SEED_FIXTURE, cors: false },
    crossOrigin: true,
    code: 'bundle-network',
    says: ['could not be fetched', 'must be served with an Access-Control-Allow-Origin header'],
  },
  { name: 'the reader offline (no answer at all)', served: { drop: true }, code: 'bundle-network', says: ['could not be fetched', 'The reader may be offline'] },
];

describe('a widget whose bundle fails to arrive', () => {
  const clock = useManualClock();
  afterEach(() => expectNoUncaughtErrors());

  FAULTS.forEach((fault, i) => {
    const kind = WIDGETS[i % WIDGETS.length];
    it(`<${kind.tag}> shows its fallback, a notice and one actionable console message for ${fault.name}`, async () => {
      figures.networkFaults += 1;
      const key = uniqueKey(`fault-${i}`);
      const path = await serve(key, fault.served);
      const src = fault.crossOrigin ? otherOrigin(path) : path;
      if (fault.timeoutMs) bundleFeed(src, { timeoutMs: fault.timeoutMs });
      let widget!: HTMLElement;
      let code = '';
      const errors = await captureConsole('error', async () => {
        widget = await place(kind, src);
        widget.addEventListener('nw-error', (event) => (code = (event as CustomEvent<{ code: string }>).detail.code));
        if (fault.timeoutMs) {
          // Once the request has reached the server that never answers, its time limit passes.
          await waitUntil(async () => (await requestCount(key)).requests === 1, 'the request reaches the server');
          clock().advance(fault.timeoutMs);
        }
        expect(await settledState(widget)).to.equal('error');
        await sleep(50);
      });
      expect(code).to.equal(fault.code);
      const seen = expectNotBlank(widget, `after ${fault.name}`);
      expect(seen).to.include(FALLBACK).and.include(NOTICE);
      expect(errors, 'console errors').to.have.length(1);
      expect(errors[0]).to.match(new RegExp(`^news-widgets: <${kind.tag} src="[^"]+" `));
      expect(errors[0]).to.include(new URL(src, location.href).href);
      for (const phrase of fault.says) expect(errors[0]).to.include(phrase);
    });
  });
});

describe('a widget whose refresh fails', () => {
  const clock = useManualClock();
  afterEach(() => expectNoUncaughtErrors());

  const REFRESH_FAULTS: readonly Fault[] = [
    { name: 'the reader going offline', served: { drop: true }, code: 'bundle-network', says: ['The reader may be offline'] },
    { name: 'a 503', served: { status: 503 }, code: 'bundle-http', says: ['the server answered 503'] },
    { name: 'a server that stops answering', served: { hang: true }, timeoutMs: 700, code: 'bundle-timeout', says: ['did not arrive within 0.7 seconds'] },
    { name: 'a truncated body', served: { fixture: SEED_FIXTURE, truncate: 900 }, code: 'bundle-not-json', says: ['is not valid JSON'] },
  ];

  /**
   * One widget through one failing refresh: its refresh at 1 s fails and it marks its data
   * stale; it keeps the data through the next attempt, 2 s later (1 s of back-off after one
   * failure); the one after that, 3 s later, finds the bundle back, and the mark goes. Returns
   * the `nw-error` code it reported and the src, to find its console warning by.
   */
  async function staleAndRecover(fault: Fault, kind: WidgetKind, key: string): Promise<{ code: string; src: string }> {
    const src = await serve(key, { fixture: SEED_FIXTURE });
    const feed = bundleFeed(src, { timeoutMs: fault.timeoutMs });
    const widget = await place(kind, src, 'refresh="1"');
    expect(await settledState(widget)).to.equal('ready');
    expect(readerText(widget)).to.include(kind.fact).and.not.include(STALE);

    await serve(key, fault.served);
    let code = '';
    widget.addEventListener('nw-error', (event) => (code = (event as CustomEvent<{ code: string }>).detail.code));
    const failingRefresh = async (dueInMs: number) => {
      const before = (await requestCount(key)).requests;
      // What the library asks for: its fetch calls for this source, whatever the browser then
      // does with a dropped connection (Firefox retries one by itself, up to ten times).
      let fetched = 0;
      const pageFetch = window.fetch.bind(window);
      window.fetch = (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
        if (url === new URL(src, location.href).href) fetched += 1;
        return pageFetch(input, init);
      };
      if (fault.timeoutMs) {
        startRefresh(clock(), dueInMs, fault.timeoutMs);
        // Once the request has reached the server that stopped answering, its time limit passes.
        await waitUntil(async () => (await requestCount(key)).requests === before + 1, `${fault.name}: the refresh reaches the server`);
        // The refresh's own request, counted before the test asks the feed for its outcome.
        window.fetch = pageFetch;
        clock().advance(fault.timeoutMs);
        await feed.load();
      } else {
        await refreshAfter(clock(), feed, dueInMs);
      }
      window.fetch = pageFetch;
      const made = (await requestCount(key)).requests - before;
      expect(fetched, `${fault.name}: the library's requests in one refresh`).to.equal(1);
      if (fault.served.drop) expect(made, `${fault.name}: requests that reached the server`).to.be.at.least(1);
      else expect(made, `${fault.name}: requests of one refresh`).to.equal(1);
      await widget.updateComplete;
    };
    await failingRefresh(1000);
    expect(readerText(widget), `${fault.name}: the widget marks its data stale`).to.include(STALE);
    await failingRefresh(2000);
    const seen = expectNotBlank(widget, `while stale after ${fault.name}`);
    expect(seen).to.include(kind.fact).and.include(STALE);
    expect(seen, 'the data stays, not the fallback').not.to.include(FALLBACK);

    await serve(key, { fixture: SEED_FIXTURE });
    await refreshAfter(clock(), feed, 3000, fault.timeoutMs);
    await widget.updateComplete;
    expect(readerText(widget), `${fault.name}: the stale mark goes once the network is back`).not.to.include(STALE);
    expect(readerText(widget)).to.include(kind.fact);
    widget.remove();
    return { code, src };
  }

  it('keeps the last good data, marked stale, through going offline, a 503, a server that stops answering and a truncated body, and recovers from each', async () => {
    const outcomes: Array<{ code: string; src: string }> = [];
    const warnings = await captureConsole('warn', async () => {
      // One after another: each widget's feed is then the only one with timers on the clock.
      for (const [i, fault] of REFRESH_FAULTS.entries()) {
        outcomes.push(await staleAndRecover(fault, WIDGETS[(i + 1) % WIDGETS.length], uniqueKey(`refresh-${i}`)));
      }
    });
    REFRESH_FAULTS.forEach((fault, i) => {
      figures.networkFaults += 1;
      const { code, src } = outcomes[i];
      expect(code, fault.name).to.equal(fault.code);
      const mine = warnings.filter((warning) => warning.includes(`src="${src}"`));
      expect(mine, `console warnings for ${fault.name}, through two failed refreshes`).to.have.length(1);
      expect(mine[0]).to.include('showing the last good data because a refresh failed');
      for (const phrase of fault.says) expect(mine[0]).to.include(phrase);
    });
  });

  it('slows down while refreshes keep failing: no request storm from many widgets on one URL', async () => {
    figures.networkFaults += 1;
    const key = uniqueKey('storm');
    const src = await serve(key, { fixture: SEED_FIXTURE });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = WIDGETS.map((kind) => `<${kind.tag} src="${src}" ${kind.entity} refresh="1"></${kind.tag}>`).join('').repeat(3);
    const widgets = [...container.children] as Array<HTMLElement & { updateComplete: Promise<boolean> }>;
    for (const widget of widgets) await settledState(widget);
    expect((await requestCount(key)).requests).to.equal(1);

    // A 503 rather than a dropped connection: a browser may retry a dropped request once by
    // itself, which is not the library's doing and would blur the count.
    await serve(key, { status: 503 });
    const feed = bundleFeed(src);
    const before = (await requestCount(key)).requests;
    // Every second for 6.5 s would be 6 requests (and 72 if each of the 12 widgets asked); with
    // back-off after each failure they come at 1 s, 3 s (1 + 1) and 6 s (1 + 2), the next at 11 s.
    await captureConsole('warn', async () => {
      for (const wait of [1000, 2000, 3000]) await refreshAfter(clock(), feed, wait);
    });
    expect((await requestCount(key)).requests - before, 'requests while failing').to.equal(3);
    expect(clock().pending(), 'the next refresh, at 11 s').to.deep.equal([5000]);
    for (const widget of widgets) {
      await widget.updateComplete;
      expect(readerText(widget)).to.include(STALE);
    }
  });

  it('retries a bundle that failed from the start at a slowing pace, then shows it when it arrives', async () => {
    figures.networkFaults += 1;
    const key = uniqueKey('down-from-start');
    const src = await serve(key, { status: 500 });
    const errors = await captureConsole('error', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = WIDGETS.map((kind) => `<${kind.tag} src="${src}" ${kind.entity} refresh="1"><p>${FALLBACK}</p></${kind.tag}>`).join('');
      const widgets = [...container.children] as Array<HTMLElement & { updateComplete: Promise<boolean> }>;
      for (const widget of widgets) expect(await settledState(widget)).to.equal('error');
      // The widgets are moved around meanwhile, as a carousel or a framework might: each
      // reconnection may read the source again only once its back-off has passed.
      for (let move = 0; move < 40; move += 1) container.append(widgets[move % widgets.length]);
      expect((await requestCount(key)).requests, 'requests after moving the widgets').to.equal(1);
      // After one failure the retry waits the refresh interval and 1 s of back-off; after two, 1 + 2 s.
      const feed = bundleFeed(src);
      await refreshAfter(clock(), feed, 2000);
      await refreshAfter(clock(), feed, 3000);
      expect((await requestCount(key)).requests, 'requests in 5 s of failure').to.equal(3);
      for (const widget of widgets) {
        await widget.updateComplete;
        expect(readerText(widget)).to.include(FALLBACK).and.include(NOTICE);
      }

      await serve(key, { fixture: SEED_FIXTURE });
      await refreshAfter(clock(), feed, 5000);
      for (const [i, widget] of widgets.entries()) {
        await widget.updateComplete;
        expect(readerText(widget), `<${widget.localName}> shows its data once the server is back`).to.include(WIDGETS[i].fact);
        expectNotBlank(widget, 'after recovering');
      }
    });
    // One message per widget, however many attempts failed.
    expect(errors).to.have.length(WIDGETS.length);
  });

  it('leaves a changed bundle\'s new data visible after recovering, not the old', async () => {
    figures.networkFaults += 1;
    const key = uniqueKey('recover-changed');
    const src = await serve(key, { fixture: SEED_FIXTURE });
    const widget = await place(WIDGETS[0], src, 'refresh="1"');
    await settledState(widget);
    const feed = bundleFeed(src);
    await serve(key, { drop: true });
    await captureConsole('warn', async () => {
      await refreshAfter(clock(), feed, 1000);
      await widget.updateComplete;
    });
    expect(readerText(widget), 'stale').to.include(STALE);
    const changed = await seedBundle();
    const sdf = (changed.actors as Record<string, unknown>[]).find((actor) => actor.id === 'sdf')!;
    sdf.name = 'S.D.F., renamed while the reader was offline';
    await serve(key, { body: JSON.stringify(changed) });
    await refreshAfter(clock(), feed, 2000);
    await widget.updateComplete;
    expect(readerText(widget)).to.include('renamed while the reader was offline').and.not.include(STALE);
  });
});
