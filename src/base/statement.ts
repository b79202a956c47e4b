import { html, nothing, type TemplateResult } from 'lit';
import type { BundleIndex } from '../bundle/bundle-index.js';
import type { LocalizedText, Statement } from '../bundle/schema.js';
import { statementOf } from '../bundle/statement.js';
import type { Locale } from '../controllers/locale.js';
import { renderAccordingTo } from './attribution.js';
import { isolated } from './isolated.js';
import { renderAsOf, renderTranslated } from './source-line.js';

/**
 * A summary, note or goal as the reader must read it: who says it first ("According to the North
 * Front, …"), then the text, marked where it is a translation, then the date it was true on
 * ("(as of 3 November 2017)"), so that a sentence written as "now holds" is never shown as the
 * present. Undefined for text the bundle does not have.
 */
export function renderStatement(value: LocalizedText | Statement | undefined, index: BundleIndex, locale: Locale): TemplateResult | undefined {
  const parts = statementOf(value);
  const text = locale.pick(parts?.text);
  if (!parts || !text) return undefined;
  const claimant = renderAccordingTo(parts.attribution, index, locale);
  return html`${claimant ? html`<span class="claimant" part="claimant">${claimant}${locale.shared.claimSeparator}</span>` : nothing}${isolated(
      text,
    )}${renderTranslated(text, locale)}${parts.asOf !== undefined
      ? html` <span class="as-of" part="statement-as-of">(${renderAsOf(locale, parts.asOf)})</span>`
      : nothing}`;
}
