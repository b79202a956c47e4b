/**
 * The package as a user gets it: `npm pack` (from the dist/ that `npm test` builds), installed
 * into a new project, then used the ways its users do — imported in Node, type-checked by
 * TypeScript (Node 16 and bundler resolution, React JSX), bundled by an app with esbuild and
 * run in Chromium. Also checks that the tarball holds nothing a user does not need.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, posix, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { init, parse } from 'es-module-lexer';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/lib/chromium.mjs';
import { CONTENT_TYPES } from '../../scripts/lib/content-types.mjs';

const REPO = resolve(import.meta.dirname, '../..');
const SEED_FILE = join(REPO, 'bundles/syria-iraq-border-2017.json');
const seed = JSON.parse(readFileSync(SEED_FILE, 'utf8'));
const repoPackage = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
/** Tag → class name of every element the manifest documents, so a new element is checked too. */
const ELEMENTS = Object.fromEntries(
  JSON.parse(readFileSync(join(REPO, 'dist/custom-elements.json'), 'utf8'))
    .modules.flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration.name]),
);
const REACT_VERSION = JSON.parse(readFileSync(join(REPO, 'node_modules/react/package.json'), 'utf8')).version;
/** Set by Lit on every page it runs in: its presence means Lit's code is in a file. */
const LIT_MARKER = 'litHtmlVersions';

let workDirectory;
let project;
/** Paths in the tarball, like `dist/index.js`. */
let tarballFiles;
/** The installed package's directory, to read files as the user's tools see them. */
let installed;

const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
const readInstalled = (path) => readFileSync(join(installed, path), 'utf8');

before(() => {
  workDirectory = mkdtempSync(join(tmpdir(), 'news-widgets-pack-'));
  const [packed] = JSON.parse(
    run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workDirectory], { cwd: REPO }),
  );
  tarballFiles = packed.files.map((file) => file.path).sort();
  project = join(workDirectory, 'app');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // What a React app would run. The npm cache holds these after `npm ci`; the registry otherwise.
  run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', join(workDirectory, packed.filename), `react@${REACT_VERSION}`, `react-dom@${REACT_VERSION}`],
    { cwd: project },
  );
  installed = join(project, 'node_modules/news-widgets');
});

after(() => {
  if (workDirectory) rmSync(workDirectory, { recursive: true, force: true });
});

