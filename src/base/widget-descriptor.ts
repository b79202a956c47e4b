import type { EntityList } from '../bundle/bundle-index.js';

/** How an attribute's value is given: a word, a flag (present or absent), a date or a level. */
export type OptionKind = 'text' | 'flag' | 'date' | 'heading-level';

export interface WidgetOption {
  readonly attribute: string;
  readonly kind: OptionKind;
  /** A label for forms, in English (the builder's language). */
  readonly label: string;
}

/**
 * What the rest of the project needs to know about an element, beside its class: each element's
 * folder has one (`<tag>.descriptor.ts`), and the catalog (src/catalog/catalog.ts) lists them.
 * The embed page, the builder, the CLI, the React wrappers, the JSX types, the package exports
 * and the build entries are all derived from the catalog and the Custom Elements Manifest.
 * A descriptor is plain data: importing it loads none of the element's code.
 */
export interface WidgetDescriptor {
  readonly tag: string;
  /** "Actor card": how the builder names the widget. */
  readonly name: string;
  /** The attribute naming the entity shown, and the bundle list it names one of. */
  readonly entity: { readonly attribute: string; readonly list: Exclude<EntityList, 'sources'>; readonly noun: string };
  /** The widget's own options, beyond the entity and the shared attributes. */
  readonly options: readonly WidgetOption[];
}

/** The option every widget with a title offers: its outline level. */
export const HEADING_LEVEL_OPTION: WidgetOption = { attribute: 'heading-level', kind: 'heading-level', label: 'Heading level' };
