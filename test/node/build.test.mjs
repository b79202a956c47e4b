/**
 * What `npm run build` leaves in dist/: the two shapes (one self-contained file for CMS pages;
 * ES modules with Lit external and types for npm users), the JSON Schema and the manifest.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { init, parse } from 'es-module-lexer';

const ELEMENTS = ['actor-card', 'control-bar', 'quote-block', 'border-crossing-status'];
const read = (path) => readFileSync(path, 'utf8');

describe('dist/news-widgets.js', () => {
  it('is one minified ES module that imports nothing and defines every element', async () => {
    const code = read('dist/news-widgets.js');
    await init;
    const [imports] = parse(code);
    assert.deepEqual(imports.map((entry) => code.slice(entry.ss, entry.se)), []);
    // Minified: comments gone and top-level names mangled (html`` templates keep their lines).
    assert.doesNotMatch(code, /\/\*\*|\bNewsWidgetElement\b|\bbundleFeed\b/);
    for (const tag of ELEMENTS) assert.ok(code.includes(`"${tag}"`), `defines ${tag}`);
  });

  it('asks Chromium to compile it whole while it streams in, and its source map still points at the sources', () => {
    const code = read('dist/news-widgets.js');
    assert.ok(code.startsWith('//# allFunctionsCalledOnLoad\n'), 'the compile hint is the first line');
    // The hint shifts every line by one: the map must have been written with it.
    const map = JSON.parse(read('dist/news-widgets.js.map'));
    const line = code.split('\n').findIndex((text) => text.includes('Details for editors'));
    const segments = map.mappings.split(';');
    assert.equal(segments[0], '', 'the hint line maps to nothing');
    assert.ok(segments[line].length > 0, 'the code lines are mapped');
  });
});

describe('the npm modules', () => {
  it('have one entry per element, the API and all.js, each with types, Lit left external', () => {
    for (const entry of ['index', 'all', ...ELEMENTS]) {
      assert.ok(existsSync(`dist/${entry}.js`), `dist/${entry}.js`);
      assert.ok(existsSync(`dist/${entry}.d.ts`), `dist/${entry}.d.ts`);
    }
    const modules = readdirSync('dist', { recursive: true }).filter((file) => String(file).endsWith('.js'));
    const bundledLit = modules.filter((file) => /node_modules|lit-html|reactive-element/.test(String(file)));
    assert.deepEqual(bundledLit, []);
    assert.match(read('dist/elements/actor-card/actor-card.js'), /from ['"]lit['"]/);
  });

  it('the API module defines no element', () => {
    const api = read('dist/index.js');
    assert.doesNotMatch(api, /define-element|customElements\.define/);
  });
});

describe('dist/bundle.schema.json', () => {
  const schema = JSON.parse(read('dist/bundle.schema.json'));
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

  it('accepts the seed and the minimal bundle', () => {
    for (const file of ['bundles/syria-iraq-border-2017.json', 'test/fixtures/minimal.json', 'stories/bundles/testland.json']) {
      assert.ok(validate(JSON.parse(read(file))), `${file}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('refuses bundles with the wrong shape', () => {
    for (const name of ['actor-color-not-hex', 'source-url-javascript', 'crossing-one-side', 'crossing-three-sides', 'title-is-a-list', 'meta-updated-not-a-date', 'quote-kind-unknown', 'control-attribution-actor-and-group']) {
      assert.equal(validate(JSON.parse(read(`test/fixtures/invalid/${name}.json`))), false, name);
    }
  });

  it('names itself and says where the deeper checks are', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(schema.$id, /^https:\/\/unpkg\.com\/news-widgets@\d+\.\d+\.\d+\/dist\/bundle\.schema\.json$/);
    assert.match(schema.description, /npx news-widgets validate/);
  });
});

describe('dist/custom-elements.json', () => {
  it('documents every element with its attributes, parts, events and slot', () => {
    const manifest = JSON.parse(read('dist/custom-elements.json'));
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    for (const tag of ELEMENTS) {
      const element = declarations.find((declaration) => declaration.tagName === tag);
      assert.ok(element, `${tag} in the manifest`);
      assert.ok(element.summary, `${tag} has a summary`);
      const attributes = (element.attributes ?? []).map((attribute) => attribute.name);
      for (const shared of ['src', 'theme', 'refresh']) assert.ok(attributes.includes(shared), `${tag} documents ${shared}`);
      assert.ok((element.cssParts ?? []).some((part) => part.name === 'base'), `${tag} documents part base`);
      assert.ok((element.cssProperties ?? []).length > 0, `${tag} documents custom properties`);
      const events = (element.events ?? []).map((event) => event.name);
      for (const event of ['nw-ready', 'nw-error', 'nw-interact']) assert.ok(events.includes(event), `${tag} fires ${event}`);
      assert.ok((element.slots ?? []).length > 0, `${tag} documents its fallback slot`);
    }
  });
});
