/**
 * fast-check arbitraries for bundles: valid bundles built from the schema's shape (every
 * reference resolving, shares that fit, dates in order, facts attributed to a claimant and
 * competing claims for one place and date, and every construct of "who says so": dates at any
 * precision and date objects, statements with their as-of, translated text, bounds, ranges,
 * words and counts in shares, restricted crossings and sides not at issue, events), hostile
 * strings, bad date values, and mutations of a bundle (fields deleted, wrong types, dangling
 * and duplicate ids, huge and empty strings, deep nesting, `__proto__` / `constructor` /
 * `prototype` keys).
 */
import fc from 'fast-check';
import {
  ACTOR_KINDS,
  CROSSING_STATUSES,
  EVENT_KINDS,
  PASSAGE_KINDS,
  PLACE_KINDS,
  QUOTE_KINDS,
  RELATION_TYPES,
  SHARE_BOUNDS,
} from '../../src/bundle/schema.js';
import { DATE_PARTS, momentKey, timeOf, type DateValue } from '../../src/helpers/dates.js';

type Json = Record<string, unknown>;

/** Strings that try to become markup, script, template code, or to reorder the text around them. */
export const HOSTILE_STRINGS = [
  '<script>window.__nwInjected = (window.__nwInjected || 0) + 1</script>',
  '<img src="data:," onerror="window.__nwInjected = (window.__nwInjected || 0) + 1">',
  '<svg onload="window.__nwInjected = (window.__nwInjected || 0) + 1"></svg>',
  '"><iframe srcdoc="<script>parent.__nwInjected = (parent.__nwInjected || 0) + 1</script>"></iframe>',
  '${window.__nwInjected = (window.__nwInjected || 0) + 1}',
  '{{constructor.constructor("window.__nwInjected = (window.__nwInjected || 0) + 1")()}}',
  '</bdi></p><b>bold</b><!--',
  '<style>*{display:none!important}</style>',
  '&lt;b&gt;entity&lt;/b&gt; &amp; &#x3C;',
  '\u202Eevil\u202C text \u2066isolate\u2069 \u200Fmark',
  '\u0000\u0007\u001B[31m control',
  '🏳️‍🌈 e\u0301 \uFEFF zero\u200Bwidth',
] as const;

/** Strings of these characters (fast-check's `stringMatching` is slow enough to matter here). */
const stringOf = (characters: string, minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...characters), minLength, maxLength });
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

const id = fc.tuple(stringOf(LOWER + DIGITS, 1, 1), stringOf(`${LOWER}${DIGITS}._:-`, 0, 15)).map(([first, rest]) => first + rest);
const ids = (min: number, max: number) => fc.uniqueArray(id, { minLength: min, maxLength: max });

/** Text an editor might write, in any script, and now and then a hostile one. */
const plainText = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  )
  .filter((text) => /\S/.test(text));

const languageTag = fc.oneof(
  fc.constantFrom('en', 'ar', 'fr', 'fa', 'ku', 'he', 'de-CH', 'pt-BR', 'zh-Hant', 'sr-Latn-RS'),
  fc
    .tuple(stringOf(LOWER + LOWER.toUpperCase(), 2, 3), fc.array(stringOf(LOWER + DIGITS + LOWER.toUpperCase(), 1, 8), { maxLength: 2 }))
    .map(([primary, subtags]) => [primary, ...subtags].join('-')),
);

/** A value of a text map: the text, or the text marked as a translation (`{"text": …, "translation": true}`). */
const textValue = fc.oneof({ weight: 3, arbitrary: plainText }, { weight: 1, arbitrary: fc.record({ text: plainText, translation: fc.boolean() }) });
const localizedText = fc.oneof(plainText, fc.dictionary(languageTag, textValue, { minKeys: 1, maxKeys: 3 }));

const DAY_MS = 86_400_000;
const day = fc.integer({ min: -25_000, max: 40_000 });
const dateOnly = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);
/** A date as the bundle format allows it: a calendar date, or a date-time in UTC or with an offset. */
const isoDate = fc
  .tuple(day, fc.integer({ min: 0, max: DAY_MS - 1 }), fc.constantFrom('date', 'Z', '+03:00', '-05:30'))
  .map(([days, time, form]) => {
    if (form === 'date') return dateOnly(days);
    const iso = new Date(days * DAY_MS + time).toISOString();
    return form === 'Z' ? iso : `${iso.slice(0, 19)}${form}`;
  });

