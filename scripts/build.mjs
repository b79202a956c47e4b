#!/usr/bin/env node
/**
 * `npm run build`: everything in dist/ —
 *   news-widgets.js          one minified self-defining file for CMS pages (Lit inside)
 *   index.js, <tag>.js, …    ES modules for npm users (Lit external), with .d.ts types
 *   cli.js                   the `news-widgets` command
 *   bundle.schema.json       JSON Schema of the bundle format, from src/bundle/schema.ts
 *   custom-elements.json     the Custom Elements Manifest, from the elements' JSDoc
 *   vscode.html-custom-data.json  VS Code's `html.customData`, from the manifest
 *   react/, jsx.d.ts         React wrappers (news-widgets/react) and JSX types (news-widgets/jsx)
 *   embed.html, builder.html the CMS pages: one widget from a URL query (pym.js child), and the
 *                            embed builder; with embed/, builder/ and pym.v1.min.js
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defineModule, loadCatalog } from './lib/catalog.mjs';

const step = (label, command, args) => {
  const started = Date.now();
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

rmSync('dist', { recursive: true, force: true });
step('rollup: dist/news-widgets.js, ES modules, cli.js', 'node_modules/.bin/rollup', ['-c', '--silent']);
chmodSync('dist/cli.js', 0o755);
step('types: .d.ts', 'node_modules/.bin/tsc', ['-p', 'tsconfig.build.json', '--emitDeclarationOnly']);

// Each element's entry is built as dist/<tag>.js from src/elements/<tag>/<tag>.define.ts; its
// types sit beside it, so that the package's `exports` name the pair.
for (const { tag } of await loadCatalog()) {
  writeFileSync(`dist/${tag}.d.ts`, `export * from './${defineModule(tag)}.js';\n`);
}

const { bundleJsonSchema } = await import('./bundle-json-schema.mjs');
writeFileSync('dist/bundle.schema.json', `${JSON.stringify(await bundleJsonSchema(), null, 2)}\n`);
console.log('✓ dist/bundle.schema.json');

step('dist/custom-elements.json', 'node_modules/.bin/cem', ['analyze', '--quiet']);

// Editor completion for the tags, from the manifest just written.
const { vscodeCustomData } = await import('./vscode-custom-data.mjs');
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscodeCustomData(manifest), null, 2)}\n`);
console.log('✓ dist/vscode.html-custom-data.json');

// The CMS embedding pages: their HTML and CSS as written (rollup built their scripts), and the
// pym.js that embed.html reports its height with and that the builder's iframe snippet loads.
for (const [from, to] of [
  ['src/embed/embed.html', 'dist/embed.html'],
  ['src/embed/embed.css', 'dist/embed/embed.css'],
  ['src/builder/builder.html', 'dist/builder.html'],
  ['src/builder/builder.css', 'dist/builder/builder.css'],
  ['node_modules/pym.js/dist/pym.v1.min.js', 'dist/pym.v1.min.js'],
  // The builder's example, beside it, so that the builder works from the installed package too.
  ['bundles/syria-iraq-border-2017.json', 'dist/bundles/syria-iraq-border-2017.json'],
]) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
console.log('✓ dist/embed.html, dist/builder.html, dist/pym.v1.min.js, dist/bundles/ (the builder\'s example)');
