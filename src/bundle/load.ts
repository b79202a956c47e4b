import { isServer } from 'lit';
import { BundleIndex } from './bundle-index.js';
import { BundleError } from './bundle-error.js';
import { fetchBundleText, readBundleData, readBundleText, systemClock, type BundleText, type Clock } from './read-bundle.js';

export { DEFAULT_TIMEOUT_MS, MAX_BUNDLE_CHARACTERS } from './read-bundle.js';

/** What one bundle source looks like to the widgets that read it. */
export type BundleFeedState =
  | { readonly status: 'loading' }
  /** `stale` is set when a refresh failed and the data shown is the last good copy. */
  | { readonly status: 'ready'; readonly index: BundleIndex; readonly stale?: BundleError }
  | { readonly status: 'error'; readonly error: BundleError };

/** A state a read ends in. */
export type SettledBundleFeedState = Exclude<BundleFeedState, { status: 'loading' }>;

export type BundleFeedListener = (state: BundleFeedState) => void;

export interface LoadOptions {
  /** How long a request may take, headers and body, before it fails with `bundle-timeout`. */
  readonly timeoutMs?: number;
}

/** `refresh` values below this are raised to it. */
export const MIN_REFRESH_SECONDS = 1;
/** After repeated failures, refreshes slow down to at most one per this long. */
export const MAX_BACKOFF_MS = 10 * 60_000;

let feedClock: Clock = systemClock;

/**
 * For tests: the clock that feeds made from now on read the time from and set their timers on
 * (refresh, back-off, the time limit of a request); the system's again when called without one.
 * Not part of the public API: src/index.ts does not export it.
 */
export function setFeedClock(clock: Clock = systemClock): void {
  feedClock = clock;
}

async function readInlineBundleText(id: string): Promise<BundleText> {
  if (document.readyState === 'loading' && !document.getElementById(id)) {
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }
  const script = document.getElementById(id);
  const expected = `<script type="application/json" id="${id}"> holding the bundle`;
  if (!script) {
    throw new BundleError('bundle-inline-missing', `src="#${id}" names nothing on this page: add ${expected}, or correct the id.`);
  }
  if (!(script instanceof HTMLScriptElement) || !/json/i.test(script.type)) {
    throw new BundleError(
      'bundle-inline-missing',
      `src="#${id}" names a <${script.localName}${script instanceof HTMLScriptElement ? ` type="${script.type}"` : ''}>, but it must name ${expected}.`,
    );
  }
  return { text: script.textContent ?? '', baseUrl: document.baseURI };
}

/**
 * One bundle source (a URL or an inline script) shared by every widget that names it: fetched
 * and validated once, refreshed on one timer at the shortest interval any reader asks for, and
 * slowed down exponentially while refreshes fail.
 */
export class BundleFeed {
  readonly #read: () => Promise<BundleText>;
  readonly #where: string;
  readonly #listeners = new Map<BundleFeedListener, number>();
  #state: BundleFeedState = { status: 'loading' };
  #lastText?: string;
  #inFlight?: Promise<SettledBundleFeedState>;
  #settledAt = 0;
  #failures = 0;
  #timer?: unknown;
  #timerDueAt = 0;
  readonly #clock = feedClock;

  constructor(read: () => Promise<BundleText>, where: string) {
    this.#read = read;
    this.#where = where;
    void this.load();
  }

  get state(): BundleFeedState {
    return this.#state;
  }

  /** True when no widget reads this source and no read is under way. */
  get idle(): boolean {
    return this.#listeners.size === 0 && !this.#inFlight;
  }

  /**
   * Calls `listener` on every change of state from now on. `refreshSeconds` > 0 asks for the
   * source to be re-read that often while this listener stays. Returns the unsubscriber.
   */
  subscribe(listener: BundleFeedListener, refreshSeconds = 0): () => void {
    this.#listeners.set(listener, Number.isFinite(refreshSeconds) && refreshSeconds > 0 ? refreshSeconds : 0);
    if (this.#state.status === 'error' && this.#clock.now() >= this.#settledAt + this.#backoffMs(1000)) void this.load();
    this.#schedule();
    return () => {
      this.#listeners.delete(listener);
      this.#schedule();
    };
  }

  /** Reads the source now (joining a read already under way) and resolves with the new state. */
  load(): Promise<SettledBundleFeedState> {
    this.#inFlight ??= this.#readAndIndex().finally(() => {
      this.#inFlight = undefined;
      this.#settledAt = this.#clock.now();
      this.#schedule();
    });
    return this.#inFlight;
  }

  async #readAndIndex(): Promise<SettledBundleFeedState> {
    try {
      const source = await this.#read();
      const current = this.#state;
      if (current.status === 'ready' && source.text === this.#lastText) {
        this.#failures = 0;
        return current.stale ? this.#set({ status: 'ready', index: current.index }) : current;
      }
      const reading = readBundleText(source.text, this.#where);
      if (!reading.valid) throw reading.error;
      this.#lastText = source.text;
      this.#failures = 0;
      return this.#set({ status: 'ready', index: new BundleIndex(reading.bundle, source.baseUrl) });
    } catch (error) {
      const bundleError =
        error instanceof BundleError
          ? error
          : new BundleError('bundle-network', `${this.#where} could not be read (${String(error)}).`);
      this.#failures += 1;
      const current = this.#state;
      return this.#set(
        current.status === 'ready'
          ? { status: 'ready', index: current.index, stale: bundleError }
          : { status: 'error', error: bundleError },
      );
    }
  }

  #set(state: SettledBundleFeedState): SettledBundleFeedState {
    this.#state = state;
    for (const listener of [...this.#listeners.keys()]) listener(state);
    return state;
  }

  #backoffMs(baseMs: number): number {
    return this.#failures === 0 ? 0 : Math.min(baseMs * 2 ** (this.#failures - 1), Math.max(baseMs, MAX_BACKOFF_MS));
  }

  /** Keeps one timer, due at the last read plus the shortest asked interval (and back-off). */
  #schedule(): void {
    // While a read is under way (as every widget of a page subscribes) there is nothing to time.
    const intervals = this.#inFlight ? [] : [...this.#listeners.values()].filter((seconds) => seconds > 0);
    if (intervals.length === 0) {
      this.#clock.clearTimeout(this.#timer);
      this.#timer = undefined;
      return;
    }
    const baseMs = Math.max(MIN_REFRESH_SECONDS, Math.min(...intervals)) * 1000;
    const dueAt = this.#settledAt + baseMs + this.#backoffMs(baseMs);
    if (this.#timer !== undefined && dueAt === this.#timerDueAt) return;
    this.#clock.clearTimeout(this.#timer);
    this.#timerDueAt = dueAt;
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = undefined;
      void this.load();
    }, Math.max(0, dueAt - this.#clock.now()));
  }
}

