import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import htmlLiterals from 'rollup-plugin-html-literals';

/** The npm entry points: the API (defines nothing), one self-defining module per element, all. */
export const entries = {
  index: 'src/index.ts',
  all: 'src/all.ts',
  'actor-card': 'src/actor-card.ts',
  'control-bar': 'src/control-bar.ts',
  'quote-block': 'src/quote-block.ts',
  'border-crossing-status': 'src/border-crossing-status.ts',
};

const ts = () =>
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true, noEmitOnError: true });

/**
 * Lit's css`` templates are strings to a JS minifier; this minifies the CSS inside them.
 * html`` templates are left alone: minifying them trims white space at template edges, which
 * Lit joins into text ("ISIS · Armed group" lost a space), and saves little after gzip.
 */
const minifyTemplates = () =>
  htmlLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { shouldMinify: () => false } });

const minify = () =>
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });

export default [
  // What npm users import: ES modules, one file per source module so bundlers tree-shake, with
  // lit and valibot left to the user's bundler (they are dependencies, deduplicated there).
  {
    input: entries,
    external: [/^lit(\/|$)/, /^@lit\//, /^valibot$/],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [minifyTemplates(), ts()],
  },
  // What a CMS page loads: one minified, self-defining file with Lit and everything inside.
  {
    input: 'src/all.ts',
    output: { file: 'dist/news-widgets.js', format: 'es', sourcemap: true },
    plugins: [resolve({ browser: true }), minifyTemplates(), ts(), minify()],
  },
  // The command-line tool, self-contained for `npx news-widgets`.
  {
    input: 'src/cli/news-widgets.ts',
    external: [/^node:/],
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
    plugins: [resolve(), ts()],
  },
];
