import type { BundleIndex } from '../bundle/bundle-index.js';
import type { LocalizedText, Statement } from '../bundle/schema.js';
import { statementOf } from '../bundle/statement.js';
import type { Locale } from '../controllers/locale.js';
import { accordingToText } from './claimant.js';

/**
 * A summary, note or goal as plain text, as `renderStatement` shows it: "According to X: text
 * (translated) (as of date)". For a fallback line or an accessible name; no Lit, so that the
 * fallbacks stay light.
 */
export function statementText(value: LocalizedText | Statement | undefined, index: BundleIndex, locale: Locale): string | undefined {
  const parts = statementOf(value);
  const text = locale.pick(parts?.text);
  if (!parts || !text) return undefined;
  const claimant = accordingToText(parts.attribution, index, locale);
  const asOf = parts.asOf === undefined ? '' : ` (${locale.shared.asOf} ${locale.date(parts.asOf)})`;
  const translated = text.translation ? ` (${locale.shared.translated})` : '';
  return `${claimant ? `${claimant}${locale.shared.claimSeparator}` : ''}${text.text}${translated}${asOf}`;
}
