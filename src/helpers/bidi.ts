const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202C';
const POP_ISOLATE = '\u2069';
const ANY_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Bundle text with every directional embedding, override and isolate it opens closed at its
 * end. A name ending in an open right-to-left override ("ISIS\u202E") would otherwise reverse
 * the text after it ("Armed group" read "puorg demrA"): even a `<bdi>` does not contain it, as
 * an open isolate inside takes the `<bdi>`'s own closing for itself. Balanced text is returned
 * unchanged.
 */
export function closeBidiControls(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  const open: string[] = [];
  for (const character of text) {
    if (EMBEDDINGS.has(character)) open.push(POP_EMBEDDING);
    else if (ISOLATES.has(character)) open.push(POP_ISOLATE);
    else if (character === POP_EMBEDDING && open.at(-1) === POP_EMBEDDING) open.pop();
    else if (character === POP_ISOLATE && open.includes(POP_ISOLATE)) {
      // Closing an isolate also closes the embeddings opened inside it.
      open.splice(open.lastIndexOf(POP_ISOLATE));
    }
  }
  return text + open.reverse().join('');
}
