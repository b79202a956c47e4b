/** How much of a long string a message shows. */
export const MAX_SHOWN = 48;

/**
 * A string from a bundle as a message shows it: cut after 48 characters ("…"). A bundle can
 * carry an id or key of any length, and a 1 MB id must not become a 1 MB message.
 */
export const shortened = (text: string): string => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/** `"sdf"`: a bundle's string in quotes, shortened, for messages. */
export const quoted = (text: string): string => `"${shortened(text)}"`;

/**
 * Says in a few words what a JSON value is, for the "got …" half of a validation message.
 * Long strings are cut so that a 1 MB string does not become a 1 MB message.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      return value === '' ? 'an empty string' : JSON.stringify(shortened(value));
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** A JSON object: not null, not a list. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
