import type { BundleIndex } from '../../bundle/bundle-index.js';
import type { Quote } from '../../bundle/schema.js';
import type { Locale } from '../../controllers/locale.js';
import { closeBidiControls } from '../../helpers/bidi.js';
import { quoteBlockStrings } from './quote-block.strings.js';
import { quoteMarks } from './quote-marks.js';

/** Who said it, as the quote names them: the speaker's name, else their role. */
const speakerOf = (quote: Quote, locale: Locale): string =>
  (locale.pick(quote.speaker.name) ?? locale.pick(quote.speaker.role))?.text ?? '';

/**
 * The fallback line for `<quote-block>` (`quote`): “the words” — speaker, in the marks of the
 * words' language; a paraphrase as "speaker (Paraphrase, not a direct quote): words".
 */
export function quoteBlockFallbackLine(index: BundleIndex, attributes: ReadonlyMap<string, string>, locale: Locale): string {
  const quote = index.quote(attributes.get('quote') ?? '');
  if (!quote) return '';
  const speaker = speakerOf(quote, locale);
  const words = closeBidiControls(quote.text);
  if (quote.kind === 'paraphrase') return `${speaker} (${locale.strings(quoteBlockStrings).paraphrase}): ${words}`;
  const [open, close] = quoteMarks(quote.language);
  return speaker ? `${open}${words}${close} — ${speaker}` : `${open}${words}${close}`;
}