/** Every file a user reaches from the package's entry points, its bin and its HTML pages. */
function reachableFiles() {
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  const manifest = JSON.parse(readInstalled('package.json'));
  collect(manifest.exports);
  collect(manifest.bin);
  for (const page of tarballFiles.filter((file) => /^dist\/[^/]+\.html$/.test(file))) {
    targets.push(page);
    for (const [, reference] of readInstalled(page).matchAll(/(?:src|href)="([^":#?]+)"/g)) {
      targets.push(posix.join(posix.dirname(page), reference));
    }
  }
  const reached = new Set();
  const queue = targets.map((target) => posix.normalize(target));
  while (queue.length > 0) {
    const file = queue.pop();
    if (reached.has(file) || !tarballFiles.includes(file)) continue;
    reached.add(file);
    const text = readInstalled(file);
    const relative = (specifier) => specifier.startsWith('.') && queue.push(posix.join(posix.dirname(file), specifier));
    if (file.endsWith('.d.ts')) {
      // TypeScript reads `./x.js` in a declaration file as `./x.d.ts` (and the module, if built).
      for (const [, specifier] of text.matchAll(/(?:from\s+|import\()\s*['"]([^'"]+)['"]/g)) {
        relative(specifier);
        relative(specifier.replace(/\.js$/, '.d.ts'));
      }
    } else if (file.endsWith('.js')) {
      for (const entry of parse(text)[0]) if (entry.n) relative(entry.n);
      const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text);
      if (map) relative(`./${map[1]}`);
      // A module's types sit beside it.
      relative(`./${posix.basename(file, '.js')}.d.ts`);
    }
  }
  return reached;
}

describe('the tarball', () => {
  it('holds the built files and the package documents, and no sources, tests or fixtures', () => {
    const documents = ['LICENSE', 'README.md', 'package.json'];
    const outside = tarballFiles.filter((file) => !file.startsWith('dist/') && !documents.includes(file));
    assert.deepEqual(outside, []);
    const unwanted = tarballFiles.filter(
      (file) => /(^|\/)(test|tests|fixtures|stories|node_modules)\//.test(file) || /\.test\.|\.tsbuildinfo$|(?<!\.d)\.ts$/.test(file),
    );
    assert.deepEqual(unwanted, []);
    for (const file of ['dist/index.js', 'dist/news-widgets.js', 'dist/cli.js', 'dist/vscode.html-custom-data.json', 'dist/jsx.d.ts']) {
      assert.ok(tarballFiles.includes(file), `${file} is in the tarball`);
    }
  });

  it('holds no file that no entry point, bin or page reaches', async () => {
    await init;
    const reached = reachableFiles();
    // The VS Code data is named in README; the seed bundle is the builder page's example.
    const dataFiles = new Set(['dist/vscode.html-custom-data.json', 'dist/bundles/syria-iraq-border-2017.json']);
    const unreached = tarballFiles.filter(
      (file) => file.startsWith('dist/') && !reached.has(file) && !dataFiles.has(file) && !file.endsWith('.css'),
    );
    assert.deepEqual(unreached, []);
  });

  it('carries source maps whose sources are inside them, one for each module that names one', () => {
    const mapped = [];
    for (const file of tarballFiles.filter((name) => name.endsWith('.js'))) {
      const named = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readInstalled(file));
      if (!named) continue;
      mapped.push(file);
      const mapFile = posix.join(posix.dirname(file), named[1]);
      assert.ok(tarballFiles.includes(mapFile), `${file} names ${mapFile}, which is in the tarball`);
      const map = JSON.parse(readInstalled(mapFile));
      const missing = map.sources.filter((source, index) => typeof map.sourcesContent?.[index] !== 'string');
      assert.deepEqual(missing, [], `${mapFile} carries the text of every source`);
    }
    // The CDN file and the npm modules name theirs; without them the loop above checks nothing.
    for (const file of ['dist/news-widgets.js', 'dist/index.js', 'dist/bundle/load.js']) assert.ok(mapped.includes(file), `${file} names its source map`);
  });

  it('leaves Lit and React to the app in the npm modules: every bare import is a declared dependency', async () => {
    await init;
    const declared = [...Object.keys(repoPackage.dependencies), ...Object.keys(repoPackage.peerDependencies)];
    const selfContained = /^dist\/(news-widgets\.js|cli\.js|cli\/|embed\/|builder\/)/;
    const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    const undeclared = new Set();
    for (const file of tarballFiles.filter((name) => name.endsWith('.js') && !selfContained.test(name))) {
      const code = readInstalled(file);
      assert.ok(!code.includes(LIT_MARKER), `${file} does not contain Lit`);
      for (const entry of parse(code)[0]) {
        if (entry.n && !entry.n.startsWith('.') && !declared.includes(packageOf(entry.n))) undeclared.add(`${file}: ${entry.n}`);
      }
    }
    assert.deepEqual([...undeclared], []);
    assert.ok(readInstalled('dist/news-widgets.js').includes(LIT_MARKER), 'the CDN file carries Lit (and so the marker is a real one)');
    assert.deepEqual(parse(readInstalled('dist/news-widgets.js'))[0], [], 'the CDN file imports nothing');
  });

  it('tells tools where the manifest is, and declares the defining modules as side effects', () => {
    const manifest = JSON.parse(readInstalled('package.json'));
    assert.ok(tarballFiles.includes(manifest.customElements), `"customElements": ${manifest.customElements}`);
    for (const tag of Object.keys(ELEMENTS)) assert.ok(manifest.sideEffects.includes(`./dist/${tag}.js`), tag);
    assert.ok(manifest.sideEffects.includes('./dist/all.js'));
    assert.ok(!manifest.sideEffects.includes('./dist/index.js'), 'the API module is free of side effects');
  });
});

