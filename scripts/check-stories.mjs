#!/usr/bin/env node
/**
 * `npm run test:stories` (after `npm run build-storybook`): renders every story of the static
 * Storybook in Chromium, once on a light left-to-right page and once on a dark right-to-left
 * Arabic one, and fails on
 *   - a render error or an exception thrown by the story,
 *   - a failing play function (the interaction tests),
 *   - an uncaught error or unhandled rejection in the page,
 *   - a console error the story does not declare (a story that shows a bad bundle declares
 *     the message it causes in `parameters.consoleErrors`; a declared one that never comes
 *     fails too),
 *   - an axe-core violation in the story, shadow DOM included, with the story's `a11y`
 *     parameters (the same rules as the Accessibility panel).
 * Every docs page (the MDX guides and each element's page) is opened too, and fails on a
 * render error, an uncaught error, or a console error other than the widgets' own messages
 * and failed requests, which the error stories shown on those pages cause by design.
 * Prints each failure and a summary; exits 1 if anything failed.
 *
 *   node scripts/check-stories.mjs [--dir storybook-static] [--only <text in a story id>] [--pass light-en|dark-ar]
 *
 * Chromium comes from CHROME_PATH or `chromium` on PATH (Debian's package); nothing is downloaded.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium, INSTALL_CHROMIUM } from './lib/chromium.mjs';
import { CONTENT_TYPES } from './lib/content-types.mjs';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    only: { type: 'string' },
    pass: { type: 'string' },
  },
});

/** Each story is checked on both pages: the toolbar's globals, given in the URL. */
const PASSES = [
  { name: 'light-en', globals: 'theme:light;locale:en' },
  { name: 'dark-ar', globals: 'theme:dark;locale:ar' },
];
/** Rendering, loading and play of one story; far more than any story needs, so only a hang trips it. */
const STORY_TIMEOUT_MS = 20_000;

const root = resolve(options.dir);
if (!existsSync(join(root, 'index.json'))) {
  console.error(`${options.dir}/index.json not found: run \`npm run build-storybook\` first.`);
  process.exit(2);
}
const passes = PASSES.filter((pass) => !options.pass || pass.name === options.pass);
if (passes.length === 0) {
  console.error(`--pass must be one of ${PASSES.map((pass) => pass.name).join(', ')}.`);
  process.exit(2);
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The static Storybook on 127.0.0.1, answering 404 for what is not there (the 404 stories need it). */
function serve(directory) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = normalize(join(directory, decodeURIComponent(pathname)));
    if (!path.startsWith(directory) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      // Built assets have hashed names; bundles must be re-read as a page would.
      'Cache-Control': pathname.startsWith('/assets/') ? 'max-age=3600' : 'no-cache',
    });
    createReadStream(path).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * Runs in the story's page before Storybook: listens on Storybook's channel for the signals of
 * a failed render or play function, and for the end of the story.
 */
function listenToStorybook() {
  const record = { finished: undefined, docsRendered: false, failures: [] };
  globalThis.__storyCheck = record;
  const hooked = new WeakSet();
  let current;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set: (channel) => {
      current = channel;
      if (!channel || hooked.has(channel)) return;
      hooked.add(channel);
      const text = (error) => (error && typeof error === 'object' ? `${error.message ?? ''}${error.stack ? `\n${error.stack}` : ''}` : String(error));
      channel.on('storyErrored', ({ title, description }) => record.failures.push(`render error: ${title}\n${description}`));
      channel.on('storyThrewException', (error) => record.failures.push(`the story threw: ${text(error)}`));
      channel.on('playFunctionThrewException', (error) => record.failures.push(`play function failed: ${text(error)}`));
      channel.on('unhandledErrorsWhilePlaying', (errors) =>
        errors.forEach((error) => record.failures.push(`uncaught error while playing: ${text(error)}`)),
      );
      channel.on('storyMissing', (id) => record.failures.push(`story missing: ${id}`));
      channel.on('storyFinished', ({ status }) => (record.finished = status));
      channel.on('docsRendered', () => (record.docsRendered = true));
    },
  });
}

