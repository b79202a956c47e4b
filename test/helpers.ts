/**
 * Shared test helpers: the seed bundle, the programmable test server, waiting for a widget's
 * state, what a reader sees, and the console.
 */
import { waitUntil } from '@open-wc/testing';

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

/** The widget's `part="base"` wrapper, which carries `data-state`. */
export function baseOf(element: HTMLElement): HTMLElement {
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
 * pasted counts), skipping what is not displayed and the body of closed `<details>`.
 */
function renderedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  const style = getComputedStyle(node);
  if (style.display === 'none' || style.visibility === 'hidden') return '';
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(renderedText).join(' ');
  if (node instanceof HTMLDetailsElement && !node.open) {
    return [...node.children].filter((child) => child.localName === 'summary').map(renderedText).join(' ');
  }
  const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return [...children].map(renderedText).join(style.display === 'inline' ? '' : ' ');
}

/** The text a reader sees in the widget (fallback content included), white space collapsed. */
export function visibleText(element: HTMLElement): string {
  return renderedText(baseOf(element)).replace(/\s+/g, ' ').trim();
}

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
