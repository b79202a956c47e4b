import { execFileSync } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { reliabilityFigures, reliabilityMiddleware } from './test/reliability/reliability-server.mjs';
import { reactBundleMiddleware } from './test/react/react-bundle-server.mjs';
import { testServer } from './test/server/test-server.mjs';
import { CHROMIUM_FLAGS, findChromium } from './scripts/lib/chromium.mjs';

/**
 * Browsers come from Debian packages; `scripts/test.mjs` finds them, starts what WebKit needs
 * (Xvfb and WebKitWebDriver) and passes their locations in the environment.
 */
const engines = (process.env.NW_ENGINES ?? 'chromium').split(',').filter(Boolean);

/** The full path of a command on PATH (puppeteer needs a path, not a name). */
const onPath = (command) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
  } catch {
    return command;
  }
};

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: findChromium() ?? 'chromium', headless: true, args: CHROMIUM_FLAGS },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? onPath('firefox-esr'), headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      path: '/',
      capabilities: {
        'webkitgtk:browserOptions': { binary: process.env.MINIBROWSER_PATH, args: ['--automation'] },
      },
    }),
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [testServer, reliabilityMiddleware, reactBundleMiddleware],
  reporters: [defaultReporter(), reliabilityFigures()],
  browsers: engines.map((engine) => launchers[engine]()),
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 15_000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
