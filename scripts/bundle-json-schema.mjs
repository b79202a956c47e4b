/**
 * Turns the valibot bundle schema (built to dist/bundle/schema.js) into JSON Schema, so that
 * editors can point their editor at it with "$schema" and get completion and checks.
 * What JSON Schema cannot say (references between entities, calendar dates, shares that add
 * up) stays with `npx news-widgets validate`.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { readFileSync } from 'node:fs';

export async function bundleJsonSchema() {
  const { BundleSchema } = await import(new URL('../dist/bundle/schema.js', import.meta.url).href);
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const schema = toJsonSchema(BundleSchema, {
    target: 'draft-2020-12',
    typeMode: 'output',
    errorMode: 'throw',
    // Calendar checks and finiteness are code, not JSON Schema; the validator CLI runs them.
    ignoreActions: ['check', 'finite'],
  });
  return {
    $schema: schema.$schema,
    $id: `https://unpkg.com/news-widgets@${version}/dist/bundle.schema.json`,
    title: 'news-widgets bundle',
    description:
      'One running news topic: who the actors are, who controls which place and since when, what was said, and the state of border crossings. Checks beyond shape: `npx news-widgets validate <file>`.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
