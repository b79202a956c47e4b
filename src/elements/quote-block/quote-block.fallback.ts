import type { BundleIndex } from '../../bundle/bundle-index.js';
import type { Quote } from '../../bundle/schema.js';
import type { Locale } from '../../controllers/locale.js';
import { closeBidiControls } from '../../helpers/bidi.js';
import { quoteBlockStrings } from './quote-block.strings.js';
import { quoteMarks } from './quote-marks.js';
import { saidText } from './quote-said.js';
import { translationOf } from './quote-translation.js';

/** Who said it, as the quote names them: the speaker's name, else their role, marked where the bundle marks it translated. */
function speakerOf(quote: Quote, locale: Locale): string {
  const shown = locale.pick(quote.speaker.name) ?? locale.pick(quote.speaker.role);
  if (!shown) return '';
  return shown.translation ? `${shown.text} (${locale.shared.translated})` : shown.text;
}

/**
 * The fallback line for `<quote-block>` (`quote`): “the words” — speaker · when said (at the
 * date's precision: "Said in June 2017"), in the marks of the words' language. A paraphrase is
 * "speaker (Paraphrase, not a direct quote): words"; the newsroom's translation into the
 * reader's language is "speaker (Translation from English): words", never in quotation marks.
 */
export function quoteBlockFallbackLine(index: BundleIndex, attributes: ReadonlyMap<string, string>, locale: Locale): string {
  const quote = index.quote(attributes.get('quote') ?? '');
  if (!quote) return '';
  const strings = locale.strings(quoteBlockStrings);
  const speaker = speakerOf(quote, locale);
  const translation = translationOf(quote, locale.language);
  const said = quote.said === undefined ? '' : `${strings.separator}${saidText(quote.said, locale)}`;
  const labels = [
    ...(quote.kind === 'paraphrase' ? [strings.paraphrase] : []),
    ...(translation ? [strings.translationFrom(locale.languageName(quote.language))] : []),
  ];
  if (labels.length > 0) {
    const words = translation?.text ?? closeBidiControls(quote.text);
    const labelled = `(${labels.join(strings.labelSeparator)})`;
    return `${speaker ? `${speaker} ${labelled}` : labelled}: ${words}${said}`;
  }
  const [open, close] = quoteMarks(quote.language);
  const words = `${open}${closeBidiControls(quote.text)}${close}`;
  return `${speaker ? `${words} — ${speaker}` : words}${said}`;
}
