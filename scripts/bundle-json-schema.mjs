/**
 * The JSON Schema of the bundle format, from the shapes in src/bundle/schema.ts (built to
 * dist/bundle/schema.js), so that editors can point their editor at it with "$schema" and get
 * completion and checks.
 * What JSON Schema cannot say (references between entities, calendar dates, shares that add
 * up) stays with `npx news-widgets validate`.
 */
import { readFileSync } from 'node:fs';

export async function bundleJsonSchema() {
  const { BundleSchema } = await import(new URL('../dist/bundle/schema.js', import.meta.url).href);
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  // Calendar dates, links that parse and finite numbers are checked in code, not JSON Schema;
  // the validator CLI runs them.
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://unpkg.com/news-widgets@${version}/dist/bundle.schema.json`,
    title: 'news-widgets bundle',
    description:
      'One running news topic: who the actors are, who controls which place and since when, what was said, and the state of border crossings. Checks beyond shape: `npx news-widgets validate <file>`.',
    ...BundleSchema.json,
  };
}
