#!/usr/bin/env node
/**
 * `npm run check:package`: packs the package as `npm publish` would (from the dist/ that
 * `npm run build` left) and checks the tarball with publint (package.json against the files) and
 * Are the Types Wrong (types resolve for every entry, under Node 16 ESM and bundler resolution;
 * the package is ESM-only, so node10 and CommonJS `require` are not checked).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (!existsSync('dist/index.js')) {
  console.error('dist/ is missing or incomplete: run `npm run build` first.');
  process.exit(1);
}

const packDirectory = mkdtempSync(join(tmpdir(), 'news-widgets-check-'));
const cleanUp = () => rmSync(packDirectory, { recursive: true, force: true });
process.on('exit', cleanUp);

const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDirectory], { encoding: 'utf8' }),
);
const tarball = join(packDirectory, packed.filename);
console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB`);

const checks = [
  ['publint', ['node_modules/.bin/publint', 'run', tarball, '--strict']],
  ['attw', ['node_modules/.bin/attw', tarball, '--profile', 'esm-only', '--no-definitely-typed']],
];
let failed = 0;
for (const [name, [command, ...args]] of checks) {
  console.log(`\n── ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    failed += 1;
    console.error(`✗ ${name} failed (exit status ${status})`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