/** The year, month and day of a day number, and the part ("early", "mid", "late") of its year and of its month. */
function calendarOf(days: number) {
  const date = new Date(days * DAY_MS);
  const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  return {
    year: String(year).padStart(4, '0'),
    month: `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`,
    day: dateOnly(days),
    partOfYear: DATE_PARTS[Math.floor(month / 4)],
    partOfMonth: DATE_PARTS[Math.min(2, Math.floor((dayOfMonth - 1) / 10))],
  };
}

/**
 * A date value whose span holds the given day, as the source may give it: the day, a date-time
 * on it, its month, its year, the part of the year or month it falls in, approximate, a range
 * around it, with the source's own words (`text`) now and then. Never a day the source would
 * not have: the precision is the source's.
 */
const dateValueOn = (days: number): fc.Arbitrary<DateValue> => {
  const { year, month, day: oneDay, partOfYear, partOfMonth } = calendarOf(days);
  const words = optional(localizedText);
  const approximate = optional(fc.boolean());
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(oneDay, month, year) },
    fc.integer({ min: 0, max: DAY_MS - 1 }).map((time) => new Date(days * DAY_MS + time).toISOString()),
    fc.record({ date: fc.constantFrom(oneDay, month, year), approximate, text: words }).map(compact),
    fc.record({ part: fc.constantFrom('year', 'month'), approximate, text: words }).map(({ part, ...rest }) =>
      compact({ date: part === 'year' ? year : month, part: part === 'year' ? partOfYear : partOfMonth, ...rest }),
    ),
    fc
      .record({ before: fc.integer({ min: 0, max: 400 }), after: fc.integer({ min: 0, max: 400 }), coarse: fc.boolean(), approximate, text: words })
      .map(({ before, after, coarse, ...rest }) => {
        const [from, to] = [calendarOf(days - before), calendarOf(days + after)];
        return compact({ from: coarse ? from.month : from.day, to: coarse ? to.month : to.day, ...rest });
      }),
  );
};

/** Any date value a bundle may carry. */
const dateValue = day.chain(dateValueOn);

/** Date values that the format refuses, each for its own reason, and some that are not dates at all. */
export const BAD_DATE_VALUES: readonly unknown[] = [
  '',
  ' ',
  '17',
  '2017-1',
  '2017-13',
  '2017-00',
  '2017-02-30',
  '2017-11-03T25:00:00Z',
  '2017-11-03T10:00',
  'late 2017',
  'November 2017',
  '<script>window.__nwInjected = 1</script>',
  2017,
  1509667200000,
  true,
  null,
  [],
  ['2017'],
  {},
  { date: '' },
  { date: 2017 },
  { date: '2017', from: '2016', to: '2017' },
  { from: '2017' },
  { to: '2017' },
  { part: 'late' },
  { date: '2017-11-03', part: 'late' },
  { date: '2017', part: 'autumn' },
  { date: '2017', approximate: 'yes' },
  { date: '2017', text: '' },
  { date: '2017', text: {} },
  { date: '2017', text: 5 },
  { from: '2018', to: '2017' },
  { from: '2017-06', to: '2017-05-31' },
  { from: '2017-06', to: '2017-08', part: 'mid' },
  { date: '2017-02-29' },
  { date: { date: '2017' } },
  { date: '<img src="data:," onerror="window.__nwInjected = 1">' },
];
const link = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.tuple(stringOf(LOWER + DIGITS, 1, 1), stringOf(`${LOWER}${DIGITS}/._-`, 0, 30)).map(([first, rest]) => first + rest),
);

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Drops the keys whose value is undefined, as a JSON bundle would not have them. */
const compact = (object: Json): Json => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

const someOf = (list: readonly string[], min = 0) => fc.subarray([...list], { minLength: Math.min(min, list.length) });

/**
 * Who says so: an actor of the bundle, a speaker (a name, a role or both, perhaps an actor's)
 * or a group described in words; exactly one of the three.
 */
