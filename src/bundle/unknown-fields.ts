import type * as v from 'valibot';
import { nearMisses } from '../internal/near-miss.js';
import { isPlainObject } from './json-value.js';
import { BundleSchema } from './schema.js';
import { appendKey, type BundleProblem } from './validate.js';

type AnySchema = v.GenericSchema & {
  readonly pipe?: readonly { readonly kind: string }[];
  readonly wrapped?: AnySchema;
  readonly item?: AnySchema;
  readonly items?: readonly AnySchema[];
  readonly entries?: Readonly<Record<string, AnySchema>>;
};

/** The object schema a pipe ends in (the bundle's objects are `pipe(custom, object)`). */
const innermost = (schema: AnySchema): AnySchema =>
  schema.pipe?.filter((item): item is AnySchema => item.kind === 'schema').at(-1) ?? schema;

function walk(schema: AnySchema, value: unknown, path: string, found: BundleProblem[]): void {
  const inner = innermost(schema);
  switch (inner.type) {
    case 'optional':
    case 'nullable':
      if (inner.wrapped) walk(inner.wrapped, value, path, found);
      return;
    case 'array':
      if (Array.isArray(value) && inner.item) {
        const item = inner.item;
        value.forEach((element: unknown, index) => walk(item, element, `${path}[${index}]`, found));
      }
      return;
    case 'tuple':
      if (Array.isArray(value)) inner.items?.forEach((item, index) => walk(item, value[index], `${path}[${index}]`, found));
      return;
    case 'object': {
      if (!isPlainObject(value) || !inner.entries) return;
      const entries = inner.entries;
      const known = Object.keys(entries);
      for (const key of Object.keys(value)) {
        const at = appendKey(path, key);
        const entry = entries[key];
        if (entry) {
          walk(entry, value[key], at, found);
          continue;
        }
        const close = nearMisses(key, known, 1);
        found.push({
          path: at,
          message: `is not a field here and is ignored${close.length ? `; did you mean "${close[0]}"?` : ''}`,
        });
      }
      return;
    }
    default:
      // Strings, numbers and localizable text (whose keys are languages) have no fields.
      return;
  }
}

/**
 * Fields the bundle format does not have, such as a misspelt `"sumary"`. Not errors (a newer
 * bundle may carry fields an older library does not know, and they are ignored) but usually a
 * typo an editor wants to hear about.
 */
export function findUnknownFields(input: unknown): BundleProblem[] {
  const found: BundleProblem[] = [];
  try {
    walk(BundleSchema, input, '', found);
  } catch {
    // A value too deep to walk has already failed validation, which says so.
  }
  return found;
}
