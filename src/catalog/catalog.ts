/**
 * The catalog: every element of the library, by its descriptor. Adding an element to the
 * library is its folder under src/elements/ and one entry here; the embed page, the builder, the
 * CLI, the React wrappers, the JSX types, the package exports and the build entries follow from
 * this list and the Custom Elements Manifest (`npm run generate` writes the files that cannot
 * read it at run time; a test fails when they are out of date).
 *
 * Nothing outside a widget's documented attributes is ever set on an element from a URL query,
 * a form or a command line. A Node test checks each descriptor against dist/custom-elements.json,
 * so that it cannot drift from the element's own documentation.
 */
import type { OptionKind, WidgetDescriptor } from '../base/widget-descriptor.js';
import { actorCardDescriptor } from '../elements/actor-card/actor-card.descriptor.js';
import { borderCrossingStatusDescriptor } from '../elements/border-crossing-status/border-crossing-status.descriptor.js';
import { controlBarDescriptor } from '../elements/control-bar/control-bar.descriptor.js';
import { quoteBlockDescriptor } from '../elements/quote-block/quote-block.descriptor.js';

export type { OptionKind, WidgetOption } from '../base/widget-descriptor.js';

export const WIDGETS = [
  actorCardDescriptor,
  controlBarDescriptor,
  quoteBlockDescriptor,
  borderCrossingStatusDescriptor,
] as const satisfies readonly WidgetDescriptor[];

/** A widget of the catalog. */
export type WidgetDescription = WidgetDescriptor & { readonly tag: WidgetTag };
export type WidgetTag = (typeof WIDGETS)[number]['tag'];

/** Attributes every widget documents (NewsWidgetElement), besides its entity and options. */
export const SHARED_ATTRIBUTES = ['src', 'lang', 'dir', 'theme', 'refresh'] as const;

export const THEMES = ['auto', 'light', 'dark'] as const;

export const widgetByTag = (tag: string): WidgetDescription | undefined => WIDGETS.find((widget) => widget.tag === tag);

/** Every attribute the widget documents: shared, entity, then its own options. */
export const attributesOf = (widget: WidgetDescriptor): readonly string[] => [
  ...SHARED_ATTRIBUTES,
  widget.entity.attribute,
  ...widget.options.map((option) => option.attribute),
];

/** The kind of a widget's attribute; shared and entity attributes are text. */
export const kindOf = (widget: WidgetDescriptor, attribute: string): OptionKind =>
  widget.options.find((option) => option.attribute === attribute)?.kind ?? 'text';

/**
 * Whether a flag's value turns it on. A URL query or a command line writes flags as words
 * (`compact=true`, `compact=false`); an element reads any presence as on, so "false" must
 * become absence rather than `compact="false"`.
 */
export const flagIsOn = (value: string): boolean => !/^(false|0|no|off)$/i.test(value.trim());
