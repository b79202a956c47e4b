/**
 * Widgets handled the way pages and frameworks handle elements: moved, cloned, removed while
 * loading, re-attributed faster than their data arrives. No stale data is ever shown, and no
 * timer, listener or observer is left behind.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import { SEED_URL, captureConsole, readerText, requestCount, seedBundle, sleep, uniqueKey, type Widget } from '../helpers.js';
import { baseIn, expectNotBlank, expectNoUncaughtErrors, painted, reportFigures, serve, settledState } from './reliability.js';

reportFigures('lifecycle.test.ts');

/** The seed with another `meta.id` and another name for the SDF, to tell two bundles apart. */
async function variantBundle(id: string, sdfName: string): Promise<string> {
  const bundle = await seedBundle();
  (bundle.meta as Record<string, unknown>).id = id;
  const sdf = (bundle.actors as Record<string, unknown>[]).find((actor) => actor.id === 'sdf')!;
  sdf.name = sdfName;
  return JSON.stringify(bundle);
}

function widget(tag: string, attributes: Record<string, string>): Widget {
  const element = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append('Fallback text from the editor.');
  return element;
}

/** Whether the library's code (served from /src/) is on the stack, not only the test tools'. */
const calledFromLibrary = () => /\/\/[^/]+\/src\//.test(new Error().stack ?? '');

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

