/**
 * What every reliability test file shares: the figures it counts and reports for
 * test/RELIABILITY.md, uncaught errors, a widget's settled state and the text a reader sees
 * (also for widgets inside an iframe, whose nodes belong to another realm).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { readerText } from '../helpers.js';

export interface Figures {
  hostileBundles: number;
  networkFaults: number;
  hostPages: number;
  widgetsChecked: number;
  uncaughtExceptions: number;
  blankWidgets: number;
  injectedScriptsRun: number;
  cspViolations: number;
  unsafeHrefs: number;
  prototypePollutions: number;
}

/** This test file's figures; tests add to them, and `reportFigures` sends them at the end. */
export const figures: Figures = {
  hostileBundles: 0,
  networkFaults: 0,
  hostPages: 0,
  widgetsChecked: 0,
  uncaughtExceptions: 0,
  blankWidgets: 0,
  injectedScriptsRun: 0,
  cspViolations: 0,
  unsafeHrefs: 0,
  prototypePollutions: 0,
};

/** Timings worth printing at the end of a run (not recorded: they vary by machine). */
export const measurements: Record<string, number | string> = {};

const uncaught: string[] = [];
window.addEventListener('error', (event) => {
  figures.uncaughtExceptions += 1;
  uncaught.push(String(event.error ?? event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  figures.uncaughtExceptions += 1;
  uncaught.push(String(event.reason));
});

/** Fails if anything was thrown and not caught on this page since the last check. */
export function expectNoUncaughtErrors(): void {
  expect(uncaught.splice(0), 'uncaught errors on the test page').to.deep.equal([]);
}

/** Which of the three engines this is. */
export function engine(): 'chromium' | 'firefox' | 'webkit' {
  const agent = navigator.userAgent;
  if (agent.includes('Firefox/')) return 'firefox';
  if (agent.includes('Safari/605') && !agent.includes('Chrome/')) return 'webkit';
  return 'chromium';
}

/** Registers the hook that sends this file's figures to the test server after its last test. */
export function reportFigures(file: string): void {
  after(async () => {
    await fetch('/test-api/reliability/figures', {
      method: 'POST',
      body: JSON.stringify({ engine: engine(), file, figures, measurements }),
    });
  });
}

/** Two animation frames: what was rendered has been laid out and painted. */
export const painted = (win: Window = window): Promise<void> =>
  new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));

export type SettledState = 'ready' | 'not-found' | 'error';

/** The widget's `part="base"` wrapper (which carries `data-state`), if it has rendered. */
export const baseIn = (widget: Element): HTMLElement | null =>
  widget.shadowRoot?.querySelector<HTMLElement>('[part~="base"]') ?? null;

/** Notices for a bundle that loaded but has nothing for the widget's attributes. */
const NOT_FOUND_CODES = ['entity-missing', 'entity-not-found', 'attribute-invalid'];

/**
 * Waits until the widget has settled: `ready` with its content, `not-found` (a notice: the
 * bundle loaded, but the entity is not in it or an attribute is wrong), or `error` (a notice:
 * the bundle could not be shown).
 */
export async function settledState(widget: Element, timeout = 8000): Promise<SettledState> {
  // First let a pending update show the current attributes, or an old state would count.
  await (widget as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await waitUntil(
    () => ['ready', 'error'].includes(baseIn(widget)?.dataset.state ?? ''),
    `<${widget.localName}> never left the loading state`,
    { timeout },
  );
  await (widget as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  const base = baseIn(widget)!;
  if (base.dataset.state === 'ready') return 'ready';
  const code = base.querySelector<HTMLElement>('[part~="notice"]')?.dataset.code ?? '';
  return NOT_FOUND_CODES.includes(code) ? 'not-found' : 'error';
}

/** Counts the widget as checked, and as blank if a reader would see no text in it; fails if blank. */
export function expectNotBlank(widget: Element, context = ''): string {
  figures.widgetsChecked += 1;
  const text = readerText(widget);
  if (text === '') figures.blankWidgets += 1;
  expect(text, `<${widget.localName}> shows no text ${context}`).not.to.equal('');
  return text;
}

/** Every element in a widget's shadow tree, nested shadow roots included, in document order. */
export function shadowElements(widget: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  if (widget.shadowRoot) walk(widget.shadowRoot);
  return found;
}

let linksChecked = 0;

/**
 * Counts the widget's links (printed: how many depends on what fast-check generated), and those
 * that do not lead to an http(s) address; fails on one.
 */
export function expectOnlyWebLinks(widget: Element): void {
  for (const link of shadowElements(widget).filter((element) => element.hasAttribute('href'))) {
    linksChecked += 1;
    measurements['links checked'] = linksChecked;
    const protocol = new URL(link.getAttribute('href')!, widget.ownerDocument.baseURI).protocol;
    if (protocol !== 'http:' && protocol !== 'https:') figures.unsafeHrefs += 1;
    expect(protocol, `href="${link.getAttribute('href')}" in <${widget.localName}>`).to.be.oneOf(['http:', 'https:']);
  }
}

/** The keys `Object.prototype` and `Array.prototype` have before any test runs. */
const PROTOTYPE_KEYS = [Object.prototype, Array.prototype].map((prototype) => Object.getOwnPropertyNames(prototype).sort().join());

/** Fails, and counts a pollution, if a test added anything to `Object.prototype` or `Array.prototype`. */
export function expectNoPrototypePollution(): void {
  const now = [Object.prototype, Array.prototype].map((prototype) => Object.getOwnPropertyNames(prototype).sort().join());
  const polluted = now.some((keys, i) => keys !== PROTOTYPE_KEYS[i]) || ({} as Record<string, unknown>).polluted !== undefined;
  if (polluted) figures.prototypePollutions += 1;
  expect(polluted, 'Object.prototype or Array.prototype gained a property').to.be.false;
}

/** The test server's programmable endpoint (test/helpers.ts), faults included. */
export { serveBundle as serve, type ServedBundle as ServedResponse } from '../helpers.js';
