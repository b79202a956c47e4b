/**
 * The small set of checks the bundle contract is written in (src/bundle/schema.ts). Each shape
 * knows four things: what it expects, in an editor's words; how to check a JSON value; its JSON
 * Schema; and (for objects and lists) what it holds, for the unknown-field walk. The TypeScript
 * types come from the same declarations through `Infer`.
 *
 * Why these are our own rather than a schema library's: docs/architecture.md ("Why the
 * validator is our own"); what they cost in bytes and time: bench/RESULTS.md.
 */
import { describeValue, isPlainObject, MAX_SHOWN, shortened } from '../helpers/json-value.js';

/** A JSON Schema (draft 2020-12) fragment. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * A problem a shape found: what is wrong, and the keys from the shape down to the value. A
 * shape reports where it stands as `[]`; each list or object a refusal passes on its way up
 * puts its key in front. A valid bundle, the usual case, so never tracks a path at all.
 */
export interface ShapeProblem {
  readonly keys: (string | number)[];
  readonly message: string;
}

/** What `read` returns for a value that failed (after reporting why). */
export const REFUSED: unique symbol = Symbol('refused');

export interface Shape<T = unknown> {
  /** "expected <this>, got …": what the value should be, in words an editor knows. */
  readonly expected: string;
  /**
   * Checks a value that is there, reports every problem, and returns the value, typed, or
   * REFUSED. Values are checked where they are, not copied: a copy of a 1,000-actor bundle
   * doubled the time. Fields the format does not have stay in place and are never read
   * (findUnknownFields names them).
   */
  readonly read: (value: unknown, problems: ShapeProblem[]) => T | typeof REFUSED;
  readonly json: JsonSchema;
  /** Whether an object may leave this field out. */
  readonly optional?: boolean;
  /** The fields of an object, the item of a list, the items of a tuple: for the unknown-field walk. */
  readonly fields?: Readonly<Record<string, Shape>>;
  readonly item?: Shape;
  readonly items?: readonly Shape[];
  /** For a shape that is one of several (text, or an object with fields): the one this value is, for the unknown-field walk. */
  readonly shapeOf?: (value: unknown) => Shape;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;
type Fields = Readonly<Record<string, Shape>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends { readonly optional: true } ? K : never }[keyof F];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<F extends Fields> = Simplify<
  { [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & { [K in OptionalKeys<F>]?: Infer<F[K]> | undefined }
>;

/** `actors[3]` + `color` → `actors[3].color`; numbers become indexes, odd keys are quoted. */
export function appendKey(path: string, key: unknown): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = String(key);
  // Longer keys are cut (shortened): a key can be any length, and a path is read on one line.
  if (name.length <= MAX_SHOWN && /^[A-Za-z_$][\w$]*$/.test(name)) return `${path}${path ? '.' : ''}${name}`;
  return `${path}[${JSON.stringify(shortened(name))}]`;
}

/** A problem's keys as a path: `["actors", 3, "color"]` → `actors[3].color`. */
export const pathOf = (keys: readonly (string | number)[]): string => keys.reduce<string>(appendKey, '');

/** Reports "expected …, got …" and refuses the value. */
export function refuse(problems: ShapeProblem[], expected: string, value: unknown): typeof REFUSED {
  problems.push({ keys: [], message: `expected ${expected}, got ${describeValue(value)}` });
  return REFUSED;
}

/** Puts `key` in front of the problems from `since` on: they were found inside the value at `key`. */
function under(key: string | number, problems: ShapeProblem[], since: number): typeof REFUSED {
  for (let index = since; index < problems.length; index++) problems[index].keys.unshift(key);
  return REFUSED;
}

/** Checks the value at `key` of a list or object; a missing value is refused. */
function readAt<T>(shape: Shape<T>, value: unknown, key: string | number, problems: ShapeProblem[]): T | typeof REFUSED {
  const since = problems.length;
  const read = value === undefined ? refuse(problems, shape.expected, value) : shape.read(value, problems);
  return read === REFUSED ? under(key, problems, since) : read;
}

/** A further test of a string, with what it expects when the test fails. */
export interface StringRule {
  readonly test: (text: string) => boolean;
  readonly expected: string;
  readonly pattern?: RegExp;
}
export const matches = (pattern: RegExp, expected: string): StringRule => ({
  test: (text) => pattern.test(text),
  expected,
  pattern,
});
export const satisfies = (test: (text: string) => boolean, expected: string): StringRule => ({ test, expected });

/** A string that passes each rule in turn; the first one failed is the one reported. */
export const string = (expected: string, ...rules: StringRule[]): Shape<string> => ({
  expected,
  read: (value, problems) => {
    if (typeof value !== 'string') return refuse(problems, expected, value);
    // Indexed loops, here and below: a page checks its bundle once, mostly before the engine has
    // optimised this code, and an iterator costs more there.
    for (let index = 0; index < rules.length; index++) {
      const rule = rules[index];
      if (!(rule.pattern ? rule.pattern.test(value) : rule.test(value))) return refuse(problems, rule.expected, value);
    }
    return value;
  },
  json: { type: 'string', ...(rules[0]?.pattern && { pattern: rules[0].pattern.source }) },
});

/** A finite number within bounds, whole if asked; one message for all of it. */
export const number = (expected: string, min: number, max: number, integer = false): Shape<number> => ({
  expected,
  read: (value, problems) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value))
      ? value
      : refuse(problems, expected, value),
  json: { type: integer ? 'integer' : 'number', minimum: min, maximum: max },
});