const attributionOf = (actorIds: readonly string[]): fc.Arbitrary<Json> =>
  fc.oneof(
    fc.record({ actor: fc.constantFrom(...actorIds) }),
    fc
      .record({ name: optional(localizedText), role: optional(localizedText), actor: optional(fc.constantFrom(...actorIds)) })
      .map((speaker) => ({ speaker: compact({ ...speaker, name: speaker.name ?? (speaker.role === undefined ? 'A spokesman' : undefined) }) })),
    fc.record({ group: localizedText }),
  );

/** A count with its unit beside a share: "more than 30 of the 52 districts", "80% of the border". */
const count = fc.oneof(
  fc
    .record({ value: fc.nat(1000), extra: fc.nat(1000), withTotal: fc.boolean(), unit: localizedText, bound: optional(fc.constantFrom(...SHARE_BOUNDS)), approximate: optional(fc.boolean()) })
    .map(({ value, extra, withTotal, ...rest }) => compact({ value, of: withTotal ? Math.max(1, value + extra) : undefined, ...rest })),
  fc
    .record({ share: fc.integer({ min: 0, max: 100 }).map((n) => n / 100), unit: localizedText, bound: optional(fc.constantFrom(...SHARE_BOUNDS)), approximate: optional(fc.boolean()) })
    .map(compact),
);

/**
 * Shares that fit in one place, as the validator counts them: a figure exact, approximate,
 * bounded ("less than half" counts as nothing towards the whole, "more than half" as a half) or
 * a range (counted from its lower end); words only ("most", "part", "all of it except …") where
 * there is room; the source's words and counts beside any of them. With what the rest of the
 * place may be said to be: nothing to say when the figures fill it, "none" only where bounds or
 * words leave it open.
 */
function sharesFor(actorIds: readonly string[], sourceIds: readonly string[]) {
  return fc
    .subarray([...actorIds], { minLength: 0 })
    .chain((actors) =>
      fc.tuple(
        ...actors.map((actor) =>
          fc.record({
            actor: fc.constant(actor),
            figure: fc.boolean(),
            twentieths: fc.integer({ min: 0, max: 20 }),
            form: fc.constantFrom('exact', 'approximate', 'bound', 'range'),
            bound: fc.constantFrom(...SHARE_BOUNDS),
            upBy: fc.integer({ min: 1, max: 20 }),
            extent: fc.constantFrom('most', 'part', 'all-except'),
            words: optional(localizedText),
            counts: optional(fc.array(count, { minLength: 1, maxLength: 2 })),
            note: optional(statementOf(actorIds)),
            excerpts: excerptsFrom(sourceIds),
            attribution: fc.option(attributionOf(actorIds), { nil: undefined, freq: 4 }),
          }),
        ),
      ),
    )
    .map((raw) => {
      // Figures are twentieths, so that they add up exactly; never more than the whole.
      let counted = 0;
      let open = false;
      const drafts = raw.map((share) => {
        if (!share.figure) return { ...share, twentieths: undefined };
        const twentieths = Math.min(share.twentieths, 20 - counted);
        const notCounted = share.form === 'bound' && (share.bound === 'less-than' || share.bound === 'at-most');
        if (!notCounted) counted += twentieths;
        if (share.form === 'bound' || (share.form === 'range' && twentieths < 20)) open = true;
        return { ...share, twentieths };
      });
      let mostGiven = counted >= 10;
      const shares = drafts.flatMap((share) => {
        const { actor, note, attribution, words, counts, excerpts } = share;
        if (share.twentieths !== undefined) {
          const figure = share.twentieths / 20;
          const form =
            share.form === 'approximate'
              ? { approximate: true }
              : share.form === 'bound'
                ? { bound: share.bound }
                : share.form === 'range' && share.twentieths < 20
                  ? { upTo: Math.min(20, share.twentieths + share.upBy) / 20 }
                  : {};
          return [compact({ actor, share: figure, ...form, words, counts, note, excerpts, attribution })];
        }
        // An actor "in words" needs room left: none when the figures fill the place.
        if (counted >= 20) return [compact({ actor, share: 0, words, counts, note, excerpts, attribution })];
        open = true;
        const wanted = share.extent;
        const extent = wanted !== 'part' && !mostGiven ? wanted : 'part';
        if (extent !== 'part') mostGiven = true;
        const said = extent === 'all-except' ? (words ?? 'all of it except the old town') : words;
        return [compact({ actor, extent, words: said, counts, note, excerpts, attribution })];
      });
      return { shares, rest: 20 - counted, open };
    });
}

