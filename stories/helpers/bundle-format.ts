/**
 * The bundle format as the catalogue's "The bundle" page lists it: generated from the same
 * JSON Schema of src/bundle/schema.ts that dist/bundle.schema.json is written from, so the
 * page cannot drift from the format.
 */
import { BundleSchema } from '../../src/bundle/schema.js';

interface Schema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly unknown[];
  readonly items?: unknown;
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly propertyNames?: unknown;
  readonly required?: readonly string[];
  readonly maximum?: number;
}

export interface BundleField {
  readonly name: string;
  readonly required: boolean;
  /** What goes there, in a few words: `text`, `one of "open", "closed"…`, `list of { … }`. */
  readonly shape: string;
}

export interface BundleList {
  readonly name: string;
  /** `list` for the seven lists, `object` for `meta`. */
  readonly kind: 'list' | 'object';
  readonly fields: readonly BundleField[];
}

const asSchema = (value: unknown): Schema => (typeof value === 'object' && value !== null ? value : {});

/** A localizable text: a string, or a map from language tags to strings. */
const isLocalizedText = (schema: Schema) =>
  schema.anyOf?.length === 2 && schema.anyOf.some((each) => asSchema(each).propertyNames !== undefined);

function shapeOf(value: unknown): string {
  const schema = asSchema(value);
  if (isLocalizedText(schema)) return 'text (or one per language: {"en": …, "ar": …})';
  if (schema.enum) return `one of ${schema.enum.map((option) => JSON.stringify(option)).join(', ')}`;
  if (schema.anyOf) return schema.anyOf.map(shapeOf).join(' or ');
  if (schema.type === 'array') return `list of ${shapeOf(schema.items)}`;
  if (schema.type === 'object' && schema.properties) return `{ ${Object.keys(schema.properties).join(', ')} }`;
  if (typeof schema.type === 'string') return schema.type === 'number' && schema.maximum === 1 ? 'fraction 0–1' : schema.type;
  return 'value';
}

function fieldsOf(value: unknown): BundleField[] {
  const schema = asSchema(value);
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, field]) => ({
    name,
    required: required.has(name),
    shape: shapeOf(field),
  }));
}

const jsonSchema = asSchema(BundleSchema.json);

/** `meta` and the seven lists of a bundle, each with its fields; required ones first. */
export const bundleLists: readonly BundleList[] = Object.entries(jsonSchema.properties ?? {})
  .filter(([name]) => name !== '$schema')
  .map(([name, value]) => {
    const schema = asSchema(value);
    const isList = schema.type === 'array';
    const fields = fieldsOf(isList ? schema.items : schema);
    return { name, kind: isList ? 'list' : 'object', fields: [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)] };
  });
