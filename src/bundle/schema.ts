/**
 * The bundle contract, written once. From this file come the TypeScript types the package
 * exports, the validator the elements run in the browser, and (at build time)
 * `dist/bundle.schema.json`.
 *
 * Every shape says what it expects in words, so that a problem reads as
 * `actors[3].color: expected a hex colour like "#a03c2e", got "blu"`: what was expected, in
 * words an editor knows, and what was found. The shapes are src/bundle/shape.ts.
 */
import { ISO_DATE_PATTERN, isCalendarDate } from '../helpers/dates.js';
import { isPlainObject } from '../helpers/json-value.js';
import {
  boolean,
  list,
  map,
  matches,
  nullable,
  number,
  object,
  oneOf,
  optional,
  refine,
  refuse,
  satisfies,
  string,
  tuple,
  type Infer,
  type Shape,
} from './shape.js';

const nonEmptyString = (what: string) => string(what, matches(/\S/, what));

/** Ids name entities across the bundle and in element attributes (space-separated lists). */
export const ID_PATTERN = /^[A-Za-z0-9][\w.:-]{0,99}$/;
const id = string(
  'an id like "islamic-state"',
  matches(ID_PATTERN, 'an id like "islamic-state": letters, digits, "-", "_", "." or ":", no spaces'),
);
const idList = (what: string) => list(`${what} ids`, id);
const sourceIds = list('source ids', id, 'at least one source id');

/** BCP 47 language tag, e.g. "en", "ar", "pt-BR". */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const languageTag = string('a language tag like "en" or "ar"', matches(LANGUAGE_TAG_PATTERN, 'a language tag like "en" or "ar"'));

const LOCALIZED = 'text (a string, or an object of language tags to strings like {"en": "…", "ar": "…"})';
const oneText = nonEmptyString('text');
const translations = refine(
  map(languageTag, oneText, LOCALIZED),
  (texts) => {
    for (const language in texts) if (Object.hasOwn(texts, language)) return true;
    return false;
  },
  `${LOCALIZED} with at least one language`,
);
/**
 * Text that is either one string or a map of language tag to string. When a map has a bad
 * entry, the entry is named (`meta.title.ar: expected text, got 5`), not the whole field.
 */
const localizedText: Shape<string | Record<string, string>> = {
  expected: LOCALIZED,
  read: (value, context) =>
    typeof value === 'string'
      ? oneText.read(value, context)
      : isPlainObject(value)
        ? translations.read(value, context)
        : refuse(context, LOCALIZED, value),
  json: { anyOf: [oneText.json, translations.json] },
};

// The date pattern and the calendar check are src/helpers/dates.ts: the CLI and the elements' `date` ask the same.
export { ISO_DATE_PATTERN };
const DATE = 'a date like "2017-11-03" or a date-time like "2017-11-03T18:00:00Z"';
const isoDate = string(DATE, matches(ISO_DATE_PATTERN, DATE), satisfies(isCalendarDate, `${DATE} that exists on the calendar`));

/**
 * Links: absolute http(s), or relative to the bundle. Anything with another scheme
 * (javascript:, data:, vbscript:, …), white space or control characters is refused, because
 * browsers drop tabs and newlines from URLs ("java\tscript:" is still javascript:). After the
 * scheme only the host's first character is checked apart: a host pattern that repeats
 * (`[^\s/?#]+`) before the rest took time growing with the square of a long refused link's
 * length (a 1 MB one froze the tab for minutes).
 */