export const boolean = (expected: string): Shape<boolean> => ({
  expected,
  read: (value, problems) => (typeof value === 'boolean' ? value : refuse(problems, expected, value)),
  json: { type: 'boolean' },
});

/** One of a fixed list of words. */
export const oneOf = <const TWord extends string>(words: readonly TWord[]): Shape<TWord> => {
  const expected = `one of ${words.map((word) => `"${word}"`).join(', ')}`;
  return {
    expected,
    read: (value, problems) => (words.includes(value as TWord) ? (value as TWord) : refuse(problems, expected, value)),
    json: { enum: words, type: 'string' },
  };
};

/** A list whose every item is checked (all of them, so every problem is reported). */
export const list = <T>(what: string, item: Shape<T>, atLeastOne?: string): Shape<T[]> => {
  const expected = `a list of ${what}`;
  return {
    expected,
    item,
    read: (value, problems) => {
      if (!Array.isArray(value)) return refuse(problems, expected, value);
      if (atLeastOne && value.length === 0) return refuse(problems, atLeastOne, value);
      let refused = false;
      for (let index = 0; index < value.length; index++) {
        if (readAt(item, value[index], index, problems) === REFUSED) refused = true;
      }
      return refused ? REFUSED : (value as T[]);
    },
    json: { type: 'array', items: item.json, ...(atLeastOne && { minItems: 1 }) },
  };
};

/** A list of exactly these items, in order. */
export const tuple = <const TItems extends readonly Shape[]>(
  expected: string,
  items: TItems,
): Shape<{ -readonly [I in keyof TItems]: Infer<TItems[I]> }> => ({
  expected,
  items,
  read: (value, problems) => {
    if (!Array.isArray(value) || value.length > items.length) return refuse(problems, expected, value);
    const reads = items.map((item, index) => readAt(item, value[index], index, problems));
    return reads.includes(REFUSED) ? REFUSED : (value as { -readonly [I in keyof TItems]: Infer<TItems[I]> });
  },
  json: { type: 'array', prefixItems: items.map((item) => item.json), minItems: items.length, maxItems: items.length },
});

/** An object with these fields (others are let be: findUnknownFields names them). */
export const object = <const TFields extends Fields>(expected: string, fields: TFields): Shape<ObjectOf<TFields>> => {
  const keys = Object.keys(fields);
  const shapes = Object.values(fields);
  return {
    expected,
    fields,
    read: (value, problems) => {
      if (!isPlainObject(value)) return refuse(problems, expected, value);
      let refused = false;
      for (let index = 0; index < keys.length; index++) {
        const present = value[keys[index]];
        if (present === undefined && shapes[index].optional) continue;
        if (readAt(shapes[index], present, keys[index], problems) === REFUSED) refused = true;
      }
      return refused ? REFUSED : (value as ObjectOf<TFields>);
    },
    json: {
      type: 'object',
      properties: Object.fromEntries(keys.map((key) => [key, fields[key].json])),
      required: keys.filter((key) => !fields[key].optional),
    },
  };
};

/** A map from keys of one shape to values of another, such as language tags to text. */
export const map = <T>(keyShape: Shape<string>, valueShape: Shape<T>, expected: string): Shape<Record<string, T>> => ({
  expected,
  read: (value, problems) => {
    if (!isPlainObject(value)) return refuse(problems, expected, value);
    let refused = false;
    // for…in rather than Object.keys: no list made for every map. Own keys only: a host page
    // may have added enumerable properties to Object.prototype.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const since = problems.length;
      // A bad key and a bad value are both reported, the key first.
      const keyRead = keyShape.read(key, problems);
      const valueRead = valueShape.read(value[key], problems);
      if (keyRead === REFUSED || valueRead === REFUSED) {
        under(key, problems, since);
        refused = true;
      }
    }
    return refused ? REFUSED : (value as Record<string, T>);
  },
  json: { type: 'object', propertyNames: keyShape.json, additionalProperties: valueShape.json },
});

/** A field an object may leave out. */
export const optional = <T>(shape: Shape<T>): Shape<T> & { readonly optional: true } => ({ ...shape, optional: true });

/** A value that may also be null. */
export const nullable = <T>(shape: Shape<T>): Shape<T | null> => ({
  ...shape,
  read: (value, problems) => (value === null ? null : shape.read(value, problems)),
  json: { anyOf: [shape.json, { type: 'null' }] },
});

/** A further check of a value that passed its shape (the first failed check is reported). */
export const refine = <T>(shape: Shape<T>, test: (value: T) => boolean, expected: string): Shape<T> => ({
  ...shape,
  read: (value, problems) => {
    const read = shape.read(value, problems);
    return read === REFUSED || test(read) ? read : refuse(problems, expected, value);
  },
});
