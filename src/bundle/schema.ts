/**
 * The bundle contract, written once. From this file come the TypeScript types the package
 * exports, the runtime validator the elements run in the browser, and (at build time)
 * `dist/bundle.schema.json`.
 *
 * Every schema carries a message function so that a problem reads as
 * `actors[3].color: expected a hex colour like "#a03c2e", got "blu"`: what was expected, in
 * words an editor knows, and what was found.
 */
import * as v from 'valibot';
import { describeValue, isPlainObject } from './json-value.js';

/** Builds the message function of a schema: "expected …, got …". */
const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `expected ${what}, got ${describeValue(issue.input)}`;

/**
 * An object schema whose messages name a missing field by what it should hold. valibot's
 * `object` takes a list for an object and reports its fields missing; the message then says a
 * list was found, and validate.ts reports it once, at the list. (A custom check in front, in a
 * pipe, says so directly but doubles the time validation takes: only an object whose fields
 * are all optional, which a list would pass, gets one.)
 */
const record = <const TEntries extends v.ObjectEntries>(what: string, entries: TEntries) => {
  const object = objectOf(what, entries);
  const hasRequired = Object.values(entries).some((entry) => entry.type !== 'optional');
  return hasRequired ? object : v.pipe(v.custom<Record<string, unknown>>(isPlainObject, expected(what)), object);
};

const objectOf = <const TEntries extends v.ObjectEntries>(what: string, entries: TEntries) =>
  v.object(entries, (issue) => {
    const item = issue.path?.[issue.path.length - 1];
    if (item?.origin !== 'key') return expected(what)(issue);
    if (Array.isArray(item.input)) return expected(what)({ ...issue, input: item.input });
    const entry = typeof item.key === 'string' ? entries[item.key] : undefined;
    const message: unknown = entry && 'message' in entry ? entry.message : undefined;
    return typeof message === 'function'
      ? (message as (missing: v.BaseIssue<unknown>) => string)({ ...issue, input: undefined, path: undefined })
      : `expected ${what}`;
  });

const list = <const TItem extends v.GenericSchema>(what: string, item: TItem) =>
  v.array(item, expected(`a list of ${what}`));

const nonEmptyString = (what: string) =>
  v.pipe(v.string(expected(what)), v.regex(/\S/, expected(what)));

/** Ids name entities across the bundle and in element attributes (space-separated lists). */
export const ID_PATTERN = /^[A-Za-z0-9][\w.:-]{0,99}$/;
const id = v.pipe(
  v.string(expected('an id like "islamic-state"')),
  v.regex(ID_PATTERN, expected('an id like "islamic-state": letters, digits, "-", "_", "." or ":", no spaces')),
);
const idList = (what: string) => list(`${what} ids`, id);
const sourceIds = v.pipe(idList('source'), v.minLength(1, expected('at least one source id')));

/** BCP 47 language tag, e.g. "en", "ar", "pt-BR". */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const languageTag = v.pipe(
  v.string(expected('a language tag like "en" or "ar"')),
  v.regex(LANGUAGE_TAG_PATTERN, expected('a language tag like "en" or "ar"')),
);

const LOCALIZED = 'text (a string, or an object of language tags to strings like {"en": "…", "ar": "…"})';
/** Text that is either one string or a map of language tag to string. */
const localizedText = v.union(
  [
    nonEmptyString('text'),
    v.pipe(
      v.record(languageTag, nonEmptyString('text'), expected(LOCALIZED)),
      v.check((map) => Object.keys(map).length > 0, expected(`${LOCALIZED} with at least one language`)),
    ),
  ],
  expected(LOCALIZED),
);

/** ISO 8601: a calendar date, or a date-time with a time zone. */
export const ISO_DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;
const isRealCalendarDate = (text: string): boolean => {
  const [, year, month, day] = ISO_DATE_PATTERN.exec(text) ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
};
const DATE = 'a date like "2017-11-03" or a date-time like "2017-11-03T18:00:00Z"';
const isoDate = v.pipe(
  v.string(expected(DATE)),
  v.regex(ISO_DATE_PATTERN, expected(DATE)),
  v.check(isRealCalendarDate, expected(`${DATE} that exists on the calendar`)),
);

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
const url = v.pipe(
  v.string(expected('a link')),
  v.regex(SAFE_URL_PATTERN, expected(LINK)),
  v.check(opensFromWebPage, expected(LINK)),
);

const hexColor = v.pipe(
  v.string(expected('a hex colour like "#a03c2e"')),
  v.regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, expected('a hex colour like "#a03c2e"')),
);

const countryCode = v.pipe(
  v.string(expected('an ISO 3166 country code like "SY" or "IQ"')),
  v.regex(/^[A-Z]{2}$/, expected('an ISO 3166 country code like "SY" or "IQ"')),
);

const oneOf = <const TOptions extends readonly string[]>(options: TOptions) =>
  v.picklist(options, expected(`one of ${options.map((option) => `"${option}"`).join(', ')}`));

const fraction = v.pipe(
  v.number(expected('a fraction from 0 to 1, like 0.33 for a third')),
  v.finite(expected('a fraction from 0 to 1, like 0.33 for a third')),
  v.minValue(0, expected('a fraction from 0 to 1, like 0.33 for a third')),
  v.maxValue(1, expected('a fraction from 0 to 1, like 0.33 for a third')),
);

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

