/**
 * What the built files cost a reader: minified, gzip -9 and brotli sizes, and what each part
 * of dist/news-widgets.js costs. Measured from dist/ (npm run build first).
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { loadCatalog } from '../../scripts/lib/catalog.mjs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The elements, from the catalog (src/catalog/catalog.ts). */
export const ELEMENTS = (await loadCatalog()).map((widget) => widget.tag);

export const sizesOf = (bytes) => ({
  minified: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** Bundles an entry the way an app's bundler would (esbuild, minified), Lit included. */
async function bundled(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
  });
  return { bytes: result.outputFiles[0].contents, metafile: result.metafile };
}

/** The validator's row in the table of parts, which the report names in its shortfalls. */
export const VALIDATOR_PART = 'Validator (shapes, schema, messages)';

const GROUPS = [
  ['Lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  [VALIDATOR_PART, /bundle\/(shape|schema|validate)\.js|helpers\/json-value\.js|helpers\/near-miss\.js/],
  ['Loader and index', /bundle\/(load|bundle-index|bundle-error)\.js/],
  ['Controllers', /controllers\//],
  ['Shared element base and styles', /(base|helpers)\/(?!json-value|near-miss)[\w-]+\.js/],
  ['UI strings (English and Arabic)', /i18n\/|\.strings\.js/],
];

export async function measureSizes() {
  const cms = readFileSync('dist/news-widgets.js');
  const seed = readFileSync('bundles/syria-iraq-border-2017.json');

  // One element through the npm entry points: everything it pulls in (Lit, the shared core,
  // the element), and what it adds beyond Lit and the core the four elements share.
  // The shared core: Lit, the element base (src/base/) and the helpers, and what they bring: the
  // controllers, the loader and the validator.
  const core = await bundled(
    ['base', 'helpers']
      .flatMap((folder) => readdirSync(`dist/${folder}`).filter((file) => file.endsWith('.js')).map((file) => `export * from './dist/${folder}/${file}';`))
      .join(''),
  );
  const coreGzip = sizesOf(core.bytes).gzip;
  const perElement = {};
  for (const tag of ELEMENTS) {
    const alone = sizesOf((await bundled(`import './dist/${tag}.js';`)).bytes);
    perElement[tag] = { ...alone, beyondCoreGzip: alone.gzip - coreGzip };
  }

  // What each part of the CMS file costs: elements by leaving each out of the same build;
  // the shared parts by their share of the minified bytes, scaled to the gzip total.
  const importing = (tags) => tags.map((tag) => `import './dist/${tag}.js';`).join('');
  const all = await bundled(importing(ELEMENTS));
  const allGzip = sizesOf(all.bytes).gzip;
  const parts = {};
  for (const tag of ELEMENTS) {
    const rest = await bundled(importing(ELEMENTS.filter((other) => other !== tag)));
    parts[`<${tag}> (code, styles, strings)`] = allGzip - sizesOf(rest.bytes).gzip;
  }
  const inputs = Object.values(all.metafile.outputs)[0].inputs;
  const totalMinified = Object.values(inputs).reduce((sum, input) => sum + input.bytesInOutput, 0);
  for (const [label, pattern] of GROUPS) {
    const minified = Object.entries(inputs)
      .filter(([path]) => pattern.test(path) && !/elements\//.test(path))
      .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
    parts[label] = Math.round((minified / totalMinified) * allGzip);
  }

  return {
    'dist/news-widgets.js': sizesOf(cms),
    coreGzip,
    perElement,
    parts,
    partsTotalGzip: allGzip,
    seedBundle: sizesOf(seed),
  };
}
