/**
 * Debian's Chromium driven by playwright-core (no browser download), with the flags this
 * machine needs, and the DevTools-protocol helpers the benchmark uses.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium, INSTALL_CHROMIUM } from '../../scripts/lib/chromium.mjs';

export function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`Chromium not found: ${INSTALL_CHROMIUM} (or set CHROME_PATH)`);
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}

/**
 * Runs in every page before its own scripts: records long tasks, layout shifts and the moment
 * every widget on the page (and in same-origin iframes) shows data.
 */
export const OBSERVERS = () => {
  const widgets = 'actor-card, control-bar, quote-block, border-crossing-status';
  window.__bench = { longTasks: [], cls: 0, readyAt: undefined };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  if (window.top !== window) return;
  const isReady = (widget) => widget.shadowRoot?.querySelector('[part~="base"][data-state="ready"]');
  const allWidgets = () => {
    const found = [...document.querySelectorAll(widgets)];
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        found.push(...(frame.contentDocument?.querySelectorAll(widgets) ?? []));
      } catch {
        // A cross-origin frame cannot be looked into; the benchmark uses none.
      }
    }
    return found;
  };
  const check = () => {
    const expected = Number(document.documentElement.dataset.expectedWidgets);
    const found = allWidgets();
    if (found.length === expected && found.every(isReady)) window.__bench.readyAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
export { median };

/**
 * Loads a page and waits until every widget shows data. Returns what the page cost: time to
 * rendered, requests, bytes, long tasks, total blocking time, layout shift and JS heap.
 */
export async function measurePage(browser, url, { cpuThrottle = 1, timeoutMs = 180_000, settleMs = 500 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // A new context starts with an empty HTTP cache: a reader's first visit. Within the page the
  // cache works as it would for them (400 iframes fetch their script once, then reuse it).
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  const requests = [];
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', (event) => requests.push(event.request.url));
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await page.addInitScript(OBSERVERS);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.readyAt !== undefined, null, { timeout: timeoutMs, polling: 50 });
  await page.waitForTimeout(settleMs);
  const measured = await page.evaluate(() => {
    const bundle = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/bench/bundle'))
      .map((entry) => entry.responseEnd);
    return { ...window.__bench, bundleArrivedAt: bundle.length ? Math.min(...bundle) : undefined };
  });
  const childShifts = await Promise.all(
    page.frames().slice(1).map((frame) => frame.evaluate(() => window.__bench?.cls ?? 0).catch(() => 0)),
  );
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  await context.close();
  if (errors.length) throw new Error(`${url}: page errors: ${errors.join('; ')}`);
  return {
    renderedMs: measured.readyAt,
    afterBundleMs: measured.bundleArrivedAt === undefined ? undefined : measured.readyAt - measured.bundleArrivedAt,
    requests: requests.length,
    bundleRequests: requests.filter((request) => request.includes('/bench/bundle')).length,
    scriptRequests: requests.filter((request) => request.endsWith('/dist/news-widgets.js')).length,
    bytes,
    longTasks: measured.longTasks.length,
    totalBlockingMs: measured.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
    cls: measured.cls,
    /** Shifts inside iframes, which the page's own CLS does not see: the worst frame's. */
    frameCls: Math.max(0, ...childShifts),
    jsHeapBytes: heap,
  };
}

/**
 * What the embed builder does for an editor, done once for every widget the pages use: render
 * it at the page's column width and note its height, which the pages then reserve on the tag.
 */
export async function reserveHeights(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/bench/page?n=120&mode=widgets&reserve=0`);
  const heights = await page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('actor-card, control-bar, quote-block, border-crossing-status')];
    await new Promise((resolve) => {
      const check = () => (widgets.every((widget) => widget.shadowRoot?.querySelector('[data-state="ready"]')) ? resolve() : requestAnimationFrame(check));
      check();
    });
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    return widgets.map((widget) => [widget.dataset.benchKey, Math.ceil((widget.getBoundingClientRect().height / rem) * 2) / 2]);
  });
  await context.close();
  for (const [key, height] of heights) server.reserves.set(key, height);
}
