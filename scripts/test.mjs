#!/usr/bin/env node
/**
 * `npm test`: the Node tests (CLI, build output), then the browser tests in every engine found
 * on this machine: Chromium, Firefox ESR and WebKitGTK, all from Debian packages.
 *
 * An engine that is missing is named with the command that installs it, and skipped; with
 * NW_REQUIRE_ALL_ENGINES=1 (as in CI) a missing engine fails the run instead.
 * NW_ENGINES=chromium,firefox limits the run to those engines; `-- --files <glob>` to those files.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium } from './lib/chromium.mjs';

const INSTALL = 'apt-get update && apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb';

const which = (command) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
};

function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH && existsSync(process.env.MINIBROWSER_PATH)) return process.env.MINIBROWSER_PATH;
  for (const pkg of ['libwebkit2gtk-4.1-0', 'libwebkit2gtk-4.0-37', 'libwebkitgtk-6.0-4']) {
    try {
      const files = execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const found = files.split('\n').find((file) => file.endsWith('/MiniBrowser'));
      if (found && existsSync(found)) return found;
    } catch {
      // Package not installed; try the next.
    }
  }
  return undefined;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const run = (command, args, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return true;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

const wanted = (process.env.NW_ENGINES ?? 'chromium,firefox,webkit').split(',').filter(Boolean);
const requireAll = process.env.NW_REQUIRE_ALL_ENGINES === '1';
const env = {};
const engines = [];
const skipped = [];
const background = [];

if (wanted.includes('chromium')) {
  const chromium = findChromium();
  if (chromium) {
    env.CHROME_PATH = chromium;
    engines.push('chromium');
  } else skipped.push(['Chromium', 'chromium']);
}
if (wanted.includes('firefox')) {
  const firefox = process.env.FIREFOX_PATH || which('firefox-esr') || which('firefox');
  if (firefox) {
    env.FIREFOX_PATH = firefox;
    engines.push('firefox');
  } else skipped.push(['Firefox', 'firefox-esr']);
}
if (wanted.includes('webkit')) {
  const driver = which('WebKitWebDriver');
  const miniBrowser = findMiniBrowser();
  const xvfb = which('Xvfb');
  if (driver && miniBrowser && (xvfb || process.env.DISPLAY)) {
    let display = process.env.DISPLAY;
    if (!display) {
      display = `:${90 + Math.floor(Math.random() * 9)}`;
      const xvfbProcess = spawn(xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
      background.push(xvfbProcess);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const port = await freePort();
    const driverProcess = spawn(driver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
    background.push(driverProcess);
    if (await waitForPort(port, 15_000)) {
      Object.assign(env, { DISPLAY: display, WEBKIT_DRIVER_PORT: String(port), MINIBROWSER_PATH: miniBrowser });
      engines.push('webkit');
    } else skipped.push(['WebKit (WebKitWebDriver did not start)', 'webkit2gtk-driver xvfb']);
  } else skipped.push(['WebKit', 'webkit2gtk-driver xvfb']);
}

const stopBackground = () => background.forEach((child) => child.kill());
process.on('exit', stopBackground);
process.on('SIGINT', () => process.exit(130));

for (const [name, pkg] of skipped) {
  console.warn(`\n⚠ ${name} not found: its browser tests are skipped. Install it with: apt-get install -y ${pkg}`);
}
if (requireAll && skipped.length > 0) {
  console.error(`\nNW_REQUIRE_ALL_ENGINES=1: every engine is required. Install them with: ${INSTALL}`);
  process.exit(1);
}
if (engines.length === 0) {
  console.error(`\nNo browser found, so no browser test can run. Install them with: ${INSTALL}`);
  process.exit(1);
}

// `npm test -- --files test/x.test.ts` runs just those browser tests.
const onlySomeFiles = process.argv.includes('--files');
let status = onlySomeFiles ? 0 : await run(process.execPath, ['--test', 'test/node/']);
if (status === 0) {
  console.log(`\nBrowser tests in: ${engines.join(', ')}`);
  status = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
    ...env,
    NW_ENGINES: engines.join(','),
  });
}
if (skipped.length > 0) console.warn(`\nSkipped engines: ${skipped.map(([name]) => name).join(', ')}.`);
stopBackground();
process.exit(status);
