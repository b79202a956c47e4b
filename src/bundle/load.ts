import { isServer } from 'lit';
import { BundleIndex } from './bundle-index.js';
import { BundleError } from './bundle-error.js';
import { formatProblem, validateBundle } from './validate.js';

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

export const DEFAULT_TIMEOUT_MS = 10_000;
/** Bigger than any real topic bundle by far; a file this large is a mistake, not a topic. */
export const MAX_BUNDLE_CHARACTERS = 5 * 1024 * 1024;
/** `refresh` values below this are raised to it. */
export const MIN_REFRESH_SECONDS = 1;
/** After repeated failures, refreshes slow down to at most one per this long. */
export const MAX_BACKOFF_MS = 10 * 60_000;

interface BundleText {
  readonly text: string;
  /** What relative links in the bundle resolve against. */
  readonly baseUrl: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Parses and validates bundle text; throws a `BundleError` that says what to fix. */
function indexBundleText({ text, baseUrl }: BundleText, where: string): BundleIndex {
  if (text.trim() === '') throw new BundleError('bundle-not-json', `${where} is empty: expected a JSON bundle.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BundleError(
      'bundle-not-json',
      text.trimStart().startsWith('<')
        ? `${where} is an HTML page, not a JSON bundle. Check the address: servers often answer a wrong one with an HTML error or login page.`
        : `${where} is not valid JSON (${(error as Error).message}). Look for a missing comma, quote or bracket, or a file cut short; \`npx news-widgets validate\` points at the spot.`,
    );
  }
  return indexBundleData(data, baseUrl, where);
}

function indexBundleData(data: unknown, baseUrl: string | undefined, where: string): BundleIndex {
  const result = validateBundle(data);
  if (result.valid) return new BundleIndex(result.bundle, baseUrl);
  const count = result.problems.length;
  const shown = result.problems.slice(0, 5).map((problem) => `\n  - ${formatProblem(problem)}`).join('');
  throw new BundleError(
    'bundle-invalid',
    `${where} is not a valid bundle: ${plural(count, 'problem', 'problems')} to fix.${shown}${count > 5 ? `\n  … and ${count - 5} more; \`npx news-widgets validate\` lists them all.` : ''}`,
    result.problems,
  );
}

async function fetchBundleText(url: string, timeoutMs: number): Promise<BundleText> {
  const where = `The bundle at ${url}`;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    // "no-cache" revalidates with the server every time: the browser sends If-None-Match /
    // If-Modified-Since from its cache and a 304 costs no body, yet a changed bundle is never
    // missed. Setting those headers by hand would make cross-origin requests need a preflight.
    const response = await fetch(url, { cache: 'no-cache', signal: abort.signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new BundleError(
        'bundle-http',
        `${where} could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. Check the src attribute${response.status === 404 ? ': is the file published at that address?' : ', or try again later.'}`,
      );
    }
    if (Number(response.headers.get('content-length')) > MAX_BUNDLE_CHARACTERS) throw tooLarge(where);
    return { text: await readBodyText(response, where, abort.signal), baseUrl: linkBase(response.url || url) };
  } catch (error) {
    if (error instanceof BundleError) throw error;
    if (abort.signal.aborted) {
      throw new BundleError(
        'bundle-timeout',
        `${where} did not arrive within ${timeoutMs / 1000} seconds. The server may be down or very slow; the page will show the fallback text until it answers.`,
      );
    }
    throw new BundleError(
      'bundle-network',
      `${where} could not be fetched (${(error as Error).message}). The reader may be offline, or the server refused: a bundle on another site must be served with an Access-Control-Allow-Origin header.`,
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body as text, read piece by piece so that reading stops as soon as it is too large: a
 * compressed or streamed answer has no Content-Length that says so in advance, and reading a
 * huge one whole would hold the reader's memory and tab.
 */
async function readBodyText(response: Response, where: string, aborted: AbortSignal): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += decoder.decode(chunk.value, { stream: true });
      if (text.length > MAX_BUNDLE_CHARACTERS) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge(where);
      }
    }
  } catch (error) {
    if (error instanceof BundleError || aborted.aborted) throw error;
    throw new BundleError(
      'bundle-network',
      `${where} broke off while arriving (${(error as Error).message}): the connection dropped before the whole file came. The reader may have gone offline, or the server closed the connection early; if this keeps happening, check that the server sends the file whole.`,
    );
  }
  return text + decoder.decode();
}

/**
 * What a bundle's relative links resolve against: its own address, or the page's when that
 * address cannot be a base (a blob: URL, as a CMS preview makes), where resolving would throw.
 */
const linkBase = (address: string): string => (/^(https?|file):/i.test(address) ? address : document.baseURI);

const tooLarge = (where: string) =>
  new BundleError(
    'bundle-too-large',
    `${where} is larger than ${MAX_BUNDLE_CHARACTERS / 1024 / 1024} MB, far more than a topic bundle needs. Check that src points at the bundle, or split the topic.`,
  );

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
  #timer?: ReturnType<typeof setTimeout>;
  #timerDueAt = 0;

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
    if (this.#state.status === 'error' && Date.now() >= this.#settledAt + this.#backoffMs(1000)) void this.load();
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
      this.#settledAt = Date.now();
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
      const index = indexBundleText(source, this.#where);
      this.#lastText = source.text;
      this.#failures = 0;
      return this.#set({ status: 'ready', index });
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
      clearTimeout(this.#timer);
      this.#timer = undefined;
      return;
    }
    const baseMs = Math.max(MIN_REFRESH_SECONDS, Math.min(...intervals)) * 1000;
    const dueAt = this.#settledAt + baseMs + this.#backoffMs(baseMs);
    if (this.#timer !== undefined && dueAt === this.#timerDueAt) return;
    clearTimeout(this.#timer);
    this.#timerDueAt = dueAt;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.load();
    }, Math.max(0, dueAt - Date.now()));
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
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    feed = key.startsWith('#')
      ? new BundleFeed(() => readInlineBundleText(key.slice(1)), `The inline bundle ${key}`)
      : new BundleFeed(() => fetchBundleText(key, timeoutMs), `The bundle at ${key}`);
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
    const where = 'The bundle given to the "bundle" property';
    try {
      let data: unknown;
      try {
        data = JSON.parse(JSON.stringify(bundle)) as unknown;
      } catch (error) {
        throw new BundleError('bundle-not-json', `${where} cannot be written as JSON (${(error as Error).message}); give plain data, as JSON.parse returns it.`);
      }
      // A server render has no page, so no address for the bundle's relative links.
      result = indexBundleData(data, isServer ? undefined : document.baseURI, where);
    } catch (error) {
      result = error as BundleError;
    }
    objectIndexes.set(bundle, result);
  }
  return result;
}
