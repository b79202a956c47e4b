/**
 * The element catalog (src/catalog/catalog.ts) for Node scripts, which cannot import TypeScript
 * on Node 20: esbuild bundles the catalog (plain data, the descriptors and their types) into one
 * module in memory, and it is imported from there.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const CATALOG_SOURCE = fileURLToPath(new URL('../../src/catalog/catalog.ts', import.meta.url));

/** The catalog's widgets: `[{ tag, name, entity: { attribute, list, noun }, options }]`. */
export async function loadCatalog(source = CATALOG_SOURCE) {
  const result = await build({ entryPoints: [source], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  const code = result.outputFiles[0].text;
  const { WIDGETS } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return WIDGETS;
}

/** `actor-card` → `ActorCard`. */
export const pascalCase = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

/** Where an element's self-defining entry is, from src/ (and, built, from dist/). */
export const defineModule = (tag) => `elements/${tag}/${tag}.define`;
