/**
 * Reads an embed page's URL query into one widget to make: which tag, and which of its
 * documented attributes to set to what. Anything else in the query is ignored and named, so an
 * address cannot put arbitrary attributes (event handlers, styles) on the page.
 */
import { nearMisses } from '../helpers/near-miss.js';
import { attributesOf, flagIsOn, kindOf, widgetByTag, WIDGETS, type WidgetDescription } from '../catalog/catalog.js';

/** What pym.Parent adds to the child's address; not ours to apply, not worth a warning. */
const PYM_PARAMETERS = new Set(['initialWidth', 'childId', 'parentTitle', 'parentUrl']);

export type EmbedRequest =
  | {
      readonly status: 'ok';
      readonly widget: WidgetDescription;
      /** Attribute name → value, in the order the widget documents them; only documented ones. */
      readonly attributes: ReadonlyMap<string, string>;
      /** Query parameters that are not attributes of this widget, and were left out. */
      readonly ignored: readonly string[];
    }
  | { readonly status: 'problem'; readonly message: string };

const TAGS = WIDGETS.map((widget) => widget.tag);
const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join(', ');

export function readEmbedQuery(search: string): EmbedRequest {
  const query = new URLSearchParams(search);
  const tag = query.get('widget')?.trim() ?? '';
  if (!tag) {
    return {
      status: 'problem',
      message: `The address does not say which widget to show. Add widget=… to it: one of ${quoted(TAGS)}.`,
    };
  }
  const widget = widgetByTag(tag);
  if (!widget) {
    const close = nearMisses(tag, TAGS);
    return {
      status: 'problem',
      message: `The address asks for a widget “${tag}”, and there is none by that name${close.length > 0 ? ` (did you mean ${quoted(close)}?)` : ''}. Use one of ${quoted(TAGS)}.`,
    };
  }
  const { attribute: entity, noun } = widget.entity;
  if (!query.get(entity)?.trim()) {
    return {
      status: 'problem',
      message: `The ${widget.tag} widget needs ${entity}=… in the address: the id of the ${noun} to show, from the bundle.`,
    };
  }
  if (!query.get('src')?.trim()) {
    return {
      status: 'problem',
      message: 'The address does not say where the bundle is. Add src=… to it: the bundle’s URL (relative to this page, or absolute).',
    };
  }
  const documented = attributesOf(widget);
  const attributes = new Map<string, string>();
  for (const name of documented) {
    const value = query.get(name);
    if (value === null) continue;
    if (kindOf(widget, name) === 'flag') {
      if (flagIsOn(value)) attributes.set(name, '');
    } else attributes.set(name, value.trim());
  }
  const ignored = [...new Set(query.keys())].filter(
    (name) => name !== 'widget' && !documented.includes(name) && !PYM_PARAMETERS.has(name),
  );
  return { status: 'ok', widget, attributes, ignored };
}
