import { build } from 'esbuild';
await build({ entryPoints: ['src/bundle/validate.ts'], bundle: true, format: 'esm', outfile: '/tmp/x/validate.mjs', platform: 'node', logLevel: 'error' });
const { validateBundle, formatProblem } = await import('/tmp/x/validate.mjs');
import { readFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) {
  const r = validateBundle(JSON.parse(readFileSync(f, 'utf8')));
  console.log(f, r.valid, r.problems.map(formatProblem));
}
