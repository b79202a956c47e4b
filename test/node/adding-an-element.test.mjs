/**
 * The catalog: the files generated from it are up to date, and an element added by following
 * "Adding an element" in docs/architecture.md — its folder, one entry in the catalog, then
 * `npm run generate` — shows up in the embed page, the builder, the CLI, React and the JSX types
 * with no other file edited. The new element is made in a copy of the project, in a temporary
 * folder, and the copy is thrown away.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = join(ROOT, 'bundles/syria-iraq-border-2017.json');

describe('the files generated from the catalog', () => {
  it('are up to date (npm run generate -- --check)', () => {
    const output = execFileSync(process.execPath, ['scripts/generate.mjs', '--check', '--manifest', 'dist/custom-elements.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.match(output, /generated files match the catalog/);
  });
});

describe('adding an element: its folder, one catalog entry, npm run generate', () => {
  let copy;
  const inCopy = (path) => join(copy, path);

  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'nw-new-element-'));
    for (const path of ['src', 'scripts', 'bundles', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'custom-elements-manifest.config.mjs', 'rollup.config.mjs']) {
      cpSync(join(ROOT, path), inCopy(path), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), inCopy('node_modules'), 'dir');

    // Step 1: the element's folder, and nothing outside it.
    const folder = inCopy('src/elements/place-note');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'place-note.ts'),
      `import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { BundleIndex } from '../../bundle/bundle-index.js';
import type { WidgetProblem } from '../../base/events.js';
import { isolated } from '../../base/isolated.js';
import { NewsWidgetElement } from '../../base/news-widget-element.js';
import { widgetStyles } from '../../base/widget-styles.js';

/**
 * @summary A place's name, as a note.
 * @tagname place-note
 * @attr place - The id of the place to show.
 * @csspart note - The note.
 */
export class PlaceNote extends NewsWidgetElement {
  static override properties: PropertyDeclarations = { place: { type: String } };
  static override styles = [widgetStyles];

  /** The id of the place to show. */
  declare place: string;

  constructor() {
    super();
    this.place = '';
  }

  protected override get entityKey(): string {
    return this.place;
  }

  protected override renderReady(index: BundleIndex): TemplateResult | WidgetProblem {
    const place = index.place(this.place);
    if (!place) return this.entityProblem('place', this.place, index, 'places', 'place');
    return html\`<p part="note">Place note: \${isolated(this.locale.pick(place.name))}</p>\`;
  }
}
`,
    );
    writeFileSync(
      join(folder, 'place-note.define.ts'),
      `import { defineElement } from '../../base/define-element.js';
import { PlaceNote } from './place-note.js';

defineElement('place-note', PlaceNote);

export { PlaceNote };

declare global {
  interface HTMLElementTagNameMap {
    'place-note': PlaceNote;
  }
}
`,
    );
    writeFileSync(
      join(folder, 'place-note.descriptor.ts'),
      `import type { WidgetDescriptor } from '../../base/widget-descriptor.js';

export const placeNoteDescriptor = {
  tag: 'place-note',
  name: 'Place note',
  entity: { attribute: 'place', list: 'places', noun: 'place' },
  options: [],
  fallbackLine: (index, attributes, locale) => \`Place note: \${locale.pick(index.place(attributes.get('place') ?? '')?.name)?.text ?? ''}\`,
} as const satisfies WidgetDescriptor;
`,
    );

