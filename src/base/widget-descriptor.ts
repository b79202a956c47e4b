import type { BundleIndex, EntityList } from '../bundle/bundle-index.js';
import type { Locale } from '../controllers/locale.js';

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
 * A descriptor loads none of the element's class or styles: only its words (strings and the
 * fallback line), so the embed page and the builder can read it without the element's code.
 */
export interface WidgetDescriptor {
  readonly tag: string;
  /** "Actor card": how the builder names the widget. */
  readonly name: string;
  /** The attribute naming the entity shown, and the bundle list it names one of. */
  readonly entity: { readonly attribute: string; readonly list: Exclude<EntityList, 'sources'>; readonly noun: string };
  /** The widget's own options, beyond the entity and the shared attributes. */
  readonly options: readonly WidgetOption[];
  /**
   * The one line of fact the builder writes inside the widget's tag (read before the data
   * arrives, and by readers whose browser runs no script), in the words and formatting the
   * widget itself uses. `attributes` are the snippet's: the entity, the options, `lang`.
   */
  readonly fallbackLine: (index: BundleIndex, attributes: ReadonlyMap<string, string>, locale: Locale) => string;
}

/** The option every widget with a title offers: its outline level. */
export const HEADING_LEVEL_OPTION: WidgetOption = { attribute: 'heading-level', kind: 'heading-level', label: 'Heading level' };
