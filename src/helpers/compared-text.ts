/**
 * How source words are compared, by `news-widgets verify` and by the widgets that decide
 * whether an excerpt only repeats a quote: the same folding in both places.
 */

/** The characters that compare as another: quote marks as ' and ", dashes as -. */
export const FOLDED: ReadonlyMap<string, string> = new Map<string, string>([
  ...[...'‘’‚‛′‹›'].map((mark): [string, string] => [mark, "'"]),
  ...[...'“”„‟″«»'].map((mark): [string, string] => [mark, '"']),
  ...[...'‐‑‒–—―−'].map((dash): [string, string] => [dash, '-']),
]);

/** Dropped before comparing: it only marks where a word may break. */
export const SOFT_HYPHEN = '\u00AD';

/**
 * Text as compared: NFC; runs of white space one space, none at the ends; quote marks
 * straight; dashes a hyphen-minus; soft hyphens dropped. Case and the rest unchanged.
 */
export function comparedText(text: string): string {
  let folded = '';
  for (const char of text.normalize('NFC')) if (char !== SOFT_HYPHEN) folded += FOLDED.get(char) ?? char;
  return folded.replace(/\s+/g, ' ').trim();
}
