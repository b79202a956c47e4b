/**
 * What the embed builder says about a bundle's entities, in a chosen language: how each entity
 * is named in the lists, and the one-line fallback a snippet puts inside the widget's tag (read
 * before the data arrives, and by readers whose browser runs no script). Facts come from the
 * bundle only; the words around them and their formatting from the elements' own fallback
 * functions, through the same `Locale` the elements format with.
 */
import type { BundleIndex } from '../bundle/bundle-index.js';
import type { Quote } from '../bundle/schema.js';
import { localeFor, type Locale } from '../controllers/locale.js';
import { closeBidiControls } from '../helpers/bidi.js';
import type { WidgetDescription } from '../catalog/catalog.js';

const shorten = (text: string, length: number): string => (text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`);

/** Who said a quote, as the list names them: the speaker's name, else their role. */
const speakerOf = (quote: Quote, locale: Locale): string => (locale.pick(quote.speaker.name) ?? locale.pick(quote.speaker.role))?.text ?? '';

/** One entity as a list offers it: its name (or its speaker and first words) and its id. */
export interface EntityChoice {
  readonly id: string;
  readonly label: string;
}

/** How the builder names an entity: "Syrian Democratic Forces"; a quote by speaker and first words. */
export function entityName(index: BundleIndex, widget: WidgetDescription, id: string, lang: string): string {
  const locale = localeFor(lang, index.bundle.meta.language);
  switch (widget.entity.list) {
    case 'actors':
      return locale.pick(index.actor(id)?.name)?.text ?? id;
    case 'places':
      return locale.pick(index.place(id)?.name)?.text ?? id;
    case 'crossings':
      return locale.pick(index.crossing(id)?.name)?.text ?? id;
    case 'events':
      return locale.pick(index.event(id)?.title)?.text ?? id;
    case 'quotes': {
      const quote = index.quote(id);
      return quote ? `${speakerOf(quote, locale)}: ${closeBidiControls(shorten(quote.text, 60))}` : id;
    }
  }
}

/** Every entity the widget can show, named, with its id: "Syrian Democratic Forces (sdf)". */
export const entityChoices = (index: BundleIndex, widget: WidgetDescription, lang: string): EntityChoice[] =>
  index.ids(widget.entity.list).map((id) => ({ id, label: `${entityName(index, widget, id, lang)} (${id})` }));

/**
 * One line of fact for the fallback inside a widget's tag, in the words the widget itself
 * uses: the entity's name and what the widget would say first about it. `attributes` are the
 * snippet's (entity, date, compact).
 */
export const fallbackLine = (index: BundleIndex, widget: WidgetDescription, attributes: ReadonlyMap<string, string>, lang: string): string =>
  widget.fallbackLine(index, attributes, localeFor(lang, index.bundle.meta.language));
