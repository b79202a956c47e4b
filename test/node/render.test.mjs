/**
 * `news-widgets render`, run as users run it (a child process; needs `npm run build` first, which
 * npm test does). Its output is opened in Chromium (playwright-core, the Debian browser) beside
 * the live element from dist/news-widgets.js: the server rendering must read the same, and the
 * plain version must hold the same facts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/lib/chromium.mjs';
import { CONTENT_TYPES } from '../../scripts/lib/content-types.mjs';
import { runCli } from './lib/cli.mjs';

const SEED = 'bundles/syria-iraq-border-2017.json';
const TESTLAND = 'stories/bundles/testland.json';
const ELEMENTS = ['actor-card', 'control-bar', 'quote-block', 'border-crossing-status'];

const cli = (args, input) => runCli(['render', ...args], input);

/** Renders and insists that it worked: the HTML. */
async function rendered(args) {
  const { status, stdout, stderr } = await cli(args);
  assert.equal(stderr, '', `render ${args.join(' ')}`);
  assert.equal(status, 0);
  return stdout;
}

/** The opening tag of the rendered element, attributes only (white space collapsed). */
const openingTag = (html, tag) => new RegExp(`<${tag}\\b[^>]*>`).exec(html)?.[0].replace(/\s+/g, ' ');

/** A server over the repository (dist/, bundles/) and pages the tests write: /page/<name>. */
function startServer(pages) {
  const root = resolve('.');
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path.startsWith('/page/') && pages.has(path.slice(6))) {
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'] }).end(pages.get(path.slice(6)));
      return;
    }
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * The text a reader sees in an element, through shadow roots (declarative or not), skipping
 * what is not displayed and the body of closed <details>. With `assistiveOnly`, also skipping
 * what is hidden from assistive technology, except punctuation (quotation marks): what the
 * plain version promises to keep. Runs in the page.
 */
function textInPage({ selector, assistiveOnly, withoutFootnotes }) {
  /* global document, Node, Element, HTMLSlotElement, HTMLDetailsElement, getComputedStyle -- these run in the page */
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (!(node instanceof Element)) return '';
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || node.localName === 'style') return '';
    // The plain version's "What the source says" footnotes (refs and list) stand for panels the live element keeps closed.
    if (withoutFootnotes && (node.matches('sup:has(> a[href^="#nw-fn-"])') || /^nw-fn-.*-label$/.test(node.id) || /^nw-fn-/.test(node.getAttribute('aria-labelledby') ?? ''))) return '';
    if (assistiveOnly && node.getAttribute('aria-hidden') === 'true' && !/^[\p{P}\s]+$/u.test(node.textContent)) return '';
    if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(walk).join(' ');
    if (node instanceof HTMLDetailsElement && !node.open) {
      return [...node.children].filter((child) => child.localName === 'summary').map(walk).join(' ');
    }
    const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    return [...children].map(walk).join(style.display === 'inline' ? '' : ' ');
  };
  return walk(document.querySelector(selector)).replace(/\s+/g, ' ').trim();
}