/** The source's own words for a fact, with the source they are in. */
const excerptsFrom = (sourceIds: readonly string[]) =>
  optional(fc.array(fc.record({ source: fc.constantFrom(...sourceIds), text: plainText }), { minLength: 1, maxLength: 2 }));

/** Text that may carry its date, who says it, its own sources and their words: plain text now and then. */
const statementOf = (actorIds: readonly string[], sourceIds?: readonly string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 2, arbitrary: localizedText },
    {
      weight: 1,
      arbitrary: fc
        .record({
          text: localizedText,
          asOf: optional(dateValue),
          attribution: optional(attributionOf(actorIds)),
          sources: sourceIds ? optional(someOf(sourceIds, 1)) : fc.constant(undefined),
          excerpts: sourceIds ? excerptsFrom(sourceIds) : fc.constant(undefined),
        })
        .map(compact),
    },
  );

/** A valid bundle, from the schema's shape: every constraint the validator checks is kept. */
export const validBundle: fc.Arbitrary<Json> = fc
  .record({
    sourceIds: ids(1, 3),
    actorIds: ids(1, 5),
    placeIds: ids(1, 5),
    quoteIds: ids(0, 4),
    crossingIds: ids(0, 2),
    eventIds: ids(0, 4),
  })
  .chain(({ sourceIds, actorIds, placeIds, quoteIds, crossingIds, eventIds }) => {
    const sourceRefs = someOf(sourceIds, 1);
    const statement = statementOf(actorIds, sourceIds);
    const excerpts = excerptsFrom(sourceIds);
    const attribution = optional(attributionOf(actorIds));
    const source = (sourceId: string) =>
      fc
        .record({
          id: fc.constant(sourceId),
          name: localizedText,
          publisher: optional(localizedText),
          via: optional(localizedText),
          language: optional(languageTag),
          url: optional(link),
          published: optional(fc.oneof(isoDate, dateValue)),
          covers: optional(dateValue),
          note: optional(statement),
        })
        .map(compact);
    // A relation may end, never before it begins; one whose "until" would come first has none.
    const relationDates = fc.record({ since: optional(dateValue), until: optional(dateValue) }).map(({ since, until }) =>
      compact({ since, until: since !== undefined && until !== undefined && timeOf(until) < timeOf(since) ? undefined : until }),
    );
    const actor = (actorId: string) =>
      fc
        .record({
          id: fc.constant(actorId),
          name: localizedText,
          shortName: optional(localizedText),
          kind: fc.constantFrom(...ACTOR_KINDS),
          color: optional(fc.constantFrom(3, 6).chain((length) => stringOf('0123456789abcdefABCDEF', length, length)).map((hex) => `#${hex}`)),
          summary: optional(statement),
          relations: optional(
            actorIds.length < 2
              ? fc.constant<Json[]>([])
              : fc.array(
                  fc
                    .record({
                      type: fc.constantFrom(...RELATION_TYPES),
                      actor: fc.constantFrom(...actorIds.filter((other) => other !== actorId)),
                      dates: relationDates,
                      note: optional(statement),
                      attribution,
                      sources: optional(sourceRefs),
                      excerpts,
                    })
                    .map(({ dates, ...relation }) => compact({ ...relation, ...dates })),
                  { maxLength: 3 },
                ),
          ),
          goals: optional(fc.array(statement, { maxLength: 3 })),
          sources: sourceRefs,
        })
        .map(compact);
    const place = (placeId: string, index: number) =>
      fc
        .record({
          id: fc.constant(placeId),
          name: localizedText,
          kind: fc.constantFrom(...PLACE_KINDS),
          country: optional(stringOf(LOWER.toUpperCase(), 2, 2)),
          coordinates: optional(
            fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }),
          ),
          // Parents come earlier in the list, so that they never go round in a circle.
          parent: index === 0 ? fc.constant(undefined) : optional(fc.constantFrom(...placeIds.slice(0, index))),
          note: optional(statement),
        })
        .map(compact);
    // Each moment has one snapshot, or competing claims from different claimants (none, at most
    // once: the source's own voice). A moment is a day (each claim writing it as the date or as
    // midnight UTC), or any date value ("late 2017", a range): never two for one moment.
    const claimants = fc.uniqueArray(fc.option(attributionOf(actorIds), { nil: undefined, freq: 2 }), {
      minLength: 1,
      maxLength: 3,
      selector: (claimant) => JSON.stringify(claimant ?? null),
    });
    const moment = fc.oneof({ weight: 2, arbitrary: day.map(dateOnly) }, { weight: 1, arbitrary: dateValue });
    const snapshotsOf = (placeId: string) =>
      fc.uniqueArray(moment, { maxLength: 2, selector: momentKey }).chain((moments) =>
        fc.tuple(
          ...moments.map((asOf, m) =>
            claimants.chain((attributions) =>
              fc.tuple(
                ...attributions.map((claimant, claim) =>
                  fc
                    .record({
                      split: sharesFor(actorIds, sourceIds),
                      excerpts,
                      remainder: fc.constantFrom('unknown', 'contested', 'none'),
                      note: optional(statement),
                      sources: sourceRefs,
                      midnight: fc.boolean(),
                    })
                    .map(({ split, remainder: said, note, sources, excerpts: words, midnight }) => {
                      // "most" or "part" alone leaves the rest to someone: never "none".
                      const [only] = split.shares;
                      const alone = split.shares.length === 1 && (only.extent === 'most' || only.extent === 'part');
                      const remainder = said === 'none' && (alone || !split.open) ? 'unknown' : said;
                      return compact({
                        id: `${placeId}.${m}${claim > 0 ? `.${claim}` : ''}`,
                        place: placeId,
                        asOf: midnight && typeof asOf === 'string' && asOf.length === 10 ? `${asOf}T00:00:00Z` : asOf,
                        attribution: claimant,
                        shares: split.shares,
                        // Something to say of the rest when the figures leave some; "none" only
                        // where bounds or words leave it open; nothing, or "none", when they fill it.
                        remainder: split.rest > 0 ? remainder : said === 'none' ? 'none' : undefined,
                        note,
                        sources,
                        excerpts: words,
                      });
                    }),
                ),
              ),
            ),
          ),
        ).map((claims) => claims.flat()),
      );
    const speaker = fc
      .record({
        name: optional(localizedText),
        role: optional(localizedText),
        age: optional(fc.integer({ min: 0, max: 150 })),
        actor: optional(fc.constantFrom(...actorIds)),
      })
      .map((each) => compact({ ...each, name: each.name ?? (each.role === undefined ? 'A witness' : undefined) }));
    const quote = (quoteId: string) =>
      fc
        .record({
          id: fc.constant(quoteId),
          text: plainText,
          language: languageTag,
          original: optional(fc.record({ text: plainText, language: languageTag })),
          kind: fc.constantFrom(...QUOTE_KINDS),
          speaker,
          said: optional(fc.oneof(isoDate, dateValue)),
          via: optional(localizedText),
          context: optional(statement),
          translations: optional(fc.dictionary(languageTag, plainText, { minKeys: 1, maxKeys: 2 })),
          sources: sourceRefs,
          excerpts,
        })
        .map(compact);
    /** Who holds a side: an actor, no one known (`null`), or a neighbour outside the story (`notAtIssue`). */
    const holder = fc
      .record({
        held: fc.constantFrom('actor', 'unknown', 'not-at-issue', 'unsaid'),
        actor: fc.constantFrom(...actorIds),
        attribution,
      })
      .map(({ held, actor: holderId, attribution: claimant }) =>
        compact({
          controlledBy: held === 'actor' ? holderId : held === 'unknown' ? null : undefined,
          notAtIssue: held === 'not-at-issue' ? true : undefined,
          attribution: claimant,
        }),
      );
    const side = fc
      .record({
        country: stringOf(LOWER.toUpperCase(), 2, 2),
        place: optional(fc.constantFrom(...placeIds)),
        holder,
        asOf: optional(dateValue),
        note: optional(statement),
        sources: optional(sourceRefs),
        excerpts,
      })
      .map(({ holder: held, ...rest }) => compact({ ...rest, ...held }));
    /** A status, and what may pass where it is restricted or partly open. */
    const status = fc
      .record({ status: fc.constantFrom(...CROSSING_STATUSES), passage: optional(fc.subarray([...PASSAGE_KINDS], { minLength: 1 })) })
      .map(({ status: value, passage }) => compact({ status: value, passage: value === 'restricted' || value === 'partly-open' ? passage : undefined }));
    const crossing = (crossingId: string) =>
      fc
        .record({
          id: fc.constant(crossingId),
          name: localizedText,
          place: optional(fc.constantFrom(...placeIds)),
          sides: fc.tuple(side, side),
          status,
          asOfDay: day,
          asOfAsDay: fc.boolean(),
          attribution,
          history: optional(
            fc.array(
              fc.record({
                daysBefore: fc.integer({ min: 0, max: 3000 }),
                status: optional(status),
                sides: optional(fc.tuple(holder, holder)),
                note: statement,
                attribution,
                sources: optional(sourceRefs),
                excerpts,
              }),
              { maxLength: 3 },
            ),
          ),
          note: optional(statement),
          sources: sourceRefs,
          excerpts,
        })
        .chain(({ asOfDay, asOfAsDay, history, status: now, ...rest }) =>
          // The crossing's as-of holds its day; every change begins before it ends.
          fc
            .tuple(
              dateValueOn(asOfDay),
              fc.tuple(...(history ?? []).map(({ daysBefore }) => (daysBefore === 0 ? fc.constant(dateOnly(asOfDay)) : dateValueOn(asOfDay - daysBefore)))),
            )
            .map(([asOf, dates]) =>
              compact({
                ...rest,
                ...now,
                asOf: asOfAsDay ? dateOnly(asOfDay) : asOf,
                history: history?.map(({ status: then, note, attribution: claimant, sides, sources, excerpts: words }, h) =>
                  compact({ date: dates[h], ...then, sides, note, attribution: claimant, sources, excerpts: words }),
                ),
              }),
            ),
        );
    const event = (eventId: string) =>
      fc
        .record({
          id: fc.constant(eventId),
          date: fc.oneof(isoDate, dateValue),
          title: localizedText,
          summary: optional(statement),
          kind: fc.constantFrom(...EVENT_KINDS),
          places: optional(someOf(placeIds)),
          actors: optional(someOf(actorIds)),
          crossings: crossingIds.length > 0 ? optional(someOf(crossingIds)) : fc.constant(undefined),
          attribution,
          sources: sourceRefs,
          excerpts,
        })
        .map(compact);

    return fc
      .record({
        meta: fc
          .record({
            id,
            title: localizedText,
            language: languageTag,
            updated: isoDate,
            credit: optional(localizedText),
            description: optional(localizedText),
            fictional: optional(fc.boolean()),
          })
          .map(compact),
        sources: fc.tuple(...sourceIds.map(source)),
        actors: fc.tuple(...actorIds.map(actor)),
        places: fc.tuple(...placeIds.map(place)),
        control: fc.tuple(...placeIds.map(snapshotsOf)).map((lists) => lists.flat()),
        quotes: fc.tuple(...quoteIds.map(quote)),
        crossings: fc.tuple(...crossingIds.map(crossing)),
        events: eventIds.length > 0 ? optional(fc.tuple(...eventIds.map(event))) : fc.constant(undefined),
      })
      .map(compact);
  });

