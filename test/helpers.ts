/**
 * Shared test helpers: the seed bundle, the programmable test server, waiting for a widget's
 * state, what a reader sees, what the widgets write (dates, colours), the console, and a clock
 * for bundle feeds that tests move.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setFeedClock, type BundleFeed } from '../src/bundle/load.js';
import { DEFAULT_TIMEOUT_MS, type Clock } from '../src/bundle/read-bundle.js';

export const SEED_URL = '/bundles/syria-iraq-border-2017.json';

let seedCache: Promise<Record<string, unknown>> | undefined;
/** A fresh deep copy of the seed bundle, for tests that change it. */
export async function seedBundle(): Promise<Record<string, unknown>> {
  seedCache ??= fetch(SEED_URL).then((response) => response.json() as Promise<Record<string, unknown>>);
  return structuredClone(await seedCache);
}

export async function fixtureText(name: string): Promise<string> {
  const response = await fetch(`/test/fixtures/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
  return response.text();
}

/** A key no other test uses, so that bundle caches and request counts start empty. */
export const uniqueKey = (label: string): string => `${label}-${Math.random().toString(36).slice(2, 10)}`;

/** The same path on the other of localhost and 127.0.0.1: another origin on the same server. */
export function otherOrigin(path: string): string {
  const url = new URL(path, location.href);
  url.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.href;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface ServedBundle {
  readonly fixture?: string;
  readonly body?: string;
  readonly status?: number;
  readonly delayMs?: number;
  readonly hang?: boolean;
  readonly contentType?: string;
  readonly truncate?: number;
  readonly etag?: boolean;
  readonly cors?: boolean;
  /** Close the connection without an answer, as when the reader goes offline. */
  readonly drop?: boolean;
  /** Announce the whole body's length, send this many characters of it, then close the connection. */
  readonly cutAfter?: number;
  /** Send the body in chunks without a Content-Length, so the size is known only once read. */
  readonly chunked?: boolean;
}

/** Sets what `/test-api/bundle/<key>` answers; returns that URL. */
export async function serveBundle(key: string, served: ServedBundle): Promise<string> {
  await fetch(`/test-api/configure/${key}`, { method: 'POST', body: JSON.stringify(served) });
  return `/test-api/bundle/${key}`;
}

/** How many requests `/test-api/bundle/<key>` has had, and how many it answered 304. */
export async function requestCount(key: string): Promise<{ requests: number; notModified: number }> {
  return (await fetch(`/test-api/count/${key}`)).json() as Promise<{ requests: number; notModified: number }>;
}

/** A widget element as the tests drive it: a Lit element that also takes a bundle object. */
export type Widget = HTMLElement & { updateComplete: Promise<boolean>; bundle?: unknown };

/** The widget's `part="base"` wrapper, which carries `data-state`. */
export function baseOf(element: Element): HTMLElement {
  const base = element.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
  if (!base) throw new Error(`<${element.localName}> has not rendered`);
  return base;
}

export type WidgetStatus = 'loading' | 'ready' | 'error';

/** Waits until the widget's bundle state is `status` (and Lit has rendered it). */
export async function waitForState(element: HTMLElement, status: WidgetStatus, timeout = 8000): Promise<void> {
  await waitUntil(
    () => element.shadowRoot?.querySelector(`[part~="base"][data-state="${status}"]`),
    `<${element.localName}> never reached state "${status}"`,
    { timeout },
  );
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

/**
 * Text of a node as rendered: through shadow roots and slots (so fallback content an editor
 * pasted counts), skipping what is not displayed or invisible and the body of closed
 * `<details>`. Works for nodes of any frame: it tests node types and names, not `instanceof`.
 */
function renderedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  const style = element.ownerDocument.defaultView!.getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden') return '';
  if (element.localName === 'slot') return (element as HTMLSlotElement).assignedNodes({ flatten: true }).map(renderedText).join(' ');
  if (element.localName === 'details' && !(element as HTMLDetailsElement).open) {
    return [...element.children].filter((child) => child.localName === 'summary').map(renderedText).join(' ');
  }
  const children = element.shadowRoot ? element.shadowRoot.childNodes : element.childNodes;
  return [...children].map(renderedText).join(style.display === 'inline' ? '' : ' ');
}

/** What a reader sees in a node (a widget: its fallback content included), white space collapsed. */
export function readerText(node: Node): string {
  return renderedText(node).replace(/\s+/g, ' ').trim();
}

/** The text a reader sees in the widget's base part (fallback content included), white space collapsed. */
export function visibleText(element: Element): string {
  return readerText(baseOf(element));
}

/** A node's text content, white space collapsed; '' for no node. */
export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of a fact as it reads before "What the source says" is opened: its text without the excerpt panels. */
export function factText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  for (const panel of copy.querySelectorAll('[part~="excerpts"]')) panel.remove();
  return textOf(copy);
}

/** The parts of the widget's shadow tree named `name`, in order. */
export const parts = (widget: Element, name: string): HTMLElement[] => [...widget.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** "November 3, 2017": a date as the widgets write one (long, in UTC), in this engine. */
export const longDate = (iso: string, lang = 'en'): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(iso));

/** "33%": a share as the widgets write one (whole percentages), in this engine. */
export const percent = (fraction: number, lang = 'en'): string =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);

/** "rgb(31, 31, 31)" to "#1f1f1f". */
export const hexOf = (rgb: string): string =>
  `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`;

/** Collects console messages of one level while `during` runs. */
export async function captureConsole(level: 'error' | 'warn' | 'log', during: () => Promise<void>): Promise<string[]> {
  const messages: string[] = [];
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  try {
    await during();
  } finally {
    console[level] = original;
  }
  return messages;
}

/**
 * A clock for bundle feeds that stands still until the test moves it: a refresh, a back-off or
 * a time limit then happens at exactly the time the test names, and no test waits for it.
 * Time starts at 0.
 */
export class ManualClock implements Clock {
  #now = 0;
  #nextId = 1;
  readonly #timers = new Map<number, { readonly due: number; readonly callback: () => void }>();

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.#nextId++;
    this.#timers.set(id, { due: this.#now + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(timer: unknown): void {
    this.#timers.delete(timer as number);
  }

  /** How long from now until each timer set is due, in milliseconds, soonest first. */
  pending(): number[] {
    return [...this.#timers.values()].map(({ due }) => due - this.#now).sort((a, b) => a - b);
  }

  /** Moves the time on by `ms`, running each timer that falls due on the way at its own time. */
  advance(ms: number): void {
    const until = this.#now + ms;
    for (;;) {
      const [next] = [...this.#timers].filter(([, timer]) => timer.due <= until).sort(([, a], [, b]) => a.due - b.due);
      if (!next) break;
      const [id, { due, callback }] = next;
      this.#timers.delete(id);
      this.#now = due;
      callback();
    }
    this.#now = until;
  }
}

/**
 * Gives the bundle feeds made in each test of the calling suite a fresh `ManualClock` (and the
 * system's clock back after each test); returns a function that gives the current test's.
 */
export function useManualClock(): () => ManualClock {
  let clock = new ManualClock();
  beforeEach(() => {
    clock = new ManualClock();
    setFeedClock(clock);
  });
  afterEach(() => setFeedClock());
  return () => clock;
}

/**
 * Moves the clock on to the next refresh, which must be the only timer and due in exactly
 * `dueInMs`, and checks that it starts a read: the read's time limit (`timeoutMs`) is then the
 * only timer. `refreshAfter` also waits for the read to end.
 */
export function startRefresh(clock: ManualClock, dueInMs: number, timeoutMs = DEFAULT_TIMEOUT_MS): void {
  expect(clock.pending(), 'the next refresh').to.deep.equal([dueInMs]);
  clock.advance(dueInMs);
  expect(clock.pending(), 'a read under way, within its time limit').to.deep.equal([timeoutMs]);
}

/** `startRefresh`, then waits until the feed's read has ended (and the next refresh is set). */
export async function refreshAfter(clock: ManualClock, feed: BundleFeed, dueInMs: number, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
  startRefresh(clock, dueInMs, timeoutMs);
  // The read the refresh started is under way: load() joins it rather than starting another.
  await feed.load();
}