    // Step 2: one entry in the catalog (its import, and its place in the list).
    const catalogFile = inCopy('src/catalog/catalog.ts');
    const catalog = readFileSync(catalogFile, 'utf8')
      .replace(/^(import .*descriptor\.js';\n)(?!import .*descriptor\.js)/m, `$1import { placeNoteDescriptor } from '../elements/place-note/place-note.descriptor.js';\n`)
      .replace(/(export const WIDGETS = \[\n)/, '$1  placeNoteDescriptor,\n');
    assert.match(catalog, /placeNoteDescriptor,\n/);
    writeFileSync(catalogFile, catalog);

    // Step 3: the generated files.
    execFileSync(process.execPath, ['scripts/generate.mjs'], { cwd: copy, stdio: 'pipe' });
  });

  after(() => process.env.KEEP || rmSync(copy, { recursive: true, force: true }));

  /** A module of the copy, bundled for Node (Lit's server build, as the CLI runs it). */
  async function load(entry) {
    const result = await build({
      entryPoints: [inCopy(entry)],
      bundle: true,
      format: 'esm',
      platform: 'node',
      conditions: ['node'],
      external: ['react', 'react-dom', 'parse5', '@lit-labs/ssr', '@lit/react'],
      write: false,
      logLevel: 'silent',
      absWorkingDir: copy,
    });
    const file = join(copy, `loaded-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(file, result.outputFiles[0].text);
    return import(file);
  }

  it('the embed page takes ?widget=place-note', async () => {
    const { readEmbedQuery } = await load('src/embed/embed-query.ts');
    const request = readEmbedQuery('?widget=place-note&place=qaim&src=topic.json&theme=dark');
    assert.equal(request.status, 'ok', request.message);
    assert.equal(request.widget.tag, 'place-note');
    assert.deepEqual([...request.attributes], [['src', 'topic.json'], ['theme', 'dark'], ['place', 'qaim']]);
  });

  it('the builder offers it, with its entity list and its fallback line', async () => {
    writeFileSync(
      inCopy('src/builder-probe.ts'),
      "export { WIDGETS } from './catalog/catalog.js';\nexport { BundleIndex } from './bundle/bundle-index.js';\nexport { entityChoices, fallbackLine } from './builder/bundle-text.js';\n",
    );
    const { WIDGETS, BundleIndex, entityChoices, fallbackLine } = await load('src/builder-probe.ts');
    const entry = WIDGETS.find((widget) => widget.tag === 'place-note');
    assert.deepEqual(entry?.entity, { attribute: 'place', list: 'places', noun: 'place' });
    const index = new BundleIndex(JSON.parse(readFileSync(SEED, 'utf8')));
    assert.ok(entityChoices(index, entry, 'en').some((choice) => choice.label === 'Qaim (qaim)'));
    assert.equal(fallbackLine(index, entry, new Map([['place', 'qaim']]), 'en'), 'Place note: Qaim');
    // The builder fills its widget list from the catalog and nothing else.
    const builder = readFileSync(inCopy('src/builder/builder.ts'), 'utf8');
    assert.match(builder, /for \(const widget of WIDGETS\) widgetSelect\.append/);
  });

  it('news-widgets render --widget place-note prints it', () => {
    // The command as the build makes it: rollup.config.mjs's own CLI build, in the copy.
    writeFileSync(
      inCopy('rollup.cli.mjs'),
      "import configs from './rollup.config.mjs';\nexport default configs.filter((config) => config.input?.cli);\n",
    );
    execFileSync(join(ROOT, 'node_modules/.bin/rollup'), ['-c', 'rollup.cli.mjs', '--silent'], { cwd: copy, stdio: 'pipe' });
    const ssr = execFileSync(process.execPath, ['dist/cli.js', 'render', '--widget', 'place-note', '--place', 'qaim', '--src', SEED], { cwd: copy, encoding: 'utf8' });
    assert.match(ssr, /<place-note[^>]* place="qaim"/);
    assert.match(ssr, /Place note: (<!--[^>]*-->)*<bdi lang="en">(<!--[^>]*-->)*Qaim/);
    const plain = execFileSync(process.execPath, ['dist/cli.js', 'render', '--widget', 'place-note', '--place', 'qaim', '--src', SEED, '--format', 'plain'], {
      cwd: copy,
      encoding: 'utf8',
    });
    assert.match(plain, /Place note: <bdi lang="en">Qaim<\/bdi>/);
  });

  it('React has a PlaceNote component, and the package exports its module', async () => {
    const wrapper = readFileSync(inCopy('src/react/place-note.ts'), 'utf8');
    assert.match(wrapper, /export const PlaceNote = createComponent\(\{[^}]*tagName: 'place-note'/s);
    assert.match(readFileSync(inCopy('src/react/index.ts'), 'utf8'), /export \{ PlaceNote \} from '\.\/place-note\.js';/);
    const pkg = JSON.parse(readFileSync(inCopy('package.json'), 'utf8'));
    assert.deepEqual(pkg.exports['./place-note.js'], { types: './dist/place-note.d.ts', default: './dist/place-note.js' });
    assert.deepEqual(pkg.exports['./react/place-note.js'], { types: './dist/react/place-note.d.ts', default: './dist/react/place-note.js' });
    assert.ok(pkg.sideEffects.includes('./dist/place-note.js'));
  });

  it('JSX types the tag and its attribute, and the API exports its class', () => {
    writeFileSync(
      inCopy('src/usage.tsx'),
      `import type {} from './jsx.js';
import { PlaceNote } from './index.js';
export const element: PlaceNote = document.createElement('place-note');
export const used = <place-note place="qaim" theme="dark" />;
// @ts-expect-error place-note has no "actor" attribute
export const wrong = <place-note actor="sdf" />;
`,
    );
    writeFileSync(
      inCopy('tsconfig.usage.json'),
      JSON.stringify({ extends: './tsconfig.json', compilerOptions: { jsx: 'react-jsx', noEmit: true, types: [] }, include: ['src/**/*.ts', 'src/usage.tsx'] }),
    );
    execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.usage.json'], { cwd: copy, stdio: 'pipe' });
  });
});
