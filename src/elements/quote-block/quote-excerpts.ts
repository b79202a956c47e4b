import type { Excerpt, Quote } from '../../bundle/schema.js';
import { comparedText } from '../../helpers/compared-text.js';

/**
 * Words as compared here: as `verify` compares them (NFC, white space one space, quote marks
 * straight, dashes a hyphen-minus, no soft hyphens), and without the closing punctuation a
 * quote's words and the same words in the source may differ by ("… any more" and "… any more.").
 */
const comparable = (text: string): string => comparedText(text).replace(/[\s.,;:!?'"]+$/u, '');

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
