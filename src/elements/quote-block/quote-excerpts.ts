import type { Excerpt, Quote } from '../../bundle/schema.js';

/** Quote marks as ' and ", dashes as -: the folding of `news-widgets verify` (src/cli/verify.ts). */
const FOLDED = new Map<string, string>([
  ...[...'‘’‚‛′‹›'].map((mark): [string, string] => [mark, "'"]),
  ...[...'“”„‟″«»'].map((mark): [string, string] => [mark, '"']),
  ...[...'‐‑‒–—―−'].map((dash): [string, string] => [dash, '-']),
]);

/**
 * Words as compared here: as `verify` compares them (NFC, white space one space, quote marks
 * straight, dashes a hyphen-minus, no soft hyphens), and without the closing punctuation a
 * quote's words and the same words in the source may differ by ("… any more" and "… any more.").
 */
function comparable(text: string): string {
  const folded = [...text.normalize('NFC').replace(/\u00AD/g, '')].map((char) => FOLDED.get(char) ?? char).join('');
  return folded
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?'"]+$/u, '');
}

/**
 * The excerpts worth a "What the source says" panel for the quote's words. A paraphrase's are
 * the sentences it paraphrases: all of them. A direct quote is the source's own words already,
 * so an excerpt that only repeats them (or the original words) adds nothing and is left out;
 * what remains (the sentence around the words, who the source says said them) is shown.
 */
export function quoteExcerpts(quote: Quote): readonly Excerpt[] | undefined {
  const { excerpts } = quote;
  if (!excerpts || quote.kind === 'paraphrase') return excerpts;
  const own = new Set([quote.text, ...(quote.original ? [quote.original.text] : [])].map(comparable));
  return excerpts.filter((excerpt) => !own.has(comparable(excerpt.text)));
}
