import { html, nothing, type TemplateResult } from 'lit';
import type { BundleIndex } from '../bundle/bundle-index.js';
import type { DateValue, Source } from '../bundle/schema.js';
import type { Locale, PickedText } from '../controllers/locale.js';
import { machineDate } from '../helpers/dates.js';
import { isolated } from './isolated.js';

/**
 * "Source: <a>Headline</a> — Reuters via The Daily Example · as of <time>3 November 2017</time>":
 * the provenance line every fact a widget shows ends with. A source without a URL is named, not
 * linked; its outlet ("publisher", and "via" the outlet that carried it) follows its headline;
 * a headline the bundle marks as translated says so. Sources are set apart by semicolons, so a
 * headline with commas in it cannot run into the next.
 */
export function renderSourceLine(
  locale: Locale,
  index: BundleIndex,
  sourceIds: readonly string[] | undefined,
  asOf: DateValue | undefined,
  onOpen: (sourceId: string) => void,
): TemplateResult {
  const shared = locale.shared;
  const sources = index.sources(sourceIds);
  return html`<p class="source-line" part="sources">
    ${sources.length > 0
      ? html`<span class="source-label">${sources.length === 1 ? shared.source : shared.sources}:</span>
          ${sources.map((source, i) => html`${i > 0 ? shared.sourceSeparator : nothing}${renderCitation(source, index, locale, onOpen)}`)}`
      : nothing}
    ${asOf !== undefined
      ? html`<span class="as-of">${sources.length > 0 ? ' · ' : nothing}${renderAsOf(locale, asOf)}</span>`
      : nothing}
  </p>`;
}

/**
 * One source as a source line names it: its headline, linked where it has a link (a click
 * calls `onOpen`), a translation mark, and its outlet.
 */
export function renderCitation(source: Source, index: BundleIndex, locale: Locale, onOpen: (sourceId: string) => void): TemplateResult {
  const name = locale.pick(source.name);
  const link = index.linkOf(source);
  const label = html`<cite>${isolated(name)}</cite>`;
  const outlet = renderOutlet(source, locale);
  return html`<span class="source" part="source">${link
      ? html`<a href=${link} target="_blank" rel="noopener noreferrer" @click=${() => onOpen(source.id)}>${label}</a>`
      : label}${renderTranslated(name, locale)}${outlet ? html`<span class="outlet" part="outlet"> — ${outlet}</span>` : nothing}</span>`;
}

/** "Reuters via The Daily Example", "AFP", or nothing where the source names no outlet. */
export function outletText(source: Source, locale: Locale): string | undefined {
  const publisher = locale.pick(source.publisher)?.text;
  const via = locale.pick(source.via)?.text;
  if (publisher && via) return locale.shared.via(publisher, via);
  return publisher ?? via;
}

/** The outlet as markup, each name isolated: "<bdi>Reuters</bdi> via <bdi>The Daily Example</bdi>". */
export function renderOutlet(source: Source, locale: Locale): TemplateResult | undefined {
  const publisher = locale.pick(source.publisher);
  const via = locale.pick(source.via);
  if (publisher && via) {
    const [before, between, after] = locale.shared.viaParts;
    return html`${before}${isolated(publisher)}${between}${isolated(via)}${after}`;
  }
  return publisher || via ? isolated(publisher ?? via) : undefined;
}

/** " (translated)" after text the bundle marks as a translation; nothing otherwise. */
export const renderTranslated = (text: PickedText | undefined, locale: Locale): TemplateResult | typeof nothing =>
  text?.translation ? html` <span class="translated" part="translated">(${locale.shared.translated})</span>` : nothing;

/** "as of <time datetime="2017-11-03">3 November 2017</time>", at the date's own precision. */
export const renderAsOf = (locale: Locale, value: DateValue): TemplateResult => html`${locale.shared.asOf} ${renderDate(locale, value)}`;

/**
 * `<time datetime="2016-06">June 2016</time>`: a date as the bundle gives it, never padded to a
 * day. A date the bundle gives in words ("Friday [3 November 2017, as the editors read it]") is
 * bundle text: it carries its language and is isolated, like a name.
 */
export const renderDate = (locale: Locale, value: DateValue): TemplateResult => {
  const words = typeof value === 'object' && value.text !== undefined ? locale.pick(value.text) : undefined;
  return words
    ? html`<time datetime=${machineDate(value)} class="in-words" lang=${words.lang} dir="auto">${words.text}</time>`
    : html`<time datetime=${machineDate(value)}>${locale.date(value)}</time>`;
};