/** Every path in a JSON value, root included, as keys and indexes. */
export function pathsIn(value: unknown, at: Array<string | number> = [], found: Array<Array<string | number>> = []) {
  found.push(at);
  if (Array.isArray(value)) value.forEach((item, index) => pathsIn(item, [...at, index], found));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsIn(item, [...at, key], found);
  return found;
}

type Path = ReadonlyArray<string | number>;

/** One change that breaks (or may break) a bundle, applied in place at a path. */
export type Mutation =
  | { readonly kind: 'delete'; readonly path: Path }
  | { readonly kind: 'replace'; readonly path: Path; readonly value: unknown }
  | { readonly kind: 'dangling-id'; readonly path: Path }
  | { readonly kind: 'duplicate-id'; readonly list: string; readonly from: number; readonly to: number }
  | { readonly kind: 'nest'; readonly path: Path; readonly depth: number; readonly inObjects: boolean }
  | { readonly kind: 'prototype-key'; readonly path: Path; readonly key: string; readonly value: unknown };

const LISTS = ['sources', 'actors', 'places', 'control', 'quotes', 'crossings', 'events'];

/** Mutations of a bundle whose paths are `paths` (from `pathsIn`). */
export function mutation(paths: readonly Path[]): fc.Arbitrary<Mutation> {
  const path = fc.constantFrom(...paths);
  const nonRoot = fc.constantFrom(...paths.filter((each) => each.length > 0));
  const wrongType = fc.oneof(
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant([]),
    fc.constant({}),
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.constantFrom('', ' ', '\u200B', '\t\n'),
    fc.integer({ min: 10_000, max: 300_000 }).map((length) => 'x'.repeat(length)),
    fc.integer({ min: 10_000, max: 300_000 }).map((length) => 'word '.repeat(length / 5)),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0),
  );
  return fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), path: nonRoot }),
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), path, value: wrongType }) },
    fc.record({ kind: fc.constant('dangling-id' as const), path: nonRoot }),
    fc.record({ kind: fc.constant('duplicate-id' as const), list: fc.constantFrom(...LISTS), from: fc.nat(20), to: fc.nat(20) }),
    fc.record({ kind: fc.constant('nest' as const), path: nonRoot, depth: fc.integer({ min: 50, max: 1000 }), inObjects: fc.boolean() }),
    fc.record({
      kind: fc.constant('prototype-key' as const),
      path,
      key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
      value: fc.constantFrom<unknown>({ polluted: true }, 'polluted', [{ polluted: true }], null),
    }),
  );
}

