/**
 * The two snippets the embed builder writes for one widget: the custom element (for pages that
 * allow a script) and the pym.js iframe (for CMSes that strip custom tags or scripts). Every
 * address in them is absolute, so they work wherever they are pasted.
 */
import type { WidgetDescription } from '../catalog/catalog.js';
import { escapeAttribute, escapeText } from '../helpers/markup.js';

export interface SnippetRequest {
  readonly widget: WidgetDescription;
  /** The widget's attributes except src, as they should appear (flags as ""). */
  readonly attributes: ReadonlyMap<string, string>;
  /** The bundle's absolute URL. */
  readonly bundleUrl: string;
  /** The builder page's URL: news-widgets.js, embed.html and pym.v1.min.js sit beside it. */
  readonly pageUrl: string;
  /** One line of fact for readers without script, or before the data arrives. */
  readonly fallback: string;
  /** The iframe's accessible name. */
  readonly title: string;
  /**
   * The height the widget took in the preview, in rem: written on the tag so that the page holds
   * that space from its first paint until the data shows, and nothing below it jumps.
   */
  readonly reserveRem?: number;
}

/** A JavaScript string literal that cannot end the inline script it stands in. */
const scriptString = (text: string): string => JSON.stringify(text).replace(/</g, '\\u003c');

const beside = (file: string, pageUrl: string): string => new URL(file, pageUrl).href;

/** The fallback, as a paragraph; a compact widget sits inside a sentence, so its fallback is bare text. */
const fallbackMarkup = ({ fallback, attributes }: SnippetRequest): string =>
  attributes.has('compact') ? escapeText(fallback) : `\n  <p>${escapeText(fallback)}</p>\n`;

/** `<script type="module" src="…/news-widgets.js">` and the element, its fallback inside. */
export function elementSnippet(request: SnippetRequest): string {
  const { widget, attributes, bundleUrl, pageUrl } = request;
  const attributeMarkup = [['src', bundleUrl] as const, ...attributes]
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const reserve =
    request.reserveRem && !attributes.has('compact') ? ` style="display: block; min-block-size: ${request.reserveRem}rem"` : '';
  return `<script type="module" src="${escapeAttribute(beside('news-widgets.js', pageUrl))}"></script>
<${widget.tag}${attributeMarkup}${reserve}>${fallbackMarkup(request)}</${widget.tag}>`;
}

/** The address of embed.html showing this widget: the widget, its attributes and the bundle. */
export function embedUrl({ widget, attributes, bundleUrl, pageUrl }: SnippetRequest): string {
  const url = new URL('embed.html', pageUrl);
  url.searchParams.set('widget', widget.tag);
  for (const [name, value] of attributes) url.searchParams.set(name, value === '' ? 'true' : value);
  url.searchParams.set('src', bundleUrl);
  return url.href;
}

/** A container holding the fallback, pym.js, and `new pym.Parent(container, embed.html?…)`. */
export function iframeSnippet(request: SnippetRequest): string {
  const { widget, attributes, pageUrl, title } = request;
  const entity = (attributes.get(widget.entity.attribute) ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const id = `nw-${widget.tag}-${entity}`.replace(/-+$/, '');
  return `<div id="${id}"><p>${escapeText(request.fallback)}</p></div>
<script src="${escapeAttribute(beside('pym.v1.min.js', pageUrl))}"></script>
<script>new pym.Parent(${scriptString(id)}, ${scriptString(embedUrl(request))}, { title: ${scriptString(title)} });</script>`;
}