const page = (lang, body, head = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>render test</title>${head}</head><body>${body}</body></html>`;

/** What each widget shows in the comparisons: a command line, and the same element live. */
const SAMPLES = [
  { name: 'actor-card-sdf', args: ['--widget', 'actor-card', '--actor', 'sdf'], live: '<actor-card actor="sdf" theme="light"></actor-card>' },
  {
    name: 'control-bar-two-places',
    args: ['--widget', 'control-bar', '--place', 'deir-al-zour-province qaim', '--date', '2017-11-03'],
    live: '<control-bar place="deir-al-zour-province qaim" date="2017-11-03" theme="light"></control-bar>',
  },
  { name: 'quote-block-alia', args: ['--widget', 'quote-block', '--quote', 'alia-mohamed'], live: '<quote-block quote="alia-mohamed" theme="light"></quote-block>' },
  { name: 'quote-block-velayati', args: ['--widget', 'quote-block', '--quote', 'velayati-raqqa'], live: '<quote-block quote="velayati-raqqa" theme="light"></quote-block>' },
  {
    name: 'crossing',
    args: ['--widget', 'border-crossing-status', '--crossing', 'qaim-bukamal', '--heading-level', '2'],
    live: '<border-crossing-status crossing="qaim-bukamal" heading-level="2" theme="light"></border-crossing-status>',
  },
  {
    name: 'actor-card-arabic-dark',
    args: ['--widget', 'actor-card', '--actor', 'islamic-state', '--lang', 'ar', '--theme', 'dark'],
    live: '<actor-card actor="islamic-state" lang="ar" theme="dark"></actor-card>',
  },
  // Who says so, from the fictional bundle with every construct: claims, bounds, words,
  // counts, dates at their precision, statements with their as-of, translations, events.
  ...[
    ['actor-card', 'actor', 'north-front', 'en'],
    ['control-bar', 'place', 'testland-province', 'en'],
    ['control-bar', 'place', 'testford', 'ar'],
    ['quote-block', 'quote', 'ada-testwell-river', 'ar'],
    ['border-crossing-status', 'crossing', 'northtown-southtown', 'en'],
  ].map(([tag, attribute, id, lang]) => ({
    name: `testland-${tag}-${id}-${lang}`,
    src: TESTLAND,
    args: ['--widget', tag, `--${attribute}`, id, '--lang', lang],
    live: `<${tag} ${attribute}="${id}" lang="${lang}" theme="light"></${tag}>`,
  })),
];

describe('news-widgets render: output', () => {
  it('prints the element with a declarative shadow root, its styles inside, and no script', async () => {
    const html = await rendered(['--widget', 'actor-card', '--actor', 'sdf', '--src', SEED]);
    assert.equal(openingTag(html, 'actor-card'), '<actor-card actor="sdf" theme="light">');
    assert.match(html, /<actor-card[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /Syrian Democratic Forces/);
    assert.match(html, /data-state="ready"/);
  });

  it('prints plain semantic HTML with --format plain: a heading, lists, no shadow DOM, styles or script', async () => {
    const html = await rendered(['--widget', 'actor-card', '--actor', 'sdf', '--src', SEED, '--format', 'plain']);
    assert.match(html, /^<div class="news-widget actor-card" lang="en" dir="ltr"><div><h3><bdi lang="en">Syrian Democratic Forces<\/bdi><\/h3>/);
    for (const absent of [/<template/, /<style/, /<script/i, /<svg/, / style=/, / part=/, /<!--/, /<button/, /aria-hidden/]) {
      assert.doesNotMatch(html, absent);
    }
    assert.match(html, /<p id="actor-card-sdf-goals">Goals<\/p><ul aria-labelledby="actor-card-sdf-goals">/);
  });

  it('turns a control that reveals hidden content into a closed <details> holding it', async () => {
    const html = await rendered(['--widget', 'border-crossing-status', '--crossing', 'qaim-bukamal', '--src', SEED, '--format', 'plain']);
    assert.match(html, /<details><summary>History of changes and events \(2\)<\/summary><ol><li><p><time datetime="2017-11-03" lang="en" dir="auto">Friday \[3 November 2017, as the editors read it\]<\/time><\/p> <ul><li>Iraq: Controlled by <bdi lang="en">Iraqi forces<\/bdi>, According to <bdi lang="en">the Iraqi military chief of staff<\/bdi><\/li>/);
  });

  it('keeps the quotation marks of a direct quote in the plain version: punctuation, not decoration', async () => {
    const html = await rendered(['--widget', 'quote-block', '--quote', 'alia-mohamed', '--src', SEED, '--format', 'plain']);
    const quote = /<blockquote lang="en" dir="ltr">(.*?)<\/blockquote>/.exec(html)?.[1].replace(/<[^>]+>/g, '');
    assert.equal(quote, '“We fled from the intensive bombings because we could not stay there any more”');
  });

  it('sets every attribute each element documents, and accepts no other', async () => {
    const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    const values = { lang: 'ar', dir: 'rtl', theme: 'dark', date: '2017-11-03', 'heading-level': '2', compact: 'true' };
    const entities = { actor: 'sdf', place: 'qaim', quote: 'alia-mohamed', crossing: 'qaim-bukamal' };
    for (const tag of ELEMENTS) {
      const documented = declarations.find((declaration) => declaration.tagName === tag).attributes.map((attribute) => attribute.name);
      // src names the bundle (--src); refresh re-reads it, which static HTML never does.
      const options = documented.filter((name) => name !== 'src' && name !== 'refresh');
      const refused = await cli(['--widget', tag, '--src', SEED, '--no-such-option', 'x']);
      assert.equal(refused.status, 2);
      const accepted = /which takes (.+)\.\n/.exec(refused.stderr)?.[1].split(', ').map((option) => option.slice(2));
      assert.deepEqual([...accepted].sort(), [...options].sort(), `the options of ${tag} are its documented attributes`);
      for (const name of options) {
        const entity = Object.keys(entities).find((key) => documented.includes(key));
        const args = ['--widget', tag, '--src', SEED, `--${entity}`, entities[entity]];
        if (name !== entity) args.push(`--${name}`, values[name]);
        const tagHtml = openingTag(await rendered(args), tag);
        assert.match(tagHtml, new RegExp(` ${name}(="|[ >])`), `${tag} --${name}: ${tagHtml}`);
      }
    }
  });

  it('reads the bundle from standard input with --src -', async () => {
    const { status, stdout } = await cli(['--widget', 'quote-block', '--quote', 'alia-mohamed', '--src', '-', '--format', 'plain'], readFileSync(SEED));
    assert.equal(status, 0);
    assert.match(stdout, /Alia Mohamed/);
  });

  it('keeps a relative source link as written when the bundle has no web address', async () => {
    const bundle = JSON.parse(readFileSync(SEED, 'utf8'));
    bundle.sources[0].url = 'sources/article.html';
    const { status, stdout } = await cli(['--widget', 'actor-card', '--actor', 'sdf', '--src', '-', '--format', 'plain'], JSON.stringify(bundle));
    assert.equal(status, 0);
    assert.match(stdout, /<a href="sources\/article\.html" target="_blank" rel="noopener noreferrer">/);
  });

  describe('a bundle by URL', () => {
    let server;
    let base;
    before(async () => {
      const bundle = JSON.parse(readFileSync(SEED, 'utf8'));
      bundle.sources[0].url = 'sources/article.html';
      server = createServer((request, response) => {
        if (request.url === '/topics/seed.json') response.end(JSON.stringify(bundle));
        else response.writeHead(404, 'Not Found').end('not found');
      });
      await new Promise((done) => server.listen(0, '127.0.0.1', done));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.close());

    it('links the sources against the bundle\'s URL, as a browser would', async () => {
      const html = await rendered(['--widget', 'actor-card', '--actor', 'sdf', '--src', `${base}/topics/seed.json`, '--format', 'plain']);
      assert.match(html, new RegExp(`<a href="${base}/topics/sources/article\\.html" target="_blank" rel="noopener noreferrer"><cite><bdi lang="en">ISIS, Squeezed`));
    });

    it('says what the server answered for a URL that fails, and exits 1', async () => {
      const { status, stdout, stderr } = await cli(['--widget', 'actor-card', '--actor', 'sdf', '--src', `${base}/gone.json`]);
      assert.equal(stderr, `news-widgets render: could not read ${base}/gone.json: the server answered 404 Not Found\n`);
      assert.equal(stdout, '');
      assert.equal(status, 1);
    });
  });
});

