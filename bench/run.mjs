#!/usr/bin/env node
/**
 * `npm run bench`: builds, then measures news-widgets in headless Chromium against the way
 * newsrooms embed graphics today (one pym.js iframe per graphic), and writes
 * bench/results.json and bench/RESULTS.md.
 *
 * Every timing is the median of RUNS runs (default 5), unthrottled and with 4× CPU throttling.
 * The machine is noisy: the headline figures are ratios measured in the same run.
 *
 *   node bench/run.mjs [--runs 5] [--no-build] [--only sizes,pages,growth,update] [--report]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { launchChromium, measurePage, median, reserveHeights } from './lib/browser.mjs';
import { generatedBundle } from './lib/generated-bundle.mjs';
import { writeResultsMarkdown } from './lib/report.mjs';
import { startBenchServer } from './lib/server.mjs';
import { measureSizes } from './lib/sizes.mjs';

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
};
const RUNS = Number(argument('runs', 5));

// `--report` rewrites bench/RESULTS.md from bench/results.json without measuring again.
if (process.argv.includes('--report')) {
  const measured = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  writeFileSync('bench/RESULTS.md', writeResultsMarkdown(measured));
  console.log('[bench] rewrote bench/RESULTS.md from bench/results.json');
  process.exit(0);
}
const ONLY = argument('only', 'sizes,pages,growth,update').split(',');
const COUNTS = [4, 40, 400];
const THROTTLES = [1, 4];
const GROWTH_SIZES = [10, 100, 1000, 10000];
const log = (message) => console.log(`[bench] ${message}`);

if (!process.argv.includes('--no-build')) {
  log('npm run build');
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
mkdirSync('bench/tmp', { recursive: true });

// With --only, the parts not measured keep their last figures.
const previous = process.argv.includes('--only') && existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
const results = {
  ...previous,
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  runs: RUNS,
};

if (ONLY.includes('sizes')) {
  log('sizes');
  results.sizes = await measureSizes();
}

const server = await startBenchServer();
const browser = await launchChromium();
results.browser = browser.version();

/**
 * The median of each figure over `runs` runs. The figures named in `spread` also keep their
 * lowest and highest run (`<name>Range`), for the targets read close to their line.
 */
async function medianOf(runs, measure, spread = []) {
  const samples = [];
  for (let run = 0; run < runs; run++) samples.push(await measure(run));
  const figures = {};
  for (const key of Object.keys(samples[0])) {
    const values = samples.map((sample) => sample[key]).filter((value) => typeof value === 'number');
    if (values.length) figures[key] = median(values);
    if (values.length && spread.includes(key)) figures[`${key}Range`] = [Math.min(...values), Math.max(...values)];
  }
  return figures;
}

if (ONLY.includes('pages')) {
  log('reserving each widget\'s height as the embed builder would');
  await reserveHeights(browser, server);
  results.pages = [];
  for (const count of COUNTS) {
    for (const cpuThrottle of THROTTLES) {
      const row = { count, cpuThrottle };
      for (const mode of ['widgets', 'pym']) {
        log(`${count} ${mode}, CPU ×${cpuThrottle}`);
        const timing = await medianOf(
          RUNS,
          () => measurePage(browser, `${server.origin}/bench/page?n=${count}&mode=${mode}`, { cpuThrottle }),
          ['renderedMs'],
        );
        // Layout shift with the bundle held back 500 ms, so the loading state is on screen.
        const shift = await medianOf(RUNS, () =>
          measurePage(browser, `${server.origin}/bench/page?n=${count}&mode=${mode}&delay=500`, { cpuThrottle }),
        );
        // "After the bundle arrived" from these runs too: with the bundle held back, the page has
        // settled before it lands, so the figure is the work the bundle itself sets off.
        row[mode] = { ...timing, cls: shift.cls, frameCls: shift.frameCls, afterHeldBundleMs: shift.afterBundleMs };
      }
      row.ratio = Object.fromEntries(
        ['renderedMs', 'requests', 'bytes', 'longTasks', 'totalBlockingMs', 'jsHeapBytes'].map((key) => [
          key,
          row.widgets[key] ? row.pym[key] / row.widgets[key] : undefined,
        ]),
      );
      results.pages.push(row);
    }
  }
}

if (ONLY.includes('growth')) {
  log('growth: building the measured library');
  await build({
    entryPoints: { lib: 'bench/lib/growth-entry.mjs' },
    bundle: true,
    minify: true,
    format: 'esm',
    outdir: 'bench/tmp',
    logLevel: 'error',
  });
  writeFileSync(
    'bench/tmp/growth.html',
    '<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="lib.js"></script><body></body></html>',
  );
  results.growth = [];
  for (const actors of GROWTH_SIZES) {
    log(`growth: ${actors} actors`);
    const text = JSON.stringify(generatedBundle(actors));
    const figures = await medianOf(
      RUNS,
      async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.origin}/bench/tmp/growth.html`);
        await page.waitForFunction(() => typeof window.measureGrowth === 'function');
        const measured = await page.evaluate((bundleText) => window.measureGrowth(bundleText), text);
        await context.close();
        return measured;
      },
      ['validateMs'],
    );
    results.growth.push({ actors, bytes: text.length, ...figures });
  }
}

if (ONLY.includes('update')) {
  results.update = [];
  for (const count of COUNTS) {
    log(`update: ${count} widgets, refresh=1`);
    const figures = await medianOf(RUNS, async () => {
      await fetch(`${server.origin}/bench/switch?to=1`);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.origin}/bench/page?n=${count}&mode=widgets&refresh=1`);
      await page.waitForFunction(
        () => [...document.querySelectorAll('actor-card, control-bar, quote-block, border-crossing-status')].every((widget) =>
          widget.shadowRoot?.querySelector('[data-state="ready"]'),
        ),
        null,
        { timeout: 60_000 },
      );
      const measured = await page.evaluate(async () => {
        const widgets = [...document.querySelectorAll('actor-card, control-bar, quote-block, border-crossing-status')];
        await fetch('/bench/switch?to=2');
        const servedAt = performance.now();
        await new Promise((resolve) => {
          const check = () =>
            widgets.every((widget) => widget.shadowRoot.textContent.includes('Version 2.')) ? resolve() : requestAnimationFrame(check);
          check();
        });
        const shownAt = performance.now();
        const arrived = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('/bench/bundle') && entry.startTime >= servedAt)
          .map((entry) => entry.responseEnd);
        return { servedToShownMs: shownAt - servedAt, arrivedToShownMs: arrived.length ? shownAt - Math.min(...arrived) : undefined };
      });
      await context.close();
      return measured;
    });
    results.update.push({ count, refreshSeconds: 1, ...figures });
  }
  await fetch(`${server.origin}/bench/switch?to=1`);
}

await browser.close();
server.close();

writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench/RESULTS.md', writeResultsMarkdown(results));
log('wrote bench/results.json and bench/RESULTS.md');
