import { nearMisses } from '../helpers/near-miss.js';
import { isPlainObject } from '../helpers/json-value.js';
import { BundleSchema } from './schema.js';
import { appendKey, type Shape } from './shape.js';
import type { BundleProblem } from './validate.js';

/** Goes through a value along its shape, noting every key of an object that the shape has no field for. */
function walk(shape: Shape, value: unknown, path: string, found: BundleProblem[]): void {
  const { fields, item, items } = shape.shapeOf?.(value) ?? shape;
  if (item && Array.isArray(value)) {
    value.forEach((element: unknown, index) => walk(item, element, `${path}[${index}]`, found));
  } else if (items && Array.isArray(value)) {
    items.forEach((each, index) => walk(each, value[index], `${path}[${index}]`, found));
  } else if (fields && isPlainObject(value)) {
    const known = Object.keys(fields);
    for (const key of Object.keys(value)) {
      const at = appendKey(path, key);
      const field = fields[key];
      if (Object.hasOwn(fields, key)) {
        walk(field, value[key], at, found);
        continue;
      }
      const close = nearMisses(key, known, 1);
      found.push({
        path: at,
        message: `is not a field here and is ignored${close.length ? `; did you mean "${close[0]}"?` : ''}`,
      });
    }
  }
  // Strings, numbers and localizable text (whose keys are languages) have no fields.
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