describe('news-widgets render: errors', () => {
  const fails = async (args, status, stderr) => {
    const result = await cli(args);
    assert.equal(result.stdout, '', `nothing on stdout for ${args.join(' ')}`);
    if (stderr instanceof RegExp) assert.match(result.stderr, stderr);
    else assert.equal(result.stderr, stderr);
    assert.equal(result.status, status, args.join(' '));
  };

  it('names an unknown widget with the one probably meant, and exits 1', async () => {
    await fails(
      ['--widget', 'actor-crd', '--actor', 'sdf', '--src', SEED],
      1,
      'news-widgets render: there is no widget "actor-crd"; did you mean "actor-card"? The widgets are actor-card, control-bar, quote-block, border-crossing-status.\n',
    );
  });

  it('names an entity the bundle does not have with its near misses, and exits 1', async () => {
    await fails(
      ['--widget', 'actor-card', '--actor', 'sfd', '--src', SEED],
      1,
      'news-widgets render: the bundle "syria-iraq-border-2017" has no actor "sfd" (did you mean "sdf"?). Correct --actor.\n',
    );
    await fails(
      ['--widget', 'control-bar', '--place', 'qaim bukamel', '--src', SEED],
      1,
      'news-widgets render: the bundle "syria-iraq-border-2017" has no place "bukamel" (did you mean "bukamal"?). Correct --place.\n',
    );
  });

  it('says which entity attribute is missing and what the bundle has, and exits 1', async () => {
    await fails(
      ['--widget', 'border-crossing-status', '--src', SEED],
      1,
      'news-widgets render: <border-crossing-status> needs --crossing: the id of one of the bundle\'s crossings (the bundle has "qaim-bukamal").\n',
    );
  });

  it('prints the validator\'s messages for an invalid bundle, and exits 1', async () => {
    const file = 'test/fixtures/invalid/actor-color-not-hex.json';
    await fails(
      ['--widget', 'actor-card', '--actor', 'a1', '--src', file],
      1,
      `news-widgets render: ${file} is not a valid bundle (1 problem):\n  actors[0].color: expected a hex colour like "#a03c2e", got "blu"\n`,
    );
  });

  it('says a file is missing or not JSON, and exits 1', async () => {
    await fails(['--widget', 'actor-card', '--actor', 'sdf', '--src', 'no/such.json'], 1, 'news-widgets render: could not read no/such.json: no such file\n');
    await fails(['--widget', 'actor-card', '--actor', 'sdf', '--src', '-'], 1, 'news-widgets render: standard input is empty: expected a JSON bundle\n');
  });

  it('exits 2 with the usage for a wrong command line', async () => {
    const cases = [
      [[], '--widget is required: which widget to render.'],
      [['--widget', 'actor-card', '--actor', 'sdf'], '--src is required: the bundle file or URL ("-" for standard input).'],
      [['--widget', 'actor-card', '--actor', 'sdf', '--src', SEED, '--format', 'pdf'], '--format is ssr or plain, not "pdf".'],
      [['--widget', 'actor-card', '--actor', 'sdf', '--src', SEED, '--place', 'qaim'], '--place is not an option of <actor-card>, which takes --lang, --dir, --theme, --actor, --compact, --heading-level.'],
      [['--widget', 'actor-card', '--actor', 'sdf', '--src', SEED, '--theme', 'blue'], '--theme is auto, light or dark, not "blue".'],
      [['--widget', 'actor-card', '--actor', 'sdf', '--src', SEED, '--heading-level', '7'], '--heading-level is a whole number from 1 to 6, not "7".'],
      [['--widget', 'control-bar', '--place', 'qaim', '--src', SEED, '--date', '2017-02-30'], '--date is a date written like 2017-11-03 (or a month, 2017-11, or a year, 2017), not "2017-02-30".'],
      [['--widget', 'actor-card', '--actor', 'sdf', '--src', SEED, '--lang'], '--lang needs a value.'],
      [['--widget', 'actor-card', '--actor', 'sdf', '--actor', 'isis', '--src', SEED], '--actor is given twice.'],
      [['actor-card', '--src', SEED], 'unexpected "actor-card": every option is written --name value.'],
    ];
    for (const [args, message] of cases) {
      await fails(args, 2, new RegExp(`^news-widgets render: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\nUsage: news-widgets render `));
    }
  });

  it('prints its own help', async () => {
    const { status, stdout } = await cli(['--help']);
    assert.match(stdout, /^Usage: news-widgets render --widget <tag>/);
    assert.match(stdout, /actor-card: --compact, --heading-level <1-6>/);
    assert.equal(status, 0);
  });
});