const metaSchema = record('the bundle description ("meta")', {
  id,
  title: localizedText,
  language: languageTag,
  updated: isoDate,
  credit: v.optional(localizedText),
  description: v.optional(localizedText),
});

const sourceSchema = record('a source', {
  id,
  name: localizedText,
  publisher: v.optional(localizedText),
  url: v.optional(url),
  published: v.optional(isoDate),
  note: v.optional(localizedText),
});

const relationSchema = record('a relation like {"type": "backs", "actor": "syrian-government"}', {
  type: oneOf(RELATION_TYPES),
  actor: id,
  note: v.optional(localizedText),
  sources: v.optional(idList('source')),
});

const actorSchema = record('an actor', {
  id,
  name: localizedText,
  shortName: v.optional(localizedText),
  kind: oneOf(ACTOR_KINDS),
  color: v.optional(hexColor),
  summary: v.optional(localizedText),
  relations: v.optional(list('relations', relationSchema)),
  goals: v.optional(list('goals', localizedText)),
  sources: sourceIds,
});

const placeSchema = record('a place', {
  id,
  name: localizedText,
  kind: oneOf(PLACE_KINDS),
  country: v.optional(countryCode),
  coordinates: v.optional(
    record('coordinates like {"lat": 35.33, "lon": 40.14}', {
      lat: v.pipe(
        v.number(expected('a latitude from -90 to 90')),
        v.minValue(-90, expected('a latitude from -90 to 90')),
        v.maxValue(90, expected('a latitude from -90 to 90')),
      ),
      lon: v.pipe(
        v.number(expected('a longitude from -180 to 180')),
        v.minValue(-180, expected('a longitude from -180 to 180')),
        v.maxValue(180, expected('a longitude from -180 to 180')),
      ),
    }),
  ),
  parent: v.optional(id),
  note: v.optional(localizedText),
});

const shareSchema = record('a share like {"actor": "islamic-state", "share": 0.33, "approximate": true}', {
  actor: id,
  share: v.optional(fraction),
  approximate: v.optional(v.boolean(expected('true or false'))),
  extent: v.optional(oneOf(SHARE_EXTENTS)),
  note: v.optional(localizedText),
});

const controlSnapshotSchema = record('a control snapshot', {
  id,
  place: id,
  asOf: isoDate,
  shares: list('shares', shareSchema),
  remainder: v.optional(oneOf(REMAINDER_STATUSES)),
  note: v.optional(localizedText),
  sources: sourceIds,
});

const speakerSchema = record('a speaker with at least a name or a role', {
  name: v.optional(localizedText),
  role: v.optional(localizedText),
  age: v.optional(
    v.pipe(
      v.number(expected('an age in whole years')),
      v.integer(expected('an age in whole years')),
      v.minValue(0, expected('an age in whole years')),
      v.maxValue(150, expected('an age in whole years')),
    ),
  ),
  actor: v.optional(id),
});

const quoteSchema = record('a quote', {
  id,
  text: nonEmptyString('the quoted or reported words'),
  language: languageTag,
  original: v.optional(
    record('the original words like {"text": "…", "language": "fa"}', {
      text: nonEmptyString('the original words'),
      language: languageTag,
    }),
  ),
  kind: oneOf(QUOTE_KINDS),
  speaker: speakerSchema,
  said: v.optional(isoDate),
  via: v.optional(localizedText),
  context: v.optional(localizedText),
  sources: sourceIds,
});

const crossingSideSchema = record('a side of the crossing like {"country": "IQ", "place": "qaim"}', {
  country: countryCode,
  place: v.optional(id),
  controlledBy: v.optional(v.nullable(id)),
});

const crossingChangeSchema = record('a dated change like {"date": "2017-11-03", "note": "…"}', {
  date: isoDate,
  status: v.optional(oneOf(CROSSING_STATUSES)),
  note: localizedText,
  sources: v.optional(idList('source')),
});

const crossingSchema = record('a border crossing', {
  id,
  name: localizedText,
  place: v.optional(id),
  sides: v.tuple(
    [crossingSideSchema, crossingSideSchema],
    expected('the two sides of the crossing, a list of exactly two'),
  ),
  status: oneOf(CROSSING_STATUSES),
  asOf: isoDate,
  history: v.optional(list('dated changes', crossingChangeSchema)),
  note: v.optional(localizedText),
  sources: sourceIds,
});

/** The whole bundle: one running news topic. */
export const BundleSchema = record(
  'a bundle: an object with "meta", "sources", "actors", "places", "control", "quotes" and "crossings"',
  {
    $schema: v.optional(v.string(expected('the URL of bundle.schema.json'))),
    meta: metaSchema,
    sources: list('sources', sourceSchema),
    actors: list('actors', actorSchema),
    places: list('places', placeSchema),
    control: list('control snapshots', controlSnapshotSchema),
    quotes: list('quotes', quoteSchema),
    crossings: list('border crossings', crossingSchema),
  },
);

export type Bundle = v.InferOutput<typeof BundleSchema>;
export type LocalizedText = v.InferOutput<typeof localizedText>;
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
export type Crossing = Bundle['crossings'][number];
export type CrossingSide = Crossing['sides'][number];
export type CrossingChange = NonNullable<Crossing['history']>[number];
export type CrossingStatus = (typeof CROSSING_STATUSES)[number];