/**
 * How many sources no widget reads any more a page keeps, so that a widget added again (or
 * `loadBundle`) finds them at once; a single-page app that moves from topic to topic does not
 * hold every bundle it has shown.
 */
export const MAX_IDLE_FEEDS = 8;

/** Every source asked for, the most recently asked for last. */
const feeds = new Map<string, BundleFeed>();

/** Forgets the idle sources beyond the MAX_IDLE_FEEDS most recently asked for. */
function forgetIdleFeeds(): void {
  let idle = 0;
  for (const [key, feed] of [...feeds].reverse()) if (feed.idle && ++idle > MAX_IDLE_FEEDS) feeds.delete(key);
}

const objectIndexes = new WeakMap<object, BundleIndex | BundleError>();

/**
 * The shared feed for a `src` value: a URL (relative to the page) or `#id` of an inline
 * `<script type="application/json">`. Throws `src-invalid` for an address that cannot be used.
 */
export function bundleFeed(src: string, options: LoadOptions = {}): BundleFeed {
  const trimmed = src.trim();
  let key: string;
  if (trimmed.startsWith('#')) key = trimmed;
  else {
    try {
      key = new URL(trimmed, document.baseURI).href;
    } catch {
      throw new BundleError('src-invalid', `src="${src}" is not a web address; use the bundle's URL or "#id" of an inline bundle.`);
    }
    if (!/^(https?|file|blob):/.test(key)) {
      throw new BundleError('src-invalid', `src="${src}" is not an http(s) address; use the bundle's URL or "#id" of an inline bundle.`);
    }
  }
  let feed = feeds.get(key);
  if (feed) {
    feeds.delete(key);
  } else {
    const { timeoutMs } = options;
    const clock = feedClock;
    feed = key.startsWith('#')
      ? new BundleFeed(() => readInlineBundleText(key.slice(1)), `The inline bundle ${key}`)
      : new BundleFeed(() => fetchBundleText(key, { timeoutMs, clock }), `The bundle at ${key}`);
    forgetIdleFeeds();
  }
  feeds.set(key, feed);
  return feed;
}

/**
 * Loads, validates and indexes a bundle (once per `src` for the whole page; later calls share
 * the result). Rejects with a `BundleError`.
 */
export async function loadBundle(src: string, options?: LoadOptions): Promise<BundleIndex> {
  const feed = bundleFeed(src, options);
  const state = feed.state.status === 'loading' ? await feed.load() : feed.state;
  if (state.status === 'error') throw state.error;
  return state.index;
}

/**
 * Validates and indexes a bundle given as an object (the `bundle` property), once per object.
 * Returns the index, or the error that says what is wrong with it.
 *
 * The object is read as the JSON it would be sent as, and the widgets get that copy: the
 * validator checks values in place, and a page's own object could change later (or carry
 * getters, class instances or objects without a prototype) under data already checked.
 */
export function indexBundleObject(bundle: object): BundleIndex | BundleError {
  let result = objectIndexes.get(bundle);
  if (!result) {
    result = indexAsJson(bundle);
    objectIndexes.set(bundle, result);
  }
  return result;
}

function indexAsJson(bundle: object): BundleIndex | BundleError {
  const where = 'The bundle given to the "bundle" property';
  let data: unknown;
  try {
    data = JSON.parse(JSON.stringify(bundle)) as unknown;
  } catch (error) {
    return new BundleError('bundle-not-json', `${where} cannot be written as JSON (${(error as Error).message}); give plain data, as JSON.parse returns it.`);
  }
  const reading = readBundleData(data, where);
  // A server render has no page, so no address for the bundle's relative links.
  return reading.valid ? new BundleIndex(reading.bundle, isServer ? undefined : document.baseURI) : reading.error;
}