describe('news-widgets render: in a browser, beside the live element', () => {
  const executablePath = findChromium();
  const missing = executablePath
    ? false
    : 'Chromium is not installed (apt-get install -y chromium), so the rendering cannot be compared with the live element';
  if (missing && process.env.NW_REQUIRE_ALL_ENGINES === '1') throw new Error(missing);

  const pages = new Map();
  let server;
  let browser;
  let origin;
  before(async () => {
    if (missing) return;
    for (const sample of SAMPLES) {
      const lang = sample.args.includes('ar') ? 'ar' : 'en';
      const src = sample.src ?? SEED;
      const [ssr, plain] = await Promise.all([
        rendered([...sample.args, '--src', src]),
        rendered([...sample.args, '--src', src, '--format', 'plain']),
      ]);
      pages.set(`${sample.name}-ssr.html`, page(lang, `<main>${ssr}</main>`));
      pages.set(`${sample.name}-plain.html`, page(lang, `<main>${plain}</main>`));
      const live = sample.live.replace('>', ` src="/${src}">`);
      pages.set(`${sample.name}-live.html`, page(lang, `<main>${live}</main>`, '<script type="module" src="/dist/news-widgets.js"></script>'));
    }
    server = await startServer(pages);
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
    });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** The text of the widget on one of the written pages, once it shows its data. */
  async function textOf(name, assistiveOnly = false) {
    const withoutFootnotes = name.endsWith('-plain.html');
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    try {
      await tab.goto(`${origin}/page/${name}`);
      if (name.endsWith('-live.html')) {
        await tab.waitForFunction(() => document.querySelector('main > *')?.shadowRoot?.querySelector('[data-state="ready"]'), null, { timeout: 10_000 });
      }
      const text = await tab.evaluate(textInPage, { selector: 'main > *', assistiveOnly, withoutFootnotes });
      assert.deepEqual(errors, [], `no script errors on ${name}`);
      return text;
    } finally {
      await tab.close();
    }
  }

  for (const sample of SAMPLES) {
    it(`${sample.name}: the server rendering reads exactly like the live element`, { skip: missing }, async () => {
      const [ssr, live] = await Promise.all([textOf(`${sample.name}-ssr.html`), textOf(`${sample.name}-live.html`)]);
      assert.ok(live.length > 40, `the live element shows its data: "${live}"`);
      assert.equal(ssr, live);
    });

    it(`${sample.name}: the plain version says everything the live element gives a screen reader`, { skip: missing }, async () => {
      const [plain, live] = await Promise.all([textOf(`${sample.name}-plain.html`), textOf(`${sample.name}-live.html`, true)]);
      // Layout decides where spaces fall between a widget's parts; the words must be the same.
      const words = (text) => text.replace(/\s+/g, '');
      assert.equal(words(plain), words(live));
    });
  }
});