export const SAFE_URL_PATTERN = /^(?:https?:\/\/[^\s/?#\x00-\x1F\x7F]|(?![A-Za-z][\w+.-]*:)(?=\S))[^\s\x00-\x1F\x7F]*$/;
const LINK = 'an http(s) link like "https://example.com/story", or a relative one';
/**
 * Whether a browser can open the link from a web page: one that the pattern lets through but
 * that does not parse ("https://[::1", a port above 65535, a host no IDNA mapping allows) would
 * make the widget fail while rendering its source line.
 */
const opensFromWebPage = (link: string): boolean => {
  try {
    return /^https?:$/.test(new URL(link, 'https://bundle.example/topic.json').protocol);
  } catch {
    return false;
  }
};
const url = string('a link', matches(SAFE_URL_PATTERN, LINK), satisfies(opensFromWebPage, LINK));

const HEX_COLOUR = 'a hex colour like "#a03c2e"';
const hexColor = string(HEX_COLOUR, matches(/^#(?:[0-9a-fA-F]{3}){1,2}$/, HEX_COLOUR));

const COUNTRY_CODE = 'an ISO 3166 country code like "SY" or "IQ"';
const countryCode = string(COUNTRY_CODE, matches(/^[A-Z]{2}$/, COUNTRY_CODE));

const fraction = number('a fraction from 0 to 1, like 0.33 for a third', 0, 1);

export const ACTOR_KINDS = [
  'state',
  'government',
  'military',
  'armed-group',
  'militia',
  'coalition',
  'organization',
  'person',
  'other',
] as const;
export const RELATION_TYPES = ['backs', 'backed-by', 'allied-with', 'fights', 'rivals'] as const;
export const PLACE_KINDS = [
  'country',
  'province',
  'region',
  'district',
  'city',
  'town',
  'village',
  'crossing',
  'river',
  'oil-field',
  'other',
] as const;
/** A share stated in words where the source gives no figure: "most of the town". */
export const SHARE_EXTENTS = ['most', 'part'] as const;
export const REMAINDER_STATUSES = ['unknown', 'contested'] as const;
export const QUOTE_KINDS = ['direct', 'paraphrase'] as const;
export const CROSSING_STATUSES = ['open', 'closed', 'contested', 'unknown'] as const;

const metaSchema = object('the bundle description ("meta")', {
  id,
  title: localizedText,
  language: languageTag,
  updated: isoDate,
  credit: optional(localizedText),
  description: optional(localizedText),
});

const sourceSchema = object('a source', {
  id,
  name: localizedText,
  publisher: optional(localizedText),
  url: optional(url),
  published: optional(isoDate),
  note: optional(localizedText),
});

const relationSchema = object('a relation like {"type": "backs", "actor": "syrian-government"}', {
  type: oneOf(RELATION_TYPES),
  actor: id,
  note: optional(localizedText),
  sources: optional(idList('source')),
});

const actorSchema = object('an actor', {
  id,
  name: localizedText,
  shortName: optional(localizedText),
  kind: oneOf(ACTOR_KINDS),
  color: optional(hexColor),
  summary: optional(localizedText),
  relations: optional(list('relations', relationSchema)),
  goals: optional(list('goals', localizedText)),
  sources: sourceIds,
});

const placeSchema = object('a place', {
  id,
  name: localizedText,
  kind: oneOf(PLACE_KINDS),
  country: optional(countryCode),
  coordinates: optional(
    object('coordinates like {"lat": 35.33, "lon": 40.14}', {
      lat: number('a latitude from -90 to 90', -90, 90),
      lon: number('a longitude from -180 to 180', -180, 180),
    }),
  ),
  parent: optional(id),
  note: optional(localizedText),
});

const speakerSchema = object('a speaker with at least a name or a role', {
  name: optional(localizedText),
  role: optional(localizedText),
  age: optional(
    number('an age in whole years', 0, 150, true),
  ),
  actor: optional(id),
});

/**
 * Who states a fact that the source attributes: an actor of the bundle, a named speaker (as a
 * quote names one) or a group described in words ("independent observers"). Exactly one of the
 * three. A fact without an attribution is stated by its sources in their own voice.
 */
const attributionSchema = object(
  'who says so, like {"actor": "syrian-government"}, {"speaker": {"role": "the army\'s chief of staff"}} or {"group": "independent observers"}',
  {
    actor: optional(id),
    speaker: optional(speakerSchema),
    group: optional(localizedText),
  },
);

const shareSchema = object('a share like {"actor": "islamic-state", "share": 0.33, "approximate": true}', {
  actor: id,
  share: optional(fraction),
  approximate: optional(boolean('true or false')),
  extent: optional(oneOf(SHARE_EXTENTS)),
  note: optional(localizedText),
  /** Who says this actor holds this share, where that is not the snapshot's own claimant. */
  attribution: optional(attributionSchema),
});

const controlSnapshotSchema = object('a control snapshot', {
  id,
  place: id,
  asOf: isoDate,
  shares: list('shares', shareSchema),
  remainder: optional(oneOf(REMAINDER_STATUSES)),
  note: optional(localizedText),
  /**
   * Who says this is how control stands. Several snapshots of one place for one date are
   * competing claims when each has a different claimant; none of them is taken for the truth.
   */
  attribution: optional(attributionSchema),
  sources: sourceIds,
});

const quoteSchema = object('a quote', {
  id,
  text: nonEmptyString('the quoted or reported words'),
  language: languageTag,
  original: optional(
    object('the original words like {"text": "…", "language": "fa"}', {
      text: nonEmptyString('the original words'),
      language: languageTag,
    }),
  ),
  kind: oneOf(QUOTE_KINDS),
  speaker: speakerSchema,
  said: optional(isoDate),
  via: optional(localizedText),
  context: optional(localizedText),
  sources: sourceIds,
});

const crossingSideSchema = object('a side of the crossing like {"country": "IQ", "place": "qaim"}', {
  country: countryCode,
  place: optional(id),
  controlledBy: optional(nullable(id)),
});

const crossingChangeSchema = object('a dated change like {"date": "2017-11-03", "note": "…"}', {
  date: isoDate,
  status: optional(oneOf(CROSSING_STATUSES)),
  note: localizedText,
  sources: optional(idList('source')),
});

const crossingSchema = object('a border crossing', {
  id,
  name: localizedText,
  place: optional(id),
  sides: tuple('the two sides of the crossing, a list of exactly two', [crossingSideSchema, crossingSideSchema]),
  status: oneOf(CROSSING_STATUSES),
  asOf: isoDate,
  history: optional(list('dated changes', crossingChangeSchema)),
  note: optional(localizedText),
  sources: sourceIds,
});

/** The whole bundle: one running news topic. */
export const BundleSchema = object(
  'a bundle: an object with "meta", "sources", "actors", "places", "control", "quotes" and "crossings"',
  {
    $schema: optional(string('the URL of bundle.schema.json')),
    meta: metaSchema,
    sources: list('sources', sourceSchema),
    actors: list('actors', actorSchema),
    places: list('places', placeSchema),
    control: list('control snapshots', controlSnapshotSchema),
    quotes: list('quotes', quoteSchema),
    crossings: list('border crossings', crossingSchema),
  },
);

export type Bundle = Infer<typeof BundleSchema>;
export type LocalizedText = Infer<typeof localizedText>;
export type BundleMeta = Bundle['meta'];
export type Source = Bundle['sources'][number];
export type Actor = Bundle['actors'][number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Relation = NonNullable<Actor['relations']>[number];
export type RelationType = (typeof RELATION_TYPES)[number];
export type Place = Bundle['places'][number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type ControlSnapshot = Bundle['control'][number];
export type ControlShare = ControlSnapshot['shares'][number];
export type Quote = Bundle['quotes'][number];
export type Speaker = Quote['speaker'];
export type Attribution = NonNullable<ControlSnapshot['attribution']>;
export type Crossing = Bundle['crossings'][number];
export type CrossingSide = Crossing['sides'][number];
export type CrossingChange = NonNullable<Crossing['history']>[number];
export type CrossingStatus = (typeof CROSSING_STATUSES)[number];