describe('in Node', () => {
  let outcome;
  before(() => {
    // A fresh Node process in the project, so imports resolve as a user's do. Lit's Node build
    // brings a minimal custom element registry, so the element entries can run here too.
    const script = `
      import { readFileSync } from 'node:fs';
      const outcome = {};
      const api = await import('news-widgets');
      outcome.api = Object.keys(api).sort();
      outcome.definedByApi = ${JSON.stringify(Object.keys(ELEMENTS))}.filter((tag) => globalThis.customElements?.get(tag));
      outcome.seedValid = api.validateBundle(JSON.parse(readFileSync(${JSON.stringify(SEED_FILE)}, 'utf8'))).valid;
      outcome.entries = {};
      for (const [tag, name] of Object.entries(${JSON.stringify(ELEMENTS)})) {
        const entry = await import('news-widgets/' + tag + '.js');
        outcome.entries[tag] = { defined: customElements.get(tag) === entry[name], sameClassAsApi: entry[name] === api[name] };
      }
      outcome.all = Object.keys(await import('news-widgets/all.js')).sort();
      const { createElement } = await import('react');
      const { renderToString } = await import('react-dom/server');
      const react = await import('news-widgets/react');
      outcome.react = Object.keys(react).sort();
      outcome.reactHtml = renderToString(createElement(react.ActorCard, { actor: 'sdf', src: 'topic.json' }));
      const schema = await import('news-widgets/bundle.schema.json', { with: { type: 'json' } });
      outcome.schemaId = schema.default.$id;
      const manifest = await import('news-widgets/custom-elements.json', { with: { type: 'json' } });
      outcome.manifestTags = manifest.default.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean).sort();
      outcome.cdn = import.meta.resolve('news-widgets/dist/news-widgets.js');
      outcome.jsx = Object.keys(await import('news-widgets/jsx'));
      console.log(JSON.stringify(outcome));
    `;
    outcome = JSON.parse(run(process.execPath, ['--input-type=module', '--eval', script], { cwd: project }));
  });

  it('imports the API, which defines no element', () => {
    for (const name of ['validateBundle', 'loadBundle', 'bundleFeed', 'BundleIndex', 'BundleController', ...Object.values(ELEMENTS)]) {
      assert.ok(outcome.api.includes(name), `news-widgets exports ${name}`);
    }
    assert.deepEqual(outcome.definedByApi, []);
    assert.equal(outcome.seedValid, true);
  });

  it('defines each element from its own entry, with the same class the API exports', () => {
    assert.ok(Object.keys(ELEMENTS).length >= 4, 'the manifest documents the elements');
    for (const tag of Object.keys(ELEMENTS)) assert.deepEqual(outcome.entries[tag], { defined: true, sameClassAsApi: true }, tag);
    assert.deepEqual(outcome.all, Object.values(ELEMENTS).sort());
  });

  it('imports the React wrappers and renders them on the server', () => {
    assert.deepEqual(outcome.react, Object.values(ELEMENTS).sort());
    assert.match(outcome.reactHtml, /^<actor-card[\s>]/);
  });

  it('resolves the JSON files, the CDN file and the types-only JSX module', () => {
    assert.match(outcome.schemaId, /news-widgets@[\d.]+\/dist\/bundle\.schema\.json$/);
    assert.deepEqual(outcome.manifestTags, Object.keys(ELEMENTS).sort());
    assert.ok(outcome.cdn.endsWith('/node_modules/news-widgets/dist/news-widgets.js'), outcome.cdn);
    assert.deepEqual(outcome.jsx, []);
  });
});

