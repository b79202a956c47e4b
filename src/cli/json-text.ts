/**
 * JSON text with the place of every value, for edits that leave the rest of a file as its
 * author wrote it: `news-widgets migrate` adds a field to some objects and keeps every other
 * character (layout, key order, how numbers are written) where it was.
 *
 * Reads only text that `JSON.parse` has accepted: it does not check what it reads.
 */

export type JsonNode =
  | { readonly kind: 'object'; readonly start: number; readonly end: number; readonly members: readonly JsonMember[] }
  | { readonly kind: 'array'; readonly start: number; readonly end: number; readonly items: readonly JsonNode[] }
  | { readonly kind: 'scalar'; readonly start: number; readonly end: number };

export interface JsonMember {
  readonly key: string;
  /** Where the key's opening quote is, and where its closing quote ends. */
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: JsonNode;
}

const SPACE = /[ \t\n\r]/;

/** The JSON value the text holds, with where each of its values, keys and members is. */
export function parseJsonText(text: string): JsonNode {
  let at = 0;
  const skip = () => {
    while (at < text.length && SPACE.test(text[at])) at++;
  };
  const string = (): string => {
    const start = at++;
    while (text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  // Iterative over containers, so that a deeply nested value cannot overflow the stack.
  type Open = { kind: 'object'; start: number; members: JsonMember[]; key?: [string, number, number] } | { kind: 'array'; start: number; items: JsonNode[] };
  const stack: Open[] = [];
  let done: JsonNode | undefined;
  const place = (node: JsonNode) => {
    const parent = stack.at(-1);
    if (!parent) done = node;
    else if (parent.kind === 'array') parent.items.push(node);
    else {
      const [key, keyStart, keyEnd] = parent.key!;
      parent.members.push({ key, keyStart, keyEnd, value: node });
      parent.key = undefined;
    }
  };
  while (done === undefined) {
    skip();
    const parent = stack.at(-1);
    const char = text[at];
    if (char === ',') {
      at++;
      continue;
    }
    if (char === '}' || char === ']') {
      stack.pop();
      const end = ++at;
      place(parent!.kind === 'object' ? { kind: 'object', start: parent!.start, end, members: parent!.members } : { kind: 'array', start: parent!.start, end, items: parent!.items });
      continue;
    }
    if (parent?.kind === 'object' && parent.key === undefined) {
      const keyStart = at;
      const key = string();
      const keyEnd = at;
      skip();
      at++; // the colon
      parent.key = [key, keyStart, keyEnd];
      continue;
    }
    const start = at;
    if (char === '{') {
      at++;
      stack.push({ kind: 'object', start, members: [] });
    } else if (char === '[') {
      at++;
      stack.push({ kind: 'array', start, items: [] });
    } else if (char === '"') {
      string();
      place({ kind: 'scalar', start, end: at });
    } else {
      while (at < text.length && !/[\s,}\]]/.test(text[at])) at++;
      place({ kind: 'scalar', start, end: at });
    }
  }
  return done;
}

/** The member of an object with this key (the last one, as `JSON.parse` keeps the last of repeated keys). */
export const memberOf = (node: JsonNode | undefined, key: string): JsonMember | undefined =>
  node?.kind === 'object' ? node.members.findLast((member) => member.key === key) : undefined;

/** An insertion into the text: `text` at offset `at`. */
export interface TextInsertion {
  readonly at: number;
  readonly text: string;
}

/**
 * Where and how to add `"key": value` as the last member of an object that has at least one,
 * written as the object's other members are: on a line of its own at their indentation in an
 * object laid out over lines, after ", " in one written on one line, with the same space
 * after the colon, and the value on one line (`[ "a", "b" ]` spacing as in the rest).
 */
export function appendMember(text: string, object: JsonNode & { kind: 'object' }, key: string, value: unknown): TextInsertion {
  const last = object.members.at(-1)!;
  const colon = text.slice(last.keyEnd, last.value.start);
  const spaced = colon.endsWith(' ');
  const written = `${JSON.stringify(key)}${colon}${oneLine(value, spaced)}`;
  const lineStart = text.lastIndexOf('\n', last.keyStart) + 1;
  const indent = text.slice(lineStart, last.keyStart);
  if (text.slice(last.value.end, object.end).includes('\n') && /^[ \t]*$/.test(indent)) {
    return { at: last.value.end, text: `,\n${indent}${written}` };
  }
  const before = object.members.at(-2);
  const separator = before ? text.slice(before.value.end, last.keyStart) : spaced || text[object.start + 1] === ' ' ? ', ' : ',';
  return { at: last.value.end, text: `${separator.includes('\n') ? ', ' : separator}${written}` };
}

/** A JSON value on one line, with a space after each comma and colon if `spaced`. */
function oneLine(value: unknown, spaced: boolean): string {
  const json = JSON.stringify(value);
  if (!spaced) return json;
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, (gap, offset: number, whole: string) => {
    // No space inside brackets ("[" then "]"); one after a comma.
    const before = whole[offset - 1];
    const after = whole[offset + gap.length];
    return before === '[' || before === '{' || after === ']' || after === '}' ? '' : ' ';
  });
}

/** The text with the insertions made (offsets are into the original text). */
export const applyInsertions = (text: string, insertions: readonly TextInsertion[]): string => {
  let result = '';
  let from = 0;
  for (const { at, text: inserted } of [...insertions].sort((a, b) => a.at - b.at)) {
    result += text.slice(from, at) + inserted;
    from = at;
  }
  return result + text.slice(from);
};
