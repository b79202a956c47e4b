#!/usr/bin/env node
/**
 * `npm run build`: everything in dist/ —
 *   news-widgets.js          one minified self-defining file for CMS pages (Lit inside)
 *   index.js, <tag>.js, …    ES modules for npm users (Lit external), with .d.ts types
 *   cli.js                   the `news-widgets` command
 *   bundle.schema.json       JSON Schema of the bundle format, from src/bundle/schema.ts
 *   custom-elements.json     the Custom Elements Manifest, from the elements' JSDoc
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';

const step = (label, command, args) => {
  const started = Date.now();
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

rmSync('dist', { recursive: true, force: true });
step('rollup: dist/news-widgets.js, ES modules, cli.js', 'node_modules/.bin/rollup', ['-c', '--silent']);
chmodSync('dist/cli.js', 0o755);
step('types: .d.ts', 'node_modules/.bin/tsc', ['-p', 'tsconfig.build.json', '--emitDeclarationOnly']);

const { bundleJsonSchema } = await import('./bundle-json-schema.mjs');
writeFileSync('dist/bundle.schema.json', `${JSON.stringify(await bundleJsonSchema(), null, 2)}\n`);
console.log('✓ dist/bundle.schema.json');

step('dist/custom-elements.json', 'node_modules/.bin/cem', ['analyze', '--quiet']);