describe('in TypeScript', () => {
  /** One attribute set per tag, from the manifest: a JSX type that lacks one fails to compile. */
  const manifestAttributeChecks = () => {
    const manifest = JSON.parse(readInstalled('dist/custom-elements.json'));
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    return elements
      .map((element) => {
        const names = element.attributes.map((attribute) => attribute.name).filter((name) => !['lang', 'dir'].includes(name));
        const properties = names.map((name) => `${JSON.stringify(name)}: undefined`).join(', ');
        return `export const ${element.name}Attributes: NewsWidgetsIntrinsicElements['${element.tagName}'] = { ${properties} };`;
      })
      .join('\n');
  };

  const usage = () => `
import { validateBundle, type Bundle, type WidgetReadyDetail, ActorCard as ActorCardElement } from 'news-widgets';
import 'news-widgets/actor-card.js';
import 'news-widgets/control-bar.js';
import 'news-widgets/quote-block.js';
import 'news-widgets/border-crossing-status.js';
import { ActorCard, ControlBar } from 'news-widgets/react';
import { QuoteBlock } from 'news-widgets/react/quote-block.js';
import type { NewsWidgetsIntrinsicElements } from 'news-widgets/jsx';

export const card: ActorCardElement = document.createElement('actor-card');

// The nw-* events are typed on any element and on document, with no cast.
card.addEventListener('nw-ready', (event) => {
  const bundle: string = event.detail.bundle;
  return bundle;
});
document.addEventListener('nw-error', (event) => event.detail.problems.join('\\n'));
document.querySelector('control-bar')?.addEventListener('nw-interact', (event) => event.detail.action.toUpperCase());
// @ts-expect-error nw-ready's detail has no "problems"
card.addEventListener('nw-ready', (event) => event.detail.problems);
export const checked: Bundle | undefined = validateBundle({}).bundle;

export const wrappers = (
  <>
    <ActorCard actor="sdf" theme="dark" headingLevel={2} onNwReady={(event) => { const detail: WidgetReadyDetail = event.detail; return detail.entity; }} />
    <ControlBar place="raqqa" onNwError={(event) => event.detail.code} />
    <QuoteBlock quote="velayati-raqqa" onNwInteract={(event) => event.detail.action} />
    {/* @ts-expect-error theme is auto, light or dark */}
    <ActorCard theme="blue" />
  </>
);

export const tags = (
  <>
    <actor-card actor="sdf" theme="light" heading-level={2} compact onnw-ready={(event) => event.detail.bundle}>fallback</actor-card>
    <control-bar place="deir-al-zour-province" date="2017-11-03" />
    <quote-block quote="velayati-raqqa" lang="ar" />
    <border-crossing-status crossing="qaim-bukamal" refresh={60} />
    {/* @ts-expect-error theme is auto, light or dark */}
    <actor-card theme="blue" />
    {/* @ts-expect-error actor-card has no "actr" attribute */}
    <actor-card actr="sdf" />
  </>
);

${manifestAttributeChecks()}
`;

  for (const resolution of ['node16', 'bundler']) {
    it(`type-checks a React app's use of every entry (${resolution} resolution, library types included)`, () => {
      const directory = join(project, `types-${resolution}`);
      mkdirSync(directory, { recursive: true });
      writeFileSync(join(directory, 'usage.tsx'), usage());
      writeFileSync(
        join(directory, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: resolution === 'node16' ? 'Node16' : 'ESNext',
            moduleResolution: resolution === 'node16' ? 'Node16' : 'Bundler',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            jsx: 'react-jsx',
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ['usage.tsx'],
        }),
      );
      try {
        run(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', directory], { cwd: project });
      } catch (error) {
        assert.fail(`tsc reported:\n${error.stdout}${error.stderr}`);
      }
    });
  }
});