/** Runs in the page after the story finished: axe over the story root, with the story's a11y parameters. */
async function checkInPage() {
  const parameters = globalThis.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters ?? {};
  const a11y = parameters.a11y ?? {};
  const expectedConsoleErrors = parameters.consoleErrors ?? [];
  if (a11y.disable === true || a11y.test === 'off') return { expectedConsoleErrors, violations: [], a11yMode: 'off' };
  globalThis.axe.reset();
  globalThis.axe.configure(a11y.config ?? {});
  const result = await globalThis.axe.run(a11y.context ?? '#storybook-root', a11y.options ?? {});
  return {
    expectedConsoleErrors,
    a11yMode: a11y.test === 'todo' ? 'todo' : 'error',
    violations: result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 3).map((node) => `${node.target.flat().join(' » ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    })),
  };
}

/**
 * Leaves the previous entry's page first: its last console messages arrive before this
 * navigation ends, so none of them is counted against the next entry.
 */
const leavePreviousPage = (page) => page.goto('about:blank');

async function checkStory(page, url) {
  await leavePreviousPage(page);
  const failures = [];
  const consoleErrors = [];
  const onConsole = (message) => {
    if (message.type() !== 'error') return;
    // A failed request is logged without its address; the location names it.
    const { url } = message.location();
    const text = message.text();
    consoleErrors.push(text.startsWith('Failed to load resource') && url ? `${text} ${url}` : text);
  };
  const onPageError = (error) => failures.push(`uncaught error: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    try {
      await page.waitForFunction(() => globalThis.__storyCheck?.finished !== undefined, undefined, { timeout: STORY_TIMEOUT_MS });
    } catch {
      failures.push(`the story did not finish within ${STORY_TIMEOUT_MS / 1000} s`);
    }
    const record = await page.evaluate(() => globalThis.__storyCheck);
    failures.push(...record.failures);
    if (record.finished === 'error' && record.failures.length === 0) failures.push('Storybook reported the story as failed');
    await page.addScriptTag({ path: axePath });
    const { expectedConsoleErrors, violations, a11yMode } = await page.evaluate(checkInPage);
    for (const violation of violations) {
      const line = `axe ${violation.id} (${violation.impact}): ${violation.help}\n      ${violation.nodes.join('\n      ')}`;
      if (a11yMode === 'error') failures.push(line);
      else console.warn(`  (a11y todo) ${line}`);
    }
    for (const message of consoleErrors) {
      if (!expectedConsoleErrors.some((fragment) => message.includes(fragment))) failures.push(`console error: ${message}`);
    }
    for (const fragment of expectedConsoleErrors) {
      if (!consoleErrors.some((message) => message.includes(fragment))) {
        failures.push(`expected a console error containing "${fragment}", but none came`);
      }
    }
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return failures;
}

/** A failure in at most a dozen lines: stack traces and DOM dumps say little more. */
const brief = (text) => {
  const lines = text.split('\n');
  return lines.length > 12 ? [...lines.slice(0, 12), `… (${lines.length - 12} more lines)`].join('\n') : text;
};

/** What the error stories on a docs page log by design: the widgets' messages and failed requests. */
const EXPECTED_ON_DOCS_PAGES = /^(news-widgets: |Failed to load resource: )/;

async function checkDocs(page, url) {
  await leavePreviousPage(page);
  const failures = [];
  const onConsole = (message) => {
    if (message.type() === 'error' && !EXPECTED_ON_DOCS_PAGES.test(message.text())) failures.push(`console error: ${message.text()}`);
  };
  const onPageError = (error) => failures.push(`uncaught error: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    try {
      await page.waitForFunction(() => globalThis.__storyCheck?.docsRendered || globalThis.__storyCheck?.failures.length, undefined, {
        timeout: STORY_TIMEOUT_MS,
      });
    } catch {
      failures.push(`the docs page did not render within ${STORY_TIMEOUT_MS / 1000} s`);
    }
    failures.push(...(await page.evaluate(() => globalThis.__storyCheck.failures)));
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return failures;
}

const started = Date.now();
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => !options.only || entry.id.includes(options.only));
const stories = entries.filter((entry) => entry.type === 'story');
const docsPages = entries.filter((entry) => entry.type === 'docs');
if (stories.length === 0 && docsPages.length === 0) {
  console.error(`No stories${options.only ? ` matching "${options.only}"` : ''} in ${options.dir}/index.json.`);
  process.exit(1);
}

const server = await serve(root);
const origin = `http://127.0.0.1:${server.address().port}`;
const executablePath = findChromium();
if (!executablePath) {
  console.error(`Chromium not found: ${INSTALL_CHROMIUM} (or set CHROME_PATH).`);
  process.exit(2);
}
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
let passed = 0;
let failed = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await context.addInitScript(listenToStorybook);
  // Play functions press keys through this: the browser's own keyboard, not synthetic events.
  let page;
  const openPage = async () => {
    page = await context.newPage();
    await page.exposeFunction('__storyCheckPressKey', (key) => page.keyboard.press(key));
  };
  await openPage();
  for (const pass of passes) {
    console.log(`\n${pass.name}: ${stories.length} stories, ${docsPages.length} docs pages`);
    for (const entry of [...stories, ...docsPages]) {
      const isDocs = entry.type === 'docs';
      // a11y.manual leaves axe to this script, instead of running it twice.
      const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type}&globals=${pass.globals};a11y.manual:!true`;
      let failures;
      try {
        failures = await (isDocs ? checkDocs : checkStory)(page, url);
      } catch (error) {
        failures = [`the check itself failed: ${error.message}`];
        await page.close().catch(() => undefined);
        await openPage();
      }
      if (failures.length === 0) {
        passed += 1;
        console.log(`  ✓ ${entry.title} › ${entry.name}`);
      } else {
        failed += 1;
        console.log(`  ✗ ${entry.title} › ${entry.name}  (${url})`);
        for (const failure of failures) console.log(`    - ${brief(failure).replaceAll('\n', '\n      ')}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

console.log(
  `\nChecked ${stories.length} stories and ${docsPages.length} docs pages, each on ${passes.length} pages (${passes.map((pass) => pass.name).join(', ')}), in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
