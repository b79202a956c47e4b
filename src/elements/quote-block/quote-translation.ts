import type { Quote } from '../../bundle/schema.js';
import { primaryLanguage, type PickedText } from '../../controllers/locale.js';
import { closeBidiControls } from '../../helpers/bidi.js';

/**
 * The newsroom's translation of the quote into the reader's language, to show in place of the
 * words, marked as a translation; undefined where there is none, where the words are already
 * in that language, or where the speaker's original words are (a translation back into the
 * speaker's own language is not what they said: the original stays to reveal).
 */
export function translationOf(quote: Quote, language: string): PickedText | undefined {
  const { translations } = quote;
  if (!translations) return undefined;
  const keys = Object.keys(translations);
  const key =
    keys.find((candidate) => candidate.toLowerCase() === language.toLowerCase()) ??
    keys.find((candidate) => candidate.toLowerCase() === primaryLanguage(language));
  if (key === undefined) return undefined;
  const reader = primaryLanguage(key);
  if (primaryLanguage(quote.language) === reader || (quote.original && primaryLanguage(quote.original.language) === reader)) return undefined;
  return { text: closeBidiControls(translations[key]), lang: key, translation: true };
}
