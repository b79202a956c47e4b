/**
 * The widgets an embed page, the embed builder and `news-widgets render` can make, and the
 * attributes each one documents. Nothing outside this list is ever set on an element from a URL
 * query, a form or a command line. A Node test checks it against dist/custom-elements.json, so
 * that it cannot drift from the elements' own documentation.
 */
import type { EntityList } from '../bundle/bundle-index.js';

export type WidgetTag = 'actor-card' | 'control-bar' | 'quote-block' | 'border-crossing-status';

/** How an attribute's value is given: a word, a flag (present or absent), a date or a level. */
export type OptionKind = 'text' | 'flag' | 'date' | 'heading-level';

export interface WidgetOption {
  readonly attribute: string;
  readonly kind: OptionKind;
  /** A label for forms, in English (the builder's language). */
  readonly label: string;
}

export interface WidgetDescription {
  readonly tag: WidgetTag;
  /** "Actor card": how the builder names the widget. */
  readonly name: string;
  /** The attribute naming the entity shown, and the bundle list it names one of. */
  readonly entity: { readonly attribute: string; readonly list: Exclude<EntityList, 'sources'>; readonly noun: string };
  /** The widget's own options, beyond the entity and the shared attributes. */
  readonly options: readonly WidgetOption[];
}

/** Attributes every widget documents (NewsWidgetElement), besides its entity and options. */
export const SHARED_ATTRIBUTES = ['src', 'lang', 'dir', 'theme', 'refresh'] as const;

export const THEMES = ['auto', 'light', 'dark'] as const;

const headingLevel: WidgetOption = { attribute: 'heading-level', kind: 'heading-level', label: 'Heading level' };

export const WIDGETS: readonly WidgetDescription[] = [
  {
    tag: 'actor-card',
    name: 'Actor card',
    entity: { attribute: 'actor', list: 'actors', noun: 'actor' },
    options: [{ attribute: 'compact', kind: 'flag', label: 'Compact (an inline chip)' }, headingLevel],
  },
  {
    tag: 'control-bar',
    name: 'Control bar',
    entity: { attribute: 'place', list: 'places', noun: 'place' },
    options: [{ attribute: 'date', kind: 'date', label: 'As of date' }],
  },
  {
    tag: 'quote-block',
    name: 'Quote',
    entity: { attribute: 'quote', list: 'quotes', noun: 'quote' },
    options: [],
  },
  {
    tag: 'border-crossing-status',
    name: 'Border crossing status',
    entity: { attribute: 'crossing', list: 'crossings', noun: 'crossing' },
    options: [headingLevel],
  },
];

export const widgetByTag = (tag: string): WidgetDescription | undefined => WIDGETS.find((widget) => widget.tag === tag);

/** Every attribute the widget documents: shared, entity, then its own options. */
export const attributesOf = (widget: WidgetDescription): readonly string[] => [
  ...SHARED_ATTRIBUTES,
  widget.entity.attribute,
  ...widget.options.map((option) => option.attribute),
];

/** The kind of a widget's attribute; shared and entity attributes are text. */
export const kindOf = (widget: WidgetDescription, attribute: string): OptionKind =>
  widget.options.find((option) => option.attribute === attribute)?.kind ?? 'text';

/**
 * Whether a flag's value turns it on. A URL query or a command line writes flags as words
 * (`compact=true`, `compact=false`); an element reads any presence as on, so "false" must
 * become absence rather than `compact="false"`.
 */
export const flagIsOn = (value: string): boolean => !/^(false|0|no|off)$/i.test(value.trim());
