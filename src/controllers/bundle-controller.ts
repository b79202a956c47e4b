import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { BundleError } from '../bundle/bundle-error.js';
import { bundleFeed, indexBundleObject, type BundleFeedState } from '../bundle/load.js';

/** Where a widget's bundle comes from: read from the host whenever its state is read. */
export interface BundleRequest {
  /** A URL, or `#id` of an inline `<script type="application/json">`. */
  readonly src?: string | null;
  /** A bundle object; wins over `src`. */
  readonly bundle?: unknown;
  /** Seconds between re-reads of `src`; 0 or absent for none. */
  readonly refresh?: number | null;
}

/** A widget's bundle: the state of the source it follows, or of its `bundle` object. */
export type BundleState = BundleFeedState;

/**
 * How long a widget with neither `src` nor `bundle` waits before saying so: a developer who
 * appends the element and then sets `bundle` after an `await` should not see an error flash.
 */
export const BUNDLE_MISSING_GRACE_MS = 1500;

const missing = new BundleError(
  'bundle-missing',
  'No bundle: set the src attribute to the bundle\'s URL (or "#id" of an inline <script type="application/json">), or the bundle property to a bundle object.',
);

/**
 * Gives a widget the bundle it names, through the feed shared by every widget that names the
 * same source. Re-subscribes when `src`, `bundle` or `refresh` change; lets go on disconnect.
 */
export class BundleController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #request: () => BundleRequest;
  #state: BundleState = { status: 'loading' };
  #unsubscribe?: () => void;
  #graceTimer?: ReturnType<typeof setTimeout>;
  #current?: readonly [src: string | null | undefined, bundle: unknown, refresh: number | null | undefined];
  #connected = false;

  constructor(host: ReactiveControllerHost, request: () => BundleRequest) {
    this.#host = host;
    this.#request = request;
    host.addController(this);
  }

  /**
   * The state for the request as it is now: reading it follows a changed request, since a host
   * derives what it shows in willUpdate, which Lit runs before any controller's hostUpdate (and
   * Lit's server renderer runs without hostConnected or hostUpdate at all).
   */
  get state(): BundleState {
    // Lit still runs an update already requested when the element is removed: a widget taken
    // out of the page while loading must not subscribe again (its refresh timer would live on).
    if (this.#connected || isServer) this.#follow();
    return this.#state;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#follow();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#release();
    this.#current = undefined;
  }

  #release(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearTimeout(this.#graceTimer);
    this.#graceTimer = undefined;
  }

  #follow(): void {
    const { src, bundle, refresh } = this.#request();
    const current = this.#current;
    if (current && current[0] === src && current[1] === bundle && current[2] === refresh) return;
    this.#current = [src, bundle, refresh];
    this.#release();
    this.#set(this.#subscribe(src, bundle, refresh));
  }

  #subscribe(src: string | null | undefined, bundle: unknown, refresh: number | null | undefined): BundleState {
    if (bundle !== undefined && bundle !== null) {
      if (typeof bundle !== 'object') {
        return {
          status: 'error',
          error: new BundleError('bundle-invalid', `The bundle property must be a bundle object, not ${typeof bundle}.`),
        };
      }
      const result = indexBundleObject(bundle);
      return result instanceof BundleError ? { status: 'error', error: result } : { status: 'ready', index: result };
    }
    // A server render cannot wait for a fetch or a timer: only a bundle object can be shown there.
    if (isServer) return { status: 'loading' };
    if (!src?.trim()) {
      this.#graceTimer = setTimeout(() => this.#set({ status: 'error', error: missing }), BUNDLE_MISSING_GRACE_MS);
      return { status: 'loading' };
    }
    try {
      const feed = bundleFeed(src);
      this.#unsubscribe = feed.subscribe((state: BundleFeedState) => this.#set(state), refresh ?? 0);
      return feed.state;
    } catch (error) {
      return { status: 'error', error: error as BundleError };
    }
  }

  #set(state: BundleState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#host.requestUpdate();
  }
}
