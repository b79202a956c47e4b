import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import htmlLiterals from 'rollup-plugin-html-literals';
import { fileURLToPath } from 'node:url';

import { defineModule, loadCatalog } from './scripts/lib/catalog.mjs';

/** The elements, from the catalog (src/catalog/catalog.ts): every entry below follows from it. */
const tags = (await loadCatalog()).map((widget) => widget.tag);

/** The npm entry points: the API (defines nothing), one self-defining module per element, all. */
export const entries = {
  index: 'src/index.ts',
  all: 'src/all.ts',
  ...Object.fromEntries(tags.map((tag) => [tag, `src/${defineModule(tag)}.ts`])),
};

/** The React wrappers (one module per element, and an index) and the types-only JSX module. */
const reactEntries = {
  jsx: 'src/jsx.ts',
  'react/index': 'src/react/index.ts',
  ...Object.fromEntries(tags.map((tag) => [`react/${tag}`, `src/react/${tag}.ts`])),
};

/**
 * An element's defining module, as rollup names the React wrappers' import of it (an absolute
 * path), to its built entry `dist/<tag>.js` (written relative to dist/, and rollup makes it relative to each wrapper).
 */
const reactImportOfEntry = Object.fromEntries(
  tags.map((tag) => [fileURLToPath(new URL(`src/${defineModule(tag)}.js`, import.meta.url)), `./${tag}.js`]),
);

// inlineSources: the source maps carry the TypeScript they map to, so they work from the npm
// package (which ships no src/) without "missing source" warnings in users' bundlers.
const ts = () =>
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true, inlineSources: true, noEmitOnError: true });

/**
 * Lit's css`` templates are strings to a JS minifier; this minifies the CSS inside them.
 * html`` templates are left alone: minifying them trims white space at template edges, which
 * Lit joins into text ("ISIS · Armed group" lost a space), and saves little after gzip.
 */
const minifyTemplates = () =>
  htmlLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { shouldMinify: () => false } });

const minify = (preamble) =>
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false, preamble } });

/**
 * Chromium's explicit compile hint (Chrome 136+; other engines read a comment): nearly every
 * function of the CMS file runs as the page loads, so they are compiled on the thread that
 * streams the script in, not one by one on the main thread as each is first called (what it
 * saves on the benchmark's pages: bench/RESULTS.md).
 */
const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad';

export default [
  // What npm users import: ES modules, one file per source module so bundlers tree-shake, with
  // Lit left to the user's bundler (a dependency, deduplicated there).
  {
    input: entries,
    external: [/^lit(\/|$)/, /^@lit\//],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [minifyTemplates(), ts()],
  },
  // ── React wrappers and JSX types (news-widgets/react, news-widgets/react/<tag>.js,
  // news-widgets/jsx). Each wrapper imports its element's self-defining entry, which stays
  // external here: it is built once, above, so an app gets one copy of each element.
  {
    input: reactEntries,
    // React and @lit/react are the app's; a `../` import from src/react/ is an element entry
    // (or the event types), built above.
    external: (id, importer) =>
      /^(react|@lit\/react)$/.test(id) || (id.startsWith('../') && Boolean(importer?.includes('/src/react/'))),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      paths: (id) => reactImportOfEntry[id] ?? id,
      // Next.js and other React Server Components frameworks render these on the client only.
      banner: (chunk) => (chunk.fileName.startsWith('react/') ? "'use client';" : ''),
    },
    plugins: [ts()],
  },
  // ── end of the React wrappers.
  // What a CMS page loads: one minified, self-defining file with Lit and everything inside.
  {
    input: 'src/all.ts',
    output: { file: 'dist/news-widgets.js', format: 'es', sourcemap: true },
    plugins: [resolve({ browser: true }), minifyTemplates(), ts(), minify(COMPILE_ALL_ON_LOAD)],
  },
  // ── CMS embedding pages (dist/embed.html, dist/builder.html; scripts/build.mjs copies the HTML
  // and CSS). Each page loads dist/news-widgets.js for the elements and its own small module,
  // which never imports an element: one copy of Lit and of each definition per page.
  {
    input: { embed: 'src/embed/embed.ts', builder: 'src/builder/builder.ts' },
    output: { dir: 'dist', entryFileNames: '[name]/[name].js', format: 'es', sourcemap: true },
    plugins: [resolve({ browser: true }), ts(), minify()],
  },
  // ── end of the CMS embedding pages.
  // The command-line tool, self-contained for `npx news-widgets`. `render` is a chunk of its
  // own (dist/cli/render.js), loaded only when asked for: it holds Lit's server build (the
  // "node" export condition, where isServer is true), Lit SSR and the elements.
  {
    input: { cli: 'src/cli/news-widgets.ts' },
    external: [/^node:/],
    output: {
      dir: 'dist',
      format: 'es',
      chunkFileNames: 'cli/[name].js',
      banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
    },
    plugins: [resolve({ exportConditions: ['node'] }), ts()],
  },
];
