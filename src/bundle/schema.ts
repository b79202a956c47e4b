/**
 * The bundle contract, written once. From this file come the TypeScript types the package
 * exports, the validator the elements run in the browser, and (at build time)
 * `dist/bundle.schema.json`.
 *
 * Every shape says what it expects in words, so that a problem reads as
 * `actors[3].color: expected a hex colour like "#a03c2e", got "blu"`: what was expected, in
 * words an editor knows, and what was found. The shapes are src/bundle/shape.ts.
 */
import {
  DATE_PARTS,
  ISO_DATE_PATTERN,
  PARTIAL_DATE_PATTERN,
  isCalendarDate,
  isDateAtAnyPrecision,
  precisionOf,
  timeOf,
  endOf,
  type DateObject,
} from '../helpers/dates.js';
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
  REFUSED,
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
/**
 * A value of a text map marked as a translation: `"ar": {"text": "…", "translation": true}`
 * says the Arabic was translated (from the article's English, say), so it is never shown as
 * anyone's original words.
 */
const translatedValue = object('a translation like {"text": "…", "translation": true}', {
  text: oneText,
  translation: boolean('true, for text translated from another language (give text in its original words as a plain string)'),
});
const textValue: Shape<string | Infer<typeof translatedValue>> = {
  expected: 'text',
  read: (value, problems) =>
    isPlainObject(value) ? translatedValue.read(value, problems) : oneText.read(value, problems),
  json: { anyOf: [oneText.json, translatedValue.json] },
};
const translations = refine(
  map(languageTag, textValue, LOCALIZED),
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
const localizedText: Shape<string | Record<string, string | Infer<typeof translatedValue>>> = {
  expected: LOCALIZED,
  read: (value, context) =>
    typeof value === 'string'
      ? oneText.read(value, context)
      : isPlainObject(value)
        ? translations.read(value, context)
        : refuse(context, LOCALIZED, value),
  json: { anyOf: [oneText.json, translations.json] },
};

// The date patterns and the calendar check are src/helpers/dates.ts: the CLI and the elements' `date` ask the same.
export { ISO_DATE_PATTERN };
const DATE = 'a date like "2017-11-03" or a date-time like "2017-11-03T18:00:00Z"';
const isoDate = string(DATE, matches(ISO_DATE_PATTERN, DATE), satisfies(isCalendarDate, `${DATE} that exists on the calendar`));

/** The same shape with more JSON Schema: what the validator checks in code, said to editors' tooling too. */
function withJson<T>(shape: Shape<T>, json: Record<string, unknown>): Shape<T> {
  return { ...shape, json: { ...shape.json, ...json } };
}

/** A year, a month, a day or a date-time: a date at the precision the source gives. */
export const DATE_AT_ANY_PRECISION_PATTERN = new RegExp(`${PARTIAL_DATE_PATTERN.source}|${ISO_DATE_PATTERN.source}`);
const SOME_DATE = 'a date like "2017-11-03", a month like "2017-11", a year like "2017", or a date-time like "2017-11-03T18:00:00Z"';
const dateAtAnyPrecision = string(
  SOME_DATE,
  matches(DATE_AT_ANY_PRECISION_PATTERN, SOME_DATE),
  satisfies(isDateAtAnyPrecision, `${SOME_DATE} that exists on the calendar`),
);

const DATE_OBJECT =
  'a date with its precision like {"date": "2017", "part": "late"}, {"date": "2016-06", "approximate": true} or {"from": "2016-06", "to": "2016-08"}';
const dateObjectFields = object(DATE_OBJECT, {
  date: optional(dateAtAnyPrecision),
  part: optional(oneOf(DATE_PARTS)),
  approximate: optional(boolean('true or false')),
  from: optional(dateAtAnyPrecision),
  to: optional(dateAtAnyPrecision),
  /** The words the source uses ("a Sunday in June"), shown as written. */
  text: optional(localizedText),
});

/** What is wrong with a date object whose fields each passed, if anything. */
function dateObjectProblem({ date, part, from, to }: DateObject): string | undefined {
  if (date !== undefined && (from !== undefined || to !== undefined)) return 'give either "date", or "from" and "to" for a range, not both';
  if (date === undefined && (from === undefined || to === undefined)) {
    return from === undefined && to === undefined
      ? 'give "date" (like "2017", with "part": "late" for late 2017), or "from" and "to" for a range'
      : `a range needs both "from" and "to"; for one date, write it as "date"`;
  }
  if (part !== undefined && date === undefined) return '"part" goes with "date", not with a range';
  if (part !== undefined && date !== undefined && precisionOf(date) !== 'year' && precisionOf(date) !== 'month') {
    return `"part" ("early", "mid" or "late") divides a year or a month, and ${JSON.stringify(date)} is not one`;
  }
  if (from !== undefined && to !== undefined && timeOf(from) > endOf(to)) return `the range goes backwards: "from" (${from}) is after "to" (${to})`;
  return undefined;
}

/**
 * A date as the source gives it, everywhere a fact is dated: a day, a month, a year, a
 * date-time, or an object for part of a period, an approximate date or a range. Sorted by when
 * it begins (src/helpers/dates.ts), never padded to a day the source does not have.
 */
const dateValue: Shape<string | Infer<typeof dateObjectFields>> = {
  expected: `${SOME_DATE}; or ${DATE_OBJECT}`,
  read: (value, problems) => {
    if (typeof value === 'string') return dateAtAnyPrecision.read(value, problems);
    if (!isPlainObject(value)) return refuse(problems, `${SOME_DATE}; or ${DATE_OBJECT}`, value);
    const read = dateObjectFields.read(value, problems);
    if (read === REFUSED) return read;
    const problem = dateObjectProblem(read);
    if (problem === undefined) return read;
    problems.push({ keys: [], message: problem });
    return REFUSED;
  },
  json: {
    anyOf: [dateAtAnyPrecision.json, { ...dateObjectFields.json, oneOf: [{ required: ['date'] }, { required: ['from', 'to'] }] }],
  },
  fields: dateObjectFields.fields,
};

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
export const RELATION_TYPES = ['backs', 'backed-by', 'allied-with', 'fights', 'rivals', 'led-by', 'leads', 'part-of', 'includes'] as const;
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
/**
 * A share stated in words where the source gives no figure: "most of the town", "part of it",
 * "all of it except the city" (`all-except`, with the exception in `words`).
 */
export const SHARE_EXTENTS = ['most', 'part', 'all-except'] as const;
/** A figure the source gives as a bound: "less than half", "more than 60%", "at least a third". */
export const SHARE_BOUNDS = ['less-than', 'more-than', 'at-least', 'at-most'] as const;
/** What the rest of a place is; `none` where the shares' words account for the whole of it. */
export const REMAINDER_STATUSES = ['unknown', 'contested', 'none'] as const;
export const QUOTE_KINDS = ['direct', 'paraphrase'] as const;
/**
 * `contested`: fighting or a dispute over the crossing itself (not that its two sides are held
 * by different forces). `restricted` and `partly-open` say what may pass in `passage`.
 */
export const CROSSING_STATUSES = ['open', 'closed', 'restricted', 'partly-open', 'contested', 'unknown'] as const;
/** What a restricted or partly open crossing lets through. */
export const PASSAGE_KINDS = ['people', 'goods', 'official', 'military', 'humanitarian'] as const;
/** What kind of thing happened, for an event that is not a change of control. */
export const EVENT_KINDS = [
  'offensive',
  'capture',
  'withdrawal',
  'closure',
  'reopening',
  'displacement',
  'attack',
  'agreement',
  'statement',
  'other',
] as const;

const metaSchema = object('the bundle description ("meta")', {
  id,
  title: localizedText,
  language: languageTag,
  updated: isoDate,
  credit: optional(localizedText),
  description: optional(localizedText),
  /** True for a made-up topic (examples, tests): the widgets say so. */
  fictional: optional(boolean('true or false')),
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
const attributionFields = object(
  'who says so, like {"actor": "syrian-government"}, {"speaker": {"role": "the army\'s chief of staff"}} or {"group": "independent observers"}',
  {
    actor: optional(id),
    speaker: optional(speakerSchema),
    group: optional(localizedText),
  },
);
/** The JSON Schema says "exactly one of the three" too, so an editor's tooling flags two claimants. */
const attributionSchema = withJson(attributionFields, {
  oneOf: [{ required: ['actor'] }, { required: ['speaker'] }, { required: ['group'] }],
});


const sourceIdList = idList('source');

/**
 * The words of a source that support a fact, exactly as they appear in it ("the army said it
 * had taken the town"), with the id of that source: what a fact-checker signs off on, and what
 * `news-widgets verify` finds in the source's text.
 */
const excerptSchema = object('an excerpt like {"source": "reuters-2017-11-03", "text": "the exact words of the source"}', {
  source: id,
  text: nonEmptyString('the exact words of the source'),
});
const excerpts = optional(list('excerpts', excerptSchema));

/**
 * Text that may age or be attributed: a plain text, or `{"text": …, "asOf": "2017-11-03"}`
 * for a sentence true on a date ("now holds" is shown "as of 3 November 2017", never as the
 * present), with who says so (`attribution`) and its own `sources` where they differ from the
 * entry's. Summaries, notes and goals are statements.
 */
const statementFields = object('text with its date like {"text": "…", "asOf": "2017-11-03"}', {
  text: localizedText,
  asOf: optional(dateValue),
  attribution: optional(attributionSchema),
  sources: optional(sourceIdList),
  excerpts,
});
const statement: Shape<LocalizedTextValue | Infer<typeof statementFields>> = {
  expected: LOCALIZED,
  read: (value, problems) =>
    isPlainObject(value) && Object.hasOwn(value, 'text') ? statementFields.read(value, problems) : localizedText.read(value, problems),
  json: { anyOf: [localizedText.json, statementFields.json] },
  shapeOf: (value) => (isPlainObject(value) && Object.hasOwn(value, 'text') ? statementFields : localizedText),
};
type LocalizedTextValue = Infer<typeof localizedText>;

const sourceSchema = object('a source', {
  id,
  /** The headline or title; mark a translated one as a translation. */
  name: localizedText,
  /** The outlet or agency: "Reuters", "AFP". */
  publisher: optional(localizedText),
  /** The outlet that carried it, for "Reuters via The Daily Example". */
  via: optional(localizedText),
  /** The language the source is written in. */
  language: optional(languageTag),
  url: optional(url),
  /** When it was published: may be approximate, or missing while `covers` is known. */
  published: optional(dateValue),
  /** The period it reports on. */
  covers: optional(dateValue),
  note: optional(statement),
});

const relationSchema = object('a relation like {"type": "backs", "actor": "syrian-government"}', {
  type: oneOf(RELATION_TYPES),
  actor: id,
  since: optional(dateValue),
  until: optional(dateValue),
  note: optional(statement),
  attribution: optional(attributionSchema),
  /**
   * The relation's own sources. A relation without them is cited with the sources of the actor
   * that declares it, as before; `news-widgets migrate` writes those in, so that a source
   * added to one actor later is not cited on another actor's card.
   */
  sources: optional(sourceIdList),
  excerpts,
});

const actorSchema = object('an actor', {
  id,
  name: localizedText,
  shortName: optional(localizedText),
  kind: oneOf(ACTOR_KINDS),
  color: optional(hexColor),
  summary: optional(statement),
  relations: optional(list('relations', relationSchema)),
  goals: optional(list('goals', statement)),
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
  note: optional(statement),
});

/** A count with its own unit, beside a share: "more than 30 of the 52 districts", "80% of the border". */
const countSchema = object('a count like {"value": 30, "of": 52, "unit": "districts", "bound": "more-than"}', {
  value: optional(number('a count, a whole number from 0', 0, Number.MAX_SAFE_INTEGER, true)),
  share: optional(fraction),
  of: optional(number('a total, a whole number from 1', 1, Number.MAX_SAFE_INTEGER, true)),
  unit: localizedText,
  bound: optional(oneOf(SHARE_BOUNDS)),
  approximate: optional(boolean('true or false')),
});

const shareSchema = object('a share like {"actor": "islamic-state", "share": 0.33, "approximate": true}', {
  actor: id,
  share: optional(fraction),
  approximate: optional(boolean('true or false')),
  /** "less than half": `"share": 0.5, "bound": "less-than"`. */
  bound: optional(oneOf(SHARE_BOUNDS)),
  /** A range: `"share": 0.3, "upTo": 0.5` for "between 30% and 50%". */
  upTo: optional(fraction),
  extent: optional(oneOf(SHARE_EXTENTS)),
  /** The source's own words for the share ("less than half", "all of it except the city"), shown as written. */
  words: optional(localizedText),
  counts: optional(list('counts', countSchema)),
  note: optional(statement),
  /** The words of the source for this share ("about a third"), with its source id. */
  excerpts,
  /** Who says this actor holds this share, where that is not the snapshot's own claimant. */
  attribution: optional(attributionSchema),
});

const controlSnapshotSchema = object('a control snapshot', {
  id,
  place: id,
  asOf: dateValue,
  shares: list('shares', shareSchema),
  remainder: optional(oneOf(REMAINDER_STATUSES)),
  note: optional(statement),
  /**
   * Who says this is how control stands. Several snapshots of one place for one date are
   * competing claims when each has a different claimant; none of them is taken for the truth.
   */
  attribution: optional(attributionSchema),
  sources: sourceIds,
  excerpts,
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
  said: optional(dateValue),
  via: optional(localizedText),
  context: optional(statement),
  /** The words translated into other languages (by the newsroom): shown as translations, never as the speaker's own. */
  translations: optional(map(languageTag, oneText, 'translations like {"ar": "…"}')),
  sources: sourceIds,
  /** For a paraphrase, the sentence of the source it paraphrases; a direct quote's excerpt is its own text. */
  excerpts,
});

/** Who holds a side: an actor, `null` for unknown, or `notAtIssue` for a neighbour outside the story. */
const sideHolderFields = {
  controlledBy: optional(nullable(id)),
  /** Held by a state that is not part of the story: said as such, never as "unknown". */
  notAtIssue: optional(boolean('true or false')),
  attribution: optional(attributionSchema),
} as const;

const crossingSideSchema = object('a side of the crossing like {"country": "IQ", "place": "qaim"}', {
  country: countryCode,
  place: optional(id),
  ...sideHolderFields,
  /** When this side's controller was last reported, where it differs from the crossing's. */
  asOf: optional(dateValue),
  note: optional(statement),
  sources: optional(sourceIdList),
  excerpts,
});

const passage = list('what may pass ("people", "goods", "official", "military", "humanitarian")', oneOf(PASSAGE_KINDS));

const crossingChangeSchema = object('a dated change like {"date": "2017-11-03", "note": "…"}', {
  date: dateValue,
  status: optional(oneOf(CROSSING_STATUSES)),
  passage: optional(passage),
  /** Who held each side at that time. */
  sides: optional(
    tuple('who held the two sides then, a list of exactly two', [
      object('who held a side then, like {"controlledBy": "islamic-state"}', sideHolderFields),
      object('who held a side then, like {"controlledBy": "islamic-state"}', sideHolderFields),
    ]),
  ),
  note: statement,
  attribution: optional(attributionSchema),
  sources: optional(sourceIdList),
  excerpts,
});

const crossingSchema = object('a border crossing', {
  id,
  name: localizedText,
  place: optional(id),
  sides: tuple('the two sides of the crossing, a list of exactly two', [crossingSideSchema, crossingSideSchema]),
  status: oneOf(CROSSING_STATUSES),
  /** What may pass a restricted or partly open crossing. */
  passage: optional(passage),
  asOf: dateValue,
  /** Who says the crossing's status is so. */
  attribution: optional(attributionSchema),
  history: optional(list('dated changes', crossingChangeSchema)),
  note: optional(statement),
  sources: sourceIds,
  excerpts,
});

/**
 * Something that happened and is not a share of control: an offensive launched, a crossing
 * closed or reopened, troops fleeing across a border, a statement.
 */
const eventSchema = object('an event like {"id": "…", "date": "2017-11-03", "title": "…", "kind": "capture", "sources": ["…"]}', {
  id,
  date: dateValue,
  title: localizedText,
  summary: optional(statement),
  kind: oneOf(EVENT_KINDS),
  places: optional(idList('place')),
  actors: optional(idList('actor')),
  crossings: optional(idList('crossing')),
  attribution: optional(attributionSchema),
  sources: sourceIds,
  excerpts,
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
    events: optional(list('events', eventSchema)),
  },
);

export type Bundle = Infer<typeof BundleSchema>;
export type LocalizedText = Infer<typeof localizedText>;
/** Text that may carry its date, who says it and its own sources. */
export type Statement = Infer<typeof statement>;
export type DateValue = Infer<typeof dateValue>;
export type Excerpt = Infer<typeof excerptSchema>;
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
export type PassageKind = (typeof PASSAGE_KINDS)[number];
export type ShareBound = (typeof SHARE_BOUNDS)[number];
export type ShareCount = NonNullable<ControlShare['counts']>[number];
export type TopicEvent = NonNullable<Bundle['events']>[number];
export type EventKind = (typeof EVENT_KINDS)[number];