const parentOf = (root: Json, path: Path): [Record<string | number, unknown> | undefined, string | number | undefined] => {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!node || typeof node !== 'object') return [undefined, undefined];
    node = (node as Record<string | number, unknown>)[key];
  }
  return node && typeof node === 'object' ? [node as Record<string | number, unknown>, path[path.length - 1]] : [undefined, undefined];
};

/** Applies a mutation to a bundle in place (a later mutation may find its path already gone). */
export function applyMutation(root: Json, change: Mutation): Json {
  switch (change.kind) {
    case 'delete': {
      const [parent, key] = parentOf(root, change.path);
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else if (parent && key !== undefined) delete parent[key];
      return root;
    }
    case 'replace':
    case 'dangling-id':
    case 'nest': {
      if (change.path.length === 0) return change.kind === 'replace' ? (change.value as Json) : root;
      const [parent, key] = parentOf(root, change.path);
      if (!parent || key === undefined) return root;
      if (change.kind === 'replace') parent[key] = change.value;
      else if (change.kind === 'dangling-id') parent[key] = `no-such-${typeof parent[key] === 'string' ? parent[key] : 'entity'}`;
      else {
        let nested: unknown = parent[key];
        for (let level = 0; level < change.depth; level += 1) nested = change.inObjects ? { nested } : [nested];
        parent[key] = nested;
      }
      return root;
    }
    case 'duplicate-id': {
      const list = root[change.list];
      if (!Array.isArray(list) || list.length < 2) return root;
      const [from, to] = [list[change.from % list.length] as Json, list[change.to % list.length] as Json];
      if (from && to && typeof from === 'object' && typeof to === 'object') to.id = from.id;
      return root;
    }
    case 'prototype-key': {
      let node: unknown = root;
      for (const key of change.path) node = node && typeof node === 'object' ? (node as Json)[key] : undefined;
      // An own property named "__proto__", as JSON.parse makes one, not a change of prototype.
      if (node && typeof node === 'object') Object.defineProperty(node, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
      return root;
    }
  }
}