/** Replaces a method of `target` by `wrap(original)`; returns what puts the original back. */
function intercept(target: object, name: string, wrap: (original: AnyFunction) => AnyFunction): () => void {
  const own = Object.getOwnPropertyDescriptor(target, name);
  const original = Reflect.get(target, name) as AnyFunction;
  Object.defineProperty(target, name, { value: wrap(original), configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(target, name, own);
    else Reflect.deleteProperty(target, name);
  };
}

/**
 * Tracks what the library's code leaves behind if it leaks: pending timeouts, intervals,
 * listeners on the window, the document, its root and body and media queries, and observers
 * observing.
 */
function trackGlobalResources() {
  const timeouts = new Set<unknown>();
  const intervals = new Set<unknown>();
  const listeners = new Set<string>();
  const observers = new Set<unknown>();
  const globalTargets = new WeakMap<object, string>([
    [window, 'window'],
    [document, 'document'],
    [document.documentElement, 'html'],
    [document.body, 'body'],
  ]);
  const listenerIds = new WeakMap<object, number>();
  let nextListenerId = 0;
  /** `window resize #3 false`, for a listener on a global target; undefined for any other. */
  const key = (target: unknown, [type, listener, options]: unknown[]) => {
    const name = globalTargets.get(target as object) ?? (target instanceof MediaQueryList ? `media ${target.media}` : undefined);
    if (!name || !listener || (typeof listener !== 'object' && typeof listener !== 'function')) return undefined;
    if (!listenerIds.has(listener)) listenerIds.set(listener, nextListenerId++);
    const capture = typeof options === 'boolean' ? options : Boolean((options as EventListenerOptions | undefined)?.capture);
    return `${name} ${String(type)} #${listenerIds.get(listener)} ${capture}`;
  };
  const once = (options: unknown) => typeof options === 'object' && Boolean((options as AddEventListenerOptions | null)?.once);

  const restorers = [
    intercept(window, 'setTimeout', (original) =>
      function (this: unknown, handler, ms, ...args) {
        const id = original.call(window, () => {
          timeouts.delete(id);
          if (typeof handler === 'function') (handler as AnyFunction)(...args);
        }, ms);
        if (calledFromLibrary()) timeouts.add(id);
        return id;
      },
    ),
    intercept(window, 'clearTimeout', (original) =>
      function (this: unknown, id) {
        timeouts.delete(id);
        return original.call(window, id);
      },
    ),
    intercept(window, 'setInterval', (original) =>
      function (this: unknown, ...args) {
        const id = original.call(window, ...args);
        if (calledFromLibrary()) intervals.add(id);
        return id;
      },
    ),
    intercept(window, 'clearInterval', (original) =>
      function (this: unknown, id) {
        intervals.delete(id);
        return original.call(window, id);
      },
    ),
    intercept(EventTarget.prototype, 'addEventListener', (original) =>
      function (this: unknown, ...args) {
        const id = key(this, args);
        if (id && !once(args[2]) && calledFromLibrary()) listeners.add(id);
        return original.apply(this, args);
      },
    ),
    intercept(EventTarget.prototype, 'removeEventListener', (original) =>
      function (this: unknown, ...args) {
        const id = key(this, args);
        if (id) listeners.delete(id);
        return original.apply(this, args);
      },
    ),
    intercept(MutationObserver.prototype, 'observe', (original) =>
      function (this: unknown, ...args) {
        if (calledFromLibrary()) observers.add(this);
        return original.apply(this, args);
      },
    ),
    intercept(MutationObserver.prototype, 'disconnect', (original) =>
      function (this: unknown) {
        observers.delete(this);
        return original.call(this);
      },
    ),
  ];

  return {
    snapshot: () => ({ timeouts: timeouts.size, intervals: intervals.size, listeners: [...listeners].sort(), observers: observers.size }),
    stop: () => restorers.forEach((restore) => restore()),
  };
}

describe('widgets moved, cloned and removed', () => {
  afterEach(() => expectNoUncaughtErrors());

  it('keeps showing its data when moved, without a new request or a flash of loading', async () => {
    const key = uniqueKey('moved');
    const url = await serve(key, { body: await variantBundle('moved', 'Syrian Democratic Forces') });
    const [first, second] = [await fixture<HTMLDivElement>(html`<div></div>`), await fixture<HTMLDivElement>(html`<div></div>`)];
    const card = widget('actor-card', { src: url, actor: 'sdf' });
    first.append(card);
    expect(await settledState(card)).to.equal('ready');
    const before = readerText(card);
    for (let move = 0; move < 20; move += 1) {
      (move % 2 ? first : second).append(card);
      expect(baseIn(card)?.dataset.state, `state right after move ${move}`).to.equal('ready');
    }
    await card.updateComplete;
    expect(readerText(card)).to.equal(before);
    expectNotBlank(card, 'after 20 moves');
    expect((await requestCount(key)).requests).to.equal(1);
  });

  it('renders a clone as the original, from the same single request', async () => {
    const key = uniqueKey('cloned');
    const url = await serve(key, { body: await variantBundle('cloned', 'Syrian Democratic Forces') });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const original = widget('control-bar', { src: url, place: 'deir-al-zour-province' });
    container.append(original);
    await settledState(original);
    const clones = [original.cloneNode(true), original.cloneNode(false)] as Widget[];
    container.append(...clones);
    for (const clone of clones) {
      expect(await settledState(clone)).to.equal('ready');
      expect(readerText(clone)).to.equal(readerText(original).replace(' Fallback text from the editor.', ''));
      expectNotBlank(clone, 'cloned');
    }
    expect((await requestCount(key)).requests).to.equal(1);
  });

  it('says nothing and fires nothing for a widget removed while its bundle loads', async () => {
    const key = uniqueKey('removed-loading');
    const url = await serve(key, { body: await variantBundle('removed', 'Syrian Democratic Forces'), delayMs: 300 });
    const missing = await serve(uniqueKey('removed-missing'), { status: 404, delayMs: 300 });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const removed = [widget('actor-card', { src: url, actor: 'sdf' }), widget('quote-block', { src: missing, quote: 'velayati-raqqa' })];
    const events: string[] = [];
    for (const each of removed) {
      each.addEventListener('nw-ready', () => events.push('nw-ready'));
      each.addEventListener('nw-error', () => events.push('nw-error'));
    }
    const messages = await captureConsole('error', async () => {
      container.append(...removed);
      await Promise.all(removed.map((each) => each.updateComplete));
      removed.forEach((each) => each.remove());
      await sleep(600);
    });
    expect(events).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    // The bundle arrived meanwhile: put back, the widget shows it at once.
    container.append(removed[0]);
    expect(await settledState(removed[0])).to.equal('ready');
    expect(readerText(removed[0])).to.include('Syrian Democratic Forces');
  });

  it('leaves no timer, listener or observer behind, and stops refreshing, once its widgets are gone', async function () {
    this.timeout(20_000);
    const key = uniqueKey('leaks');
    const url = await serve(key, { body: await variantBundle('leaks', 'Syrian Democratic Forces'), delayMs: 150 });
    await sleep(50);
    const tracker = trackGlobalResources();
    try {
      const baseline = tracker.snapshot();
      const [first, second] = [document.createElement('div'), document.createElement('div')];
      document.body.append(first, second);
      const widgets: Widget[] = [];
      for (let i = 0; i < 5; i += 1) {
        widgets.push(
          widget('actor-card', { src: url, actor: 'sdf', refresh: '1' }),
          widget('control-bar', { src: url, place: 'deir-al-zour-province' }),
          widget('quote-block', { src: url, quote: 'velayati-raqqa', refresh: '2' }),
          widget('border-crossing-status', { src: url, crossing: 'qaim-bukamal' }),
          widget('actor-card', { actor: 'sdf' }),
        );
      }
      // The widgets without src say so in the console: expected here, and kept out of the log.
      await captureConsole('error', async () => {
        first.append(...widgets);
        widgets.slice(0, 5).forEach((each) => each.remove());
        for (const each of widgets.slice(5, 20)) if ((await settledState(each)) === 'ready') second.append(each);
        const clones = widgets.slice(5, 10).map((each) => each.cloneNode(true) as Widget);
        first.append(...clones);
        for (const each of widgets.slice(10, 15)) each.setAttribute('lang', 'ar');
        await Promise.all([...clones, ...widgets.slice(20)].map((each) => settledState(each)));
        first.remove();
        second.remove();
        // Long enough for a leaked refresh timer (1 s) or grace timer (1.5 s) to show itself.
        await sleep(2000);
      });
      const requests = (await requestCount(key)).requests;
      await sleep(1500);
      expect((await requestCount(key)).requests, 'requests after every widget left').to.equal(requests);
      expect(tracker.snapshot()).to.deep.equal(baseline);
    } finally {
      tracker.stop();
    }
  });
});

describe('widgets re-attributed faster than their data arrives', () => {
  afterEach(() => expectNoUncaughtErrors());

  it('shows the last actor of 60 changes made in one go, and of 60 made across frames', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const card = widget('actor-card', { src: SEED_URL, actor: 'sdf' });
    container.append(card);
    const actors = ['islamic-state', 'russia', 'iran', 'sdf', 'hezbollah', 'united-states'];
    const shows = async (actor: string) => {
      const reference = widget('actor-card', { src: SEED_URL, actor });
      container.append(reference);
      await settledState(reference);
      expect(await settledState(card)).to.equal('ready');
      expect(readerText(card)).to.equal(readerText(reference));
      reference.remove();
    };
    for (let i = 0; i < 60; i += 1) card.setAttribute('actor', actors[i % actors.length]);
    await shows(actors[59 % actors.length]);
    for (let i = 0; i < 60; i += 1) {
      card.setAttribute('actor', actors[(i + 2) % actors.length]);
      if (i % 3 === 0) await painted();
      else if (i % 3 === 1) await Promise.resolve();
    }
    await shows(actors[61 % actors.length]);
    expectNotBlank(card, 'after 120 changes of actor');
  });

  it('never shows the bundle of a src it has already left, whichever answers first', async () => {
    const slow = await serve(uniqueKey('slow'), { body: await variantBundle('slow-bundle', 'The slow bundle\'s SDF'), delayMs: 600 });
    const fast = await serve(uniqueKey('fast'), { body: await variantBundle('fast-bundle', 'The fast bundle\'s SDF') });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const card = widget('actor-card', { src: slow, actor: 'sdf' });
    const shown: string[] = [];
    card.addEventListener('nw-ready', (event) => shown.push(event.detail.bundle));
    container.append(card);
    await card.updateComplete;
    card.setAttribute('src', fast);
    expect(await settledState(card)).to.equal('ready');
    await sleep(900);
    expect(readerText(card)).to.include('The fast bundle\'s SDF').and.not.include('slow');
    expect(shown).to.deep.equal(['fast-bundle']);

    // Back to a src still loading: the fast bundle's data goes at once; the fallback shows meanwhile.
    const slower = await serve(uniqueKey('slower'), { body: await variantBundle('slower-bundle', 'The slower bundle\'s SDF'), delayMs: 400 });
    card.setAttribute('src', slower);
    await card.updateComplete;
    expect(baseIn(card)!.dataset.state).to.equal('loading');
    expect(readerText(card)).to.include('Fallback text from the editor.').and.not.include('SDF');
    await settledState(card);
    expect(readerText(card)).to.include('The slower bundle\'s SDF');
    expect(shown).to.deep.equal(['fast-bundle', 'slower-bundle']);
  });

  it('ends showing what its final attributes ask for, after any sequence of changes, moves and waits', async function () {
    this.timeout(60_000);
    const bodies = {
      seed: JSON.stringify(await seedBundle()),
      other: await variantBundle('other-bundle', 'Another bundle\'s SDF'),
    };
    const container = await fixture<HTMLDivElement>(html`<div><div></div><div></div></div>`);
    const [here, there] = [...container.children] as HTMLElement[];
    const command = fc.oneof(
      fc.record({ set: fc.constant('actor'), value: fc.constantFrom('sdf', 'islamic-state', 'russia', 'no-such-actor', '') }),
      fc.record({ set: fc.constant('src'), value: fc.constantFrom('seed', 'slow', 'other', 'missing') }),
      fc.record({ set: fc.constant('lang'), value: fc.constantFrom('en', 'ar') }),
      fc.record({ set: fc.constant('move'), value: fc.constant('') }),
      fc.record({ set: fc.constant('wait'), value: fc.constantFrom('microtask', 'frame', 'task') }),
    );
    await captureConsole('error', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), async (commands) => {
          const run = uniqueKey('run');
          const sources: Record<string, string> = {
            seed: await serve(`${run}-seed`, { body: bodies.seed }),
            slow: await serve(`${run}-slow`, { body: bodies.seed, delayMs: 120 }),
            other: await serve(`${run}-other`, { body: bodies.other, delayMs: 40 }),
            missing: await serve(`${run}-missing`, { status: 404 }),
          };
          const final = { src: 'seed', actor: 'sdf', lang: 'en' };
          const card = widget('actor-card', { src: sources.seed, actor: 'sdf', lang: 'en' });
          here.append(card);
          for (const { set, value } of commands) {
            if (set === 'move') (card.parentElement === here ? there : here).append(card);
            else if (set === 'wait') await (value === 'frame' ? painted() : value === 'task' ? sleep(0) : Promise.resolve());
            else {
              final[set] = value;
              card.setAttribute(set, set === 'src' ? sources[value] : value);
            }
          }
          const reference = widget('actor-card', { src: sources[final.src], actor: final.actor, lang: final.lang });
          there.append(reference);
          const [state, expected] = [await settledState(card), await settledState(reference)];
          expect(state).to.equal(expected);
          expect(readerText(card)).to.equal(readerText(reference));
          expectNotBlank(card, `after ${JSON.stringify(commands)}`);
          card.remove();
          reference.remove();
        }),
        { numRuns: 25 },
      );
    });
  });
});