describe('bundled by an app (esbuild)', () => {
  const bundle = async (source) => {
    writeFileSync(join(project, 'entry.js'), source);
    const result = await build({
      entryPoints: [join(project, 'entry.js')],
      absWorkingDir: project,
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  };
  /** The installed files esbuild put in a bundle: it names each in a comment when not minifying. */
  const modulesIn = (code) => [...code.matchAll(/^\/\/ node_modules\/(\S+)$/gm)].map((match) => match[1]);
  const elementModules = (modules, tag) => modules.filter((module) => module.startsWith(`news-widgets/dist/elements/${tag}/`));

  it('keeps only the validator from the API: no Lit, no element', async () => {
    const modules = modulesIn(await bundle(`import { validateBundle } from 'news-widgets';\nconsole.log(validateBundle({}));\n`));
    assert.ok(modules.includes('news-widgets/dist/bundle/validate.js'), modules.join('\n'));
    assert.deepEqual(modules.filter((module) => /^(lit|lit-html|lit-element|@lit)\//.test(module)), []);
    assert.deepEqual(modules.filter((module) => module.startsWith('news-widgets/dist/elements/')), []);
    assert.ok(!modules.includes('news-widgets/dist/internal/define-element.js'));
  });

  it("keeps one element's code for its entry, and none of the other three", async () => {
    const code = await bundle(`import 'news-widgets/quote-block.js';\n`);
    const modules = modulesIn(code);
    assert.ok(elementModules(modules, 'quote-block').includes('news-widgets/dist/elements/quote-block/quote-block.js'), modules.join('\n'));
    assert.ok(code.includes(LIT_MARKER), 'Lit is bundled, once, from the dependency');
    for (const tag of ['actor-card', 'control-bar', 'border-crossing-status']) assert.deepEqual(elementModules(modules, tag), [], tag);
  });
});

/** Serves the project directory (pages, bundles, node_modules) on a free port of 127.0.0.1. */
async function serveProject() {
  const server = createServer((request, response) => {
    const path = normalize(join(project, decodeURIComponent(new URL(request.url, 'http://localhost').pathname)));
    try {
      if (!path.startsWith(project)) throw new Error('outside');
      const body = readFileSync(path);
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

const CHROMIUM = findChromium();
const noChromium =
  !CHROMIUM && process.env.NW_REQUIRE_ALL_ENGINES !== '1'
    ? 'Chromium not found; install it with: apt-get install -y chromium'
    : false;

describe('in a page an app built (Chromium)', { skip: noChromium }, () => {
  let browser;
  let served;
  const sdfName = seed.actors.find((actor) => actor.id === 'sdf').name.en;
  const crossingName = seed.crossings.find((crossing) => crossing.id === 'qaim-bukamal').name.en;

  /** Writes a page (and the app module it loads, bundled by esbuild), opens it, and returns it. */
  const openPage = async (name, body, app) => {
    if (app) {
      await build({
        stdin: { contents: app, resolveDir: project, sourcefile: `${name}-app.js` },
        outfile: join(project, `${name}.js`),
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      });
    }
    writeFileSync(
      join(project, `${name}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">` +
        `<script>window.readyEvents = []; addEventListener('nw-ready', (event) => readyEvents.push(event.detail));</script>` +
        `${app ? `<script type="module" src="./${name}.js"></script>` : ''}</head><body>${body}</body></html>`,
    );
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${served.origin}/${name}.html`);
    return { page, errors };
  };

  before(async () => {
    copyFileSync(SEED_FILE, join(project, 'topic.json'));
    served = await serveProject();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
    });
  });

  after(async () => {
    await browser?.close();
    served?.server.close();
  });

  it("renders <actor-card> from `import 'news-widgets/actor-card.js'`", async () => {
    const { page, errors } = await openPage(
      'elements',
      '<actor-card src="./topic.json" actor="sdf"></actor-card>',
      `import 'news-widgets/actor-card.js';\n`,
    );
    await page.waitForFunction('window.readyEvents.length === 1');
    assert.equal(await page.locator('actor-card [part~="name"]').first().textContent(), sdfName);
    assert.deepEqual(await page.evaluate('window.readyEvents.map((detail) => [detail.bundle, detail.entity])'), [[seed.meta.id, 'sdf']]);
    assert.deepEqual(errors, []);
  });

  it('renders the React wrappers: props set as properties, a bundle object, typed event callbacks', async () => {
    const { page, errors } = await openPage(
      'react',
      '<div id="root"></div>',
      `
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { ActorCard, ControlBar } from 'news-widgets/react';

const topic = await (await fetch('./topic.json')).json();
window.reactReady = [];
const onNwReady = (event) => window.reactReady.push(event.detail.entity);
createRoot(document.getElementById('root')).render(
  h('div', null,
    h(ActorCard, { src: './topic.json', actor: 'sdf', theme: 'dark', onNwReady }),
    h(ControlBar, { bundle: topic, place: 'deir-al-zour-province', onNwReady }),
  ),
);
`,
    );
    await page.waitForFunction('window.reactReady?.length === 2');
    assert.deepEqual((await page.evaluate('window.reactReady')).sort(), ['deir-al-zour-province', 'sdf']);
    assert.equal(await page.locator('actor-card [part~="name"]').first().textContent(), sdfName);
    assert.equal(await page.locator('actor-card [part~="base"]').getAttribute('data-theme'), 'dark');
    assert.equal(await page.locator('control-bar').getAttribute('src'), null, 'the bundle came as an object, not a URL');
    assert.deepEqual(errors, []);
  });

  it('renders from the CDN file alone, as unpkg serves it', async () => {
    const { page, errors } = await openPage(
      'cdn',
      '<script type="module" src="./node_modules/news-widgets/dist/news-widgets.js"></script>' +
        '<border-crossing-status src="./topic.json" crossing="qaim-bukamal"></border-crossing-status>',
    );
    await page.waitForFunction('window.readyEvents.length === 1');
    assert.equal(await page.locator('border-crossing-status [part~="name"]').first().textContent(), crossingName);
    assert.deepEqual(errors, []);
  });
});
