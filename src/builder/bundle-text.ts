/**
 * What the embed builder says about a bundle's entities, in a chosen language: how each entity
 * is named in the lists, and the one-line fallback a snippet puts inside the widget's tag (read
 * before the data arrives, and by readers whose browser runs no script). Facts come from the
 * bundle only; words around them from the elements' own string tables.
 */
import type { BundleIndex } from '../bundle/bundle-index.js';
import type { LocalizedText, Quote } from '../bundle/schema.js';
import type { StringTable } from '../controllers/locale-controller.js';
import { actorCardStrings } from '../elements/actor-card/actor-card.strings.js';
import { borderCrossingStatusStrings } from '../elements/border-crossing-status/border-crossing-status.strings.js';
import { quoteBlockStrings } from '../elements/quote-block/quote-block.strings.js';
import { quoteMarks } from '../elements/quote-block/quote-marks.js';
import { ar } from '../i18n/ar.js';
import { en, type SharedStrings } from '../i18n/en.js';
import type { WidgetDescription } from '../catalog/widget-catalog.js';

const SHARED: StringTable<SharedStrings> = { en, ar };

/** The entry of a string table for a language, as the elements choose it. */
const stringsFor = <T>(table: StringTable<T>, lang: string): T => table[lang] ?? table[lang.split('-')[0]] ?? table.en;

/** Bundle text in the language, else the bundle's language, else whichever it has. */
function pick(text: LocalizedText | undefined, lang: string, bundleLanguage: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[lang] ?? text[lang.split('-')[0]] ?? text[bundleLanguage] ?? Object.values(text)[0];
}

/** The first sentence of a text (up to its first full stop followed by a space), or all of it. */
const firstSentence = (text: string): string => /^.+?[.!?。؟](?=\s|$)/u.exec(text)?.[0] ?? text;

const shorten = (text: string, length: number): string => (text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`);

const speakerOf = (quote: Quote, lang: string, bundleLanguage: string): string =>
  pick(quote.speaker.name, lang, bundleLanguage) ?? pick(quote.speaker.role, lang, bundleLanguage) ?? '';

/** One entity as a list offers it: its name (or its speaker and first words) and its id. */
export interface EntityChoice {
  readonly id: string;
  readonly label: string;
}

/** How the builder names an entity: "Syrian Democratic Forces"; a quote by speaker and first words. */
export function entityName(index: BundleIndex, widget: WidgetDescription, id: string, lang: string): string {
  const bundleLanguage = index.bundle.meta.language;
  switch (widget.entity.list) {
    case 'actors':
      return pick(index.actor(id)?.name, lang, bundleLanguage) ?? id;
    case 'places':
      return pick(index.place(id)?.name, lang, bundleLanguage) ?? id;
    case 'crossings':
      return pick(index.crossing(id)?.name, lang, bundleLanguage) ?? id;
    case 'quotes': {
      const quote = index.quote(id);
      return quote ? `${speakerOf(quote, lang, bundleLanguage)}: ${shorten(quote.text, 60)}` : id;
    }
  }
}

/** Every entity the widget can show, named, with its id: "Syrian Democratic Forces (sdf)". */
export const entityChoices = (index: BundleIndex, widget: WidgetDescription, lang: string): EntityChoice[] =>
  index.ids(widget.entity.list).map((id) => ({ id, label: `${entityName(index, widget, id, lang)} (${id})` }));

/** "3 November 2017", as the widgets write a date. */
const longDate = (iso: string, lang: string): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(iso));

/**
 * One line of fact for the fallback inside a widget's tag: the entity's name and what the
 * widget would say first about it. `attributes` are the snippet's (entity, date, compact).
 */
export function fallbackLine(index: BundleIndex, widget: WidgetDescription, attributes: ReadonlyMap<string, string>, lang: string): string {
  const bundleLanguage = index.bundle.meta.language;
  const text = (value: LocalizedText | undefined) => pick(value, lang, bundleLanguage);
  const shared = stringsFor(SHARED, lang);
  const entity = attributes.get(widget.entity.attribute) ?? '';
  switch (widget.tag) {
    case 'actor-card': {
      const actor = index.actor(entity);
      if (!actor) return '';
      const name = text(actor.name) ?? actor.id;
      if (attributes.has('compact')) return text(actor.shortName) ?? name;
      const summary = text(actor.summary);
      return summary ? `${name}: ${firstSentence(summary)}` : `${name} (${stringsFor(actorCardStrings, lang).kinds[actor.kind]})`;
    }
    case 'control-bar': {
      const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
      const extents = stringsFor(actorCardStrings, lang).extents;
      return entity
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => {
          const placeName = text(index.place(id)?.name) ?? id;
          const snapshot = index.controlSnapshotAt(id, attributes.get('date'));
          if (!snapshot) return `${placeName}.`;
          const shares = snapshot.shares.map(({ actor, share, approximate, extent }) => {
            const who = text(index.actor(actor)?.name) ?? actor;
            if (share === undefined) return `${who}: ${extents[extent ?? 'part']}`;
            const figure = percent.format(share);
            return `${who}: ${approximate ? shared.approximately(figure) : figure}`;
          });
          return `${placeName}: ${shares.join(', ')} (${shared.asOf} ${longDate(snapshot.asOf, lang)}).`;
        })
        .join(' ');
    }
    case 'quote-block': {
      const quote = index.quote(entity);
      if (!quote) return '';
      const speaker = speakerOf(quote, lang, bundleLanguage);
      if (quote.kind === 'paraphrase') return `${speaker} (${stringsFor(quoteBlockStrings, lang).paraphrase}): ${quote.text}`;
      const [open, close] = quoteMarks(quote.language);
      return speaker ? `${open}${quote.text}${close} — ${speaker}` : `${open}${quote.text}${close}`;
    }
    case 'border-crossing-status': {
      const crossing = index.crossing(entity);
      if (!crossing) return '';
      const status = stringsFor(borderCrossingStatusStrings, lang).status[crossing.status];
      return `${text(crossing.name) ?? crossing.id}: ${status} (${shared.asOf} ${longDate(crossing.asOf, lang)}).`;
    }
  }
}
